import { environmentById } from '../../shared/domain/environments';
import { decodeToken, looksLikeBasicHeader, tokenFromPastedText } from '../../shared/domain/token-view';
import type { VerificationResult } from '../../shared/domain/verification';
import type { CodeSnippet, InspectedToken, RequestOf } from '../../shared/ipc/contract';
import { HandlerError } from '../../shared/ipc/result';
import { tokenRequestSnippets } from '../services/code-snippets';
import { originSentence, tokenOrigin } from '../services/diagnosis/token-origin';
import { authBaseOfTokenUrl, type KeptToken } from '../services/token-keeper';
import type { HandlerDeps } from './deps';
import { refuseWhilePresenting } from './presentation';
import { resolveTokenUrl } from './targets';

function keptToken(deps: HandlerDeps, attemptId: string): KeptToken {
  const kept = deps.tokens.get(attemptId);
  if (!kept) {
    throw new HandlerError(
      'NOT_FOUND',
      'This token is no longer held in memory (tokens are never saved). Request a new one.',
    );
  }
  return kept;
}

/** Signature check of a token this app received, against the keys of the environment that minted it. */
export async function verifyToken(
  deps: HandlerDeps,
  { attemptId }: RequestOf<'token:verify'>,
): Promise<VerificationResult> {
  const kept = keptToken(deps, attemptId);
  if (!kept.authBase)
    throw new HandlerError(
      'UNSUPPORTED',
      'This token endpoint is not at …/connect/token, so its keys cannot be found.',
    );
  return deps.verifier.verify(kept.token, { environmentId: kept.environmentId, authBase: kept.authBase });
}

export function copyToken(deps: HandlerDeps, { attemptId }: RequestOf<'token:copy'>): { clearsAfterMs: number } {
  refuseWhilePresenting(deps, 'a usable token');
  return deps.tokenClipboard.copy(keptToken(deps, attemptId).token);
}

/** A pasted token (e.g. from a customer's log): decoded, and verified against the chosen environment's keys. */
export async function inspectToken(deps: HandlerDeps, request: RequestOf<'token:inspect'>): Promise<InspectedToken> {
  if (looksLikeBasicHeader(request.token)) {
    return {
      problem:
        'This is an Authorization: Basic header: the client id and secret, not a token. Use "Decode a Basic header…" for it.',
    };
  }
  const token = tokenFromPastedText(request.token);
  const decoded = decodeToken(token);
  if (!decoded.ok) return { problem: decoded.message };
  const authBase = authBaseOfTokenUrl(await resolveTokenUrl(deps, request));
  // Name the environment that minted it (its iss) before the keys are looked up, so a wrong choice reads as such.
  const iss = decoded.view.claims.iss;
  const checked = environmentById(request.environment);
  const origin = tokenOrigin(iss, {
    local: deps.sandboxes.local.status().authBase,
    'local-production': deps.sandboxes['local-production'].status().authBase,
    ...(request.environment === 'custom' && authBase ? { custom: authBase } : {}),
  });
  const mintedBy = originSentence(origin, iss, checked.id, checked.label);
  if (!authBase) return { token: decoded.view, mintedBy };
  const verification = await deps.verifier.verify(token, { environmentId: request.environment, authBase });
  return {
    token: decoded.view,
    mintedBy,
    verification: { ...verification, message: `${mintedBy} ${verification.message}` },
  };
}

export async function tokenSnippets(deps: HandlerDeps, request: RequestOf<'token:snippets'>): Promise<CodeSnippet[]> {
  const tokenUrl = await resolveTokenUrl(deps, request);
  return tokenRequestSnippets({
    tokenUrl,
    merchantVat: request.merchantVat,
    basicEncoding: request.basicEncoding,
    sendIbmClientId: request.sendIbmClientId,
    ...(request.plainCredentials !== undefined ? { plainCredentials: request.plainCredentials } : {}),
  });
}
