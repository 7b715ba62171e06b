import { randomUUID } from 'node:crypto';
import { checkCustomTokenUrl, environmentById, tokenEndpointOf } from '../../shared/domain/environments';
import type { TokenAttempt } from '../../shared/ipc/contract';
import { HandlerError } from '../../shared/ipc/result';
import type { TokenRequestInput } from '../../shared/ipc/schemas';
import { exchangeToken } from '../services/token-exchange';
import type { HandlerDeps } from './deps';

async function resolveTokenUrl(deps: HandlerDeps, input: TokenRequestInput): Promise<string> {
  if (input.environment === 'custom') {
    const check = checkCustomTokenUrl(input.customTokenUrl ?? '');
    if (!check.ok) throw new HandlerError('INVALID_INPUT', check.message);
    return check.url;
  }
  if (input.environment === 'local') {
    try {
      return tokenEndpointOf((await deps.sandbox.ensureStarted()).authBase);
    } catch {
      throw new HandlerError('SANDBOX_UNAVAILABLE', deps.sandbox.status().message ?? 'The local sandbox could not start.');
    }
  }
  const { authBase } = environmentById(input.environment);
  if (!authBase) throw new HandlerError('INTERNAL', 'This environment has no token endpoint.');
  return tokenEndpointOf(authBase);
}

/** The secret typed in the request, or, for a saved profile, the one main reads from the vault. */
function clientSecretFor(deps: HandlerDeps, input: TokenRequestInput): string {
  if (input.clientSecret !== undefined) return input.clientSecret;
  if (input.profileId === undefined) throw new HandlerError('INVALID_INPUT', 'Type the client secret or choose a saved profile.');
  return deps.profiles.getCredentials(input.profileId).clientSecret;
}

export async function requestToken(deps: HandlerDeps, input: TokenRequestInput): Promise<TokenAttempt> {
  const clientSecret = clientSecretFor(deps, input);
  const tokenUrl = await resolveTokenUrl(deps, input);
  const { id, label, production } = environmentById(input.environment);
  const result = await exchangeToken(
    deps.fetch,
    { tokenUrl, ...input, clientSecret },
    { timeoutMs: input.timeoutMs ?? deps.requestTimeoutMs ?? 10_000 },
  );
  return {
    id: randomUUID(),
    environment: { id, label, production },
    tokenUrl,
    ...(input.merchantVat ? { merchantVat: input.merchantVat } : {}),
    ...(input.profileId ? { profileId: input.profileId } : {}),
    ...result,
  };
}
