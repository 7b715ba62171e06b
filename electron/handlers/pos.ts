import { randomUUID } from 'node:crypto';
import { environmentById, type EnvironmentId } from '../../shared/domain/environments';
import { decodeToken } from '../../shared/domain/token-view';
import type { PosAttempt, RequestOf } from '../../shared/ipc/contract';
import { HandlerError } from '../../shared/ipc/result';
import type { CodeSnippet } from '../../shared/ipc/contract';
import { posCallSnippets } from '../services/code-snippet-pos';
import { diagnosePosCall } from '../services/diagnosis/index';
import { callPos, posPaths, type PosPath } from '../services/probes/index';
import type { HandlerDeps } from './deps';
import { sandboxFaultsOf, startedSandbox } from './sandbox';

/** Where an environment's PoS V10 API and its issuer (auth base) are; Custom has no known PoS API. */
async function posTarget(
  deps: HandlerDeps,
  environment: EnvironmentId,
): Promise<{ posBase: string; authBase: string }> {
  if (environment === 'local' || environment === 'local-production') {
    const sandbox = await startedSandbox(deps, environment);
    return { posBase: sandbox.posBase, authBase: sandbox.authBase };
  }
  const { posBase, authBase } = environmentById(environment);
  if (!posBase || !authBase)
    throw new HandlerError(
      'UNSUPPORTED',
      'A custom token endpoint has no known PoS API: choose the environment whose PoS API to call.',
    );
  return { posBase, authBase };
}

function pathFor({ resource, id }: RequestOf<'pos:call'>): PosPath {
  if (resource === 'stores') return posPaths.stores();
  if (!id)
    throw new HandlerError(
      'INVALID_INPUT',
      resource === 'pointofsales' ? 'Choose a store first.' : 'Choose which one to read.',
    );
  if (resource === 'store') return posPaths.store(id);
  if (resource === 'pointofsales') return posPaths.pointOfSalesOfStore(id);
  return posPaths.pointOfSale(id);
}

/** "Call the PoS API with this token": the token stays in main; the call is captured and diagnosed. */
export async function callPosApi(deps: HandlerDeps, request: RequestOf<'pos:call'>): Promise<PosAttempt> {
  const kept = deps.tokens.get(request.attemptId);
  if (!kept)
    throw new HandlerError(
      'NOT_FOUND',
      'This token is no longer held in memory (tokens are never saved). Request a new one.',
    );
  const environment = environmentById(request.environment ?? (kept.environmentId as EnvironmentId));
  const minted = environmentById(kept.environmentId as EnvironmentId);
  const { posBase, authBase } = await posTarget(deps, environment.id);
  const result = await callPos(deps.fetch, {
    posBase,
    path: pathFor(request),
    token: kept.token,
    clientSystemVersion: request.clientSystemVersion,
    merchantVat: request.merchantVat,
    tamper: request.tamper,
  }).catch((error: unknown) => {
    throw error instanceof RangeError ? new HandlerError('INVALID_INPUT', error.message) : error;
  });
  const decoded = decodeToken(kept.token);
  // Only a refusal needs the keys: whose keys signed it tells "another environment" from "rotated key".
  const verification =
    result.status === 401
      ? await deps.verifier.verify(kept.token, { environmentId: environment.id, authBase })
      : undefined;
  const findings = diagnosePosCall({
    exchange: result.exchange,
    environment: { id: environment.id, label: environment.label },
    ...(decoded.ok ? { token: { view: decoded.view, environmentId: minted.id, environmentLabel: minted.label } } : {}),
    expectedIssuer: authBase,
    ...(verification ? { verification } : {}),
    nowMs: Date.now(),
    ...sandboxFaultsOf(deps, environment.id),
  });
  const attempt: PosAttempt = {
    ...result,
    id: randomUUID(),
    environment: { id: environment.id, label: environment.label, production: environment.production },
    findings,
  };
  deps.posLog.add(attempt);
  return attempt;
}

/** "Copy as code" for a PoS call of this run, from its captured (redacted) request. */
export function posSnippets(deps: HandlerDeps, { posAttemptId }: RequestOf<'pos:snippets'>): CodeSnippet[] {
  const attempt = deps.posLog.get(posAttemptId);
  if (!attempt)
    throw new HandlerError('NOT_FOUND', 'This PoS call is no longer in this session: call the PoS API again.');
  return posCallSnippets(attempt.exchange.request);
}
