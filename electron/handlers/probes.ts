import type { BasicHeaderReport } from '../../shared/domain/basic-header';
import type { ClientAuthProbeResult } from '../../shared/domain/probes';
import type { RequestOf } from '../../shared/ipc/contract';
import { HandlerError } from '../../shared/ipc/result';
import { decodeBasicHeader, probeClientAuth } from '../services/probes/index';
import type { HandlerDeps } from './deps';
import { resolveTokenUrl } from './targets';
import { bindCredentials } from './profile-binding';

/** Sends the credentials up to three times (the UI says so first): Basic form-encoded, Basic raw, client_secret_post. */
export async function probeAuth(
  deps: HandlerDeps,
  request: RequestOf<'probe:client-auth'>,
): Promise<ClientAuthProbeResult> {
  const { target, clientId, clientSecret } = bindCredentials(deps, request);
  const tokenUrl = await resolveTokenUrl(deps, target);
  try {
    return await probeClientAuth(deps.fetch, {
      tokenUrl,
      clientId,
      clientSecret,
      merchantVat: request.merchantVat,
      sendIbmClientId: request.sendIbmClientId,
    });
  } catch (error) {
    if (error instanceof RangeError) throw new HandlerError('INVALID_INPUT', error.message);
    throw error;
  }
}

/** A pasted Authorization: Basic value: what it says, never the secret; matched against saved profiles in main. */
export function decodeBasic(deps: HandlerDeps, { text }: RequestOf<'probe:decode-basic'>): Promise<BasicHeaderReport> {
  return decodeBasicHeader(text, {
    findProfileBySecret: (clientId, secret) => {
      const match = deps.profiles
        .list()
        .find(
          (profile) =>
            profile.clientId === clientId &&
            profile.secret.state === 'present' &&
            deps.profiles.compareSecret(profile.id, secret) === 'match',
        );
      return match ? { profileId: match.id, name: match.name } : undefined;
    },
  });
}
