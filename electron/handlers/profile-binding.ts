import { checkCustomTokenUrl, environmentById, type EnvironmentId } from '../../shared/domain/environments';
import type { ProfileSummary } from '../../shared/domain/profile';
import { HandlerError } from '../../shared/ipc/result';
import type { HandlerDeps } from './deps';
import type { Target } from './targets';

/** What a request that may use a saved secret says about where it goes and as whom. */
export interface CredentialRequest {
  environment: EnvironmentId;
  customTokenUrl?: string;
  clientId: string;
  clientSecret?: string;
  profileId?: string;
}

/** Where the secret goes and as whom, once main has decided it may. */
export interface BoundCredentials {
  target: Target;
  clientId: string;
  clientSecret: string;
}

const sameUrl = (a: string | undefined, b: string | undefined): boolean => {
  const left = checkCustomTokenUrl(a ?? '');
  const right = checkCustomTokenUrl(b ?? '');
  return left.ok && right.ok && left.url === right.url;
};

/** The first field in which the request points elsewhere than the profile, in the words of the form. */
function mismatchOf(profile: ProfileSummary, request: CredentialRequest): string | undefined {
  if (request.environment !== profile.environment)
    return `the environment (the profile says ${environmentById(profile.environment).label})`;
  if (profile.environment === 'custom' && !sameUrl(request.customTokenUrl, profile.customTokenUrl))
    return 'the token endpoint URL';
  if (request.clientId !== profile.clientId) return 'the client ID';
  return undefined;
}

/**
 * A typed secret goes where the request says. A saved one goes only where its profile points: the target and the
 * client id are the profile's, and a request naming others is refused before anything is sent, so a page that can
 * call main cannot send a stored secret to a server of its choosing.
 */
export function bindCredentials(deps: HandlerDeps, request: CredentialRequest): BoundCredentials {
  const asked: Target = {
    environment: request.environment,
    ...(request.customTokenUrl === undefined ? {} : { customTokenUrl: request.customTokenUrl }),
  };
  if (request.clientSecret !== undefined)
    return { target: asked, clientId: request.clientId, clientSecret: request.clientSecret };
  if (request.profileId === undefined)
    throw new HandlerError('INVALID_INPUT', 'Type the client secret or choose a saved profile.');
  const profile = deps.profiles.get(request.profileId);
  const mismatch = mismatchOf(profile, request);
  if (mismatch) {
    throw new HandlerError(
      'FORBIDDEN',
      `The saved secret of profile "${profile.name}" is only sent to the profile's own token endpoint and client ID, and this request changes ${mismatch}. Save the change in the profile, or type the secret for this request.`,
    );
  }
  const credentials = deps.profiles.getCredentials(profile.id);
  const target: Target = {
    environment: credentials.environment,
    ...(credentials.customTokenUrl === undefined ? {} : { customTokenUrl: credentials.customTokenUrl }),
  };
  return { target, clientId: credentials.clientId, clientSecret: credentials.clientSecret };
}
