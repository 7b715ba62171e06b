import { randomUUID } from 'node:crypto';
import { environmentById } from '../../shared/domain/environments';
import type { TokenAttempt } from '../../shared/ipc/contract';
import type { TokenRequestInput } from '../../shared/ipc/schemas';
import { credentialContextFor, diagnoseTokenAttempt, previousSuccessesFrom } from '../services/diagnosis/index';
import { authBaseOfTokenUrl } from '../services/token-keeper';
import { exchangeToken } from '../services/token-exchange';
import type { HandlerDeps } from './deps';
import { bindCredentials } from './profile-binding';
import { sandboxFaultsOf } from './sandbox';
import { resolveTokenUrl } from './targets';

/** Sends the request, keeps the usable token in main's memory, records the redacted attempt in History. */
export async function requestToken(deps: HandlerDeps, input: TokenRequestInput): Promise<TokenAttempt> {
  const { target, clientId, clientSecret } = bindCredentials(deps, input);
  const tokenUrl = await resolveTokenUrl(deps, target);
  const { id, label, production } = environmentById(target.environment);
  const { result, accessToken } = await exchangeToken(
    deps.fetch,
    { tokenUrl, clientId, clientSecret, merchantVat: input.merchantVat, basicEncoding: input.basicEncoding, sendIbmClientId: input.sendIbmClientId },
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
  const findings = diagnoseTokenAttempt({
    attempt: base,
    clientId,
    credentials: credentialContextFor(clientId, clientSecret, input.basicEncoding),
    previousSuccesses: previousSuccessesFrom(deps.history.list()),
    nowMs: Date.now(),
    ...sandboxFaultsOf(deps, id),
  });
  const attempt: TokenAttempt = { ...base, findings };
  if (accessToken) deps.tokens.remember(attempt.id, accessToken, { environmentId: id, authBase: authBaseOfTokenUrl(tokenUrl) });
  const profileName = input.profileId ? deps.profiles.get(input.profileId).name : undefined;
  deps.history.add(attempt, { clientId, ...(profileName ? { profileName } : {}) });
  return attempt;
}
