import { AUTH_BASE_PATH } from '../../shared/domain/environments';
import type { LocalEnvironmentId } from '../../shared/domain/sandbox-faults';
import { DEFAULT_FAULTS, demoClientsFor, POS_BASE_PATH } from '../sandbox/index';
import type { StartedSandbox } from '../services/sandbox-runner';

/** Accepts what people paste: the origin, the auth base or the token URL of a running sandbox. */
export function sandboxOrigin(text: string): string {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new RangeError(`--sandbox must be a URL like http://127.0.0.1:8080, got '${text}'.`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new RangeError('--sandbox must be an http:// or https:// URL.');
  return url.origin;
}

/**
 * A sandbox someone else runs (`integrator-console sandbox`, a team's shared one): used as it is. Its fault
 * switches and keys belong to that process, so this side cannot change them.
 */
export function attachedSandbox(origin: string, environment: LocalEnvironmentId): StartedSandbox {
  const cannot = (what: string) => () => {
    throw new Error(`${what} belongs to the process that runs the sandbox at ${origin}.`);
  };
  return {
    authBase: `${origin}${AUTH_BASE_PATH}`,
    posBase: `${origin}${POS_BASE_PATH}`,
    clients: demoClientsFor(environment === 'local-production' ? 'production' : 'sandbox'),
    faults: () => ({ ...DEFAULT_FAULTS }),
    setFaults: cannot('Changing fault switches'),
    rotateSigningKey: cannot('Rotating the signing key'),
    signingKid: () => '',
    close: async () => {},
  };
}
