import type { IncomingMessage } from 'node:http';
import { AUTH_BASE_PATH, TOKEN_PATH } from '../../shared/domain/environments';
import { demoClientsFor } from './clients';
import type { SandboxFlavor } from './clients';
import { applyTransportFaults, transportFaultsOn } from './fault-gate';
import type { FaultState } from './faults';
import { replaceSigningMaterial } from './keys';
import type { OidcProviderLibrary } from './load-oidc-provider';
import { createPosApi, POS_BASE_PATH } from './pos-api';
import { createPosTokenVerifier } from './pos-auth';
import { audienceFor, createIntegratorProvider } from './provider';
import { createPrefixRouter } from './router';
import type { RequestHandler } from './router';
import type { SigningMaterial } from './signing-certificate';
import { applyTokenEndpointFaults, refusedDuplicateAuthorization } from './token-gate';

export interface SandboxAppOptions {
  library: OidcProviderLibrary;
  /** The auth base; also the tokens' `iss`. */
  issuer: string;
  flavor: SandboxFlavor;
  faults: FaultState;
  signing: SigningMaterial;
  /** Where the signing key lives; rotation writes the new one there. */
  keyFile: string;
  /** Whether more than one client is connected (tokens are then signed on the thread pool). */
  othersConnected?: () => boolean;
}

export interface SandboxApp {
  dispatch: RequestHandler;
  /** The kid of the key that signs tokens now (and the only one in the JWKS). */
  currentKid(): string;
  /** New key + certificate, persisted; from then on only they sign, verify and are published. */
  rotateSigningKey(): Promise<{ kid: string }>;
}

/**
 * Everything behind the sandbox's port: the auth server (oidc-provider) under /integrator-authentication and the
 * PoS V10 subset under /pos/v10, both behind the fault switches. Key rotation swaps in a new oidc-provider built
 * on the new key (its keystore is fixed at construction); requests already running finish on the old one.
 */
export function createSandboxApp(options: SandboxAppOptions): SandboxApp {
  const { faults } = options;
  const clients = demoClientsFor(options.flavor);
  const buildAuth = (signing: SigningMaterial): RequestHandler =>
    createIntegratorProvider(options.library, {
      issuer: options.issuer,
      signing,
      flavor: options.flavor,
      faults,
      othersConnected: options.othersConnected,
    }).callback();

  let signing = options.signing;
  let auth = buildAuth(signing);
  const posApi = createPosApi(
    createPosTokenVerifier({
      issuer: options.issuer,
      audience: audienceFor(options.issuer),
      signingKey: () => signing,
      now: faults.now,
    }),
  );

  const authWithFaults: RequestHandler = async (req, res) => {
    if (isTokenRequest(req)) {
      if (refusedDuplicateAuthorization(req, res)) return;
      if (transportFaultsOn(faults.current()) && (await applyTransportFaults(req, res, faults))) return;
      if (applyTokenEndpointFaults(req, res, faults.current(), clients)) return;
    }
    await auth(req, res);
  };
  const posWithFaults: RequestHandler = async (req, res) => {
    if (transportFaultsOn(faults.current()) && (await applyTransportFaults(req, res, faults))) return;
    await posApi(req, res);
  };

  let rotation: Promise<unknown> = Promise.resolve();
  return {
    dispatch: createPrefixRouter([
      { prefix: AUTH_BASE_PATH, handler: authWithFaults },
      { prefix: POS_BASE_PATH, handler: posWithFaults },
    ]),
    currentKid: () => signing.kid,
    rotateSigningKey() {
      // One rotation at a time, so two quick calls cannot leave the file and the server on different keys.
      const next = rotation.then(async () => {
        const material = await replaceSigningMaterial(options.keyFile);
        const nextAuth = buildAuth(material);
        signing = material;
        auth = nextAuth;
        return { kid: material.kid };
      });
      rotation = next.catch(() => undefined);
      return next;
    },
  };
}

/** The router has already removed the auth base prefix. */
function isTokenRequest(req: IncomingMessage): boolean {
  const url = req.url ?? '/';
  const query = url.indexOf('?');
  return (query === -1 ? url : url.slice(0, query)) === TOKEN_PATH;
}
