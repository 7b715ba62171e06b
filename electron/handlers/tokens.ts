import { randomUUID } from 'node:crypto';
import { environmentById } from '../../shared/domain/environments';
import type { TokenAttempt } from '../../shared/ipc/contract';
import type { TokenRequestInput } from '../../shared/ipc/schemas';
import {
  credentialContextFor,
  diagnoseTokenAttempt,
  previousSuccessesFrom,
  type EncodingCheck,
} from '../services/diagnosis/index';
import { authBaseOfTokenUrl } from '../services/token-keeper';
import { exchangeToken } from '../services/token-exchange';
import type { HandlerDeps } from './deps';
import { afterRefusal, settleEncoding, type SendAttempt } from './encoding-settlement';
import { bindCredentials } from './profile-binding';
import { sandboxFaultsOf } from './sandbox';
import { resolveTokenUrl } from './targets';

/**
 * Sends one token request, diagnoses it, keeps the usable token in main's memory, records the redacted attempt in
 * History. `check` is set for the extra request that settles the Basic encoding (it then offers no second one).
 */
async function sendTokenAttempt(
  deps: HandlerDeps,
  input: TokenRequestInput,
  clientSecret: string,
  tokenUrl: string,
  check?: EncodingCheck,
): Promise<TokenAttempt> {
  const { id, label, production } = environmentById(input.environment);
  const { result, accessToken } = await exchangeToken(
    deps.fetch,
    { tokenUrl, ...input, clientSecret },
    { timeoutMs: input.timeoutMs ?? deps.requestTimeoutMs ?? 10_000 },
  );
  const base = {
    id: randomUUID(),
    environment: { id, label, production },
    tokenUrl,
    ...(input.merchantVat ? { merchantVat: input.merchantVat } : {}),
    ...(input.profileId ? { profileId: input.profileId } : {}),
    ...result,
  };
  const diagnosis = {
    attempt: base,
    clientId: input.clientId,
    credentials: credentialContextFor(input.clientId, clientSecret, input.basicEncoding),
    previousSuccesses: previousSuccessesFrom(deps.history.list()),
    nowMs: Date.now(),
    ...(check ? { encodingCheck: check } : { attemptId: base.id }),
    ...sandboxFaultsOf(deps, id),
  };
  const first = diagnoseTokenAttempt(diagnosis);
  const findings = check
    ? first
    : await afterRefusal(
        deps,
        { input, clientSecret, tokenUrl, diagnosis, attemptId: base.id, environmentId: id },
        first,
        sender(deps),
        diagnoseTokenAttempt,
      );
  const attempt: TokenAttempt = { ...base, findings };
  if (accessToken)
    deps.tokens.remember(attempt.id, accessToken, { environmentId: id, authBase: authBaseOfTokenUrl(tokenUrl) });
  const profileName = input.profileId ? deps.profiles.get(input.profileId).name : undefined;
  deps.history.add(attempt, { clientId: input.clientId, ...(profileName ? { profileName } : {}) });
  return attempt;
}

const sender =
  (deps: HandlerDeps): SendAttempt =>
  (input, clientSecret, tokenUrl, check) =>
    sendTokenAttempt(deps, input, clientSecret, tokenUrl, check);

export async function requestToken(deps: HandlerDeps, input: TokenRequestInput): Promise<TokenAttempt> {
  // A saved secret goes only where its profile points: the bound target and client id replace the request's.
  const { target, clientId, clientSecret } = bindCredentials(deps, input);
  const tokenUrl = await resolveTokenUrl(deps, target);
  return sendTokenAttempt(deps, { ...input, ...target, clientId }, clientSecret, tokenUrl);
}

/** token:settle-encoding: one extra request with the other Basic encoding for a refused attempt. */
export function settleTokenEncoding(deps: HandlerDeps, request: { attemptId: string; always?: boolean }) {
  return settleEncoding(deps, request, sender(deps), diagnoseTokenAttempt);
}
