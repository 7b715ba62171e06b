import type { RequestOf } from '../../shared/ipc/contract';
import { HandlerError } from '../../shared/ipc/result';
import { harJson, supportText, type ExportedAttempt } from '../services/exports/index';
import type { HandlerDeps } from './deps';
import { maskForPresentation } from './presentation';

/** A token attempt from History or a PoS call from this run, by id. */
function findAttempt(deps: HandlerDeps, id: string): ExportedAttempt {
  const token = deps.history.get(id);
  if (token) return { kind: 'token', attempt: token.attempt };
  const pos = deps.posLog.get(id);
  if (pos) return { kind: 'pos', attempt: pos };
  throw new HandlerError('NOT_FOUND', 'This attempt is no longer kept: History was cleared or the app restarted.');
}

/** Everything this run and History hold: token attempts and PoS calls, redacted again on the way out. */
function everything(deps: HandlerDeps): ExportedAttempt[] {
  const tokens = deps.history.list().flatMap((summary) => {
    const entry = deps.history.get(summary.id);
    return entry ? [{ kind: 'token' as const, attempt: entry.attempt }] : [];
  });
  return [...tokens, ...deps.posLog.list().map((attempt) => ({ kind: 'pos' as const, attempt }))];
}

export function exportHar(
  deps: HandlerDeps,
  { scope, attemptId }: RequestOf<'export:har'>,
): { json: string; fileName: string } {
  if (scope === 'attempt' && !attemptId) throw new HandlerError('INVALID_INPUT', 'Choose the attempt to export.');
  const entries = scope === 'attempt' ? [findAttempt(deps, attemptId!)] : everything(deps);
  if (entries.length === 0) throw new HandlerError('NOT_FOUND', 'Nothing to export yet: make a request first.');
  const { json, fileName } = harJson({ appInfo: deps.appInfo, entries, scope });
  return { json: maskForPresentation(deps, json), fileName };
}

export function exportSupportText(
  deps: HandlerDeps,
  { attemptId }: RequestOf<'export:support-text'>,
): { text: string } {
  return { text: maskForPresentation(deps, supportText({ appInfo: deps.appInfo, ...findAttempt(deps, attemptId) })) };
}
