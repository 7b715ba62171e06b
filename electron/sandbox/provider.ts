import { randomBytes } from 'node:crypto';
import type { Configuration, Provider, ResourceServerInfo } from 'oidc-provider';
import { TOKEN_PATH } from '../../shared/domain/environments';
import { clientMetadata, INTEGRATOR_SCOPE, integratorIdFor } from './clients';
import type { SandboxFlavor } from './clients';
import type { FaultState } from './faults';
import { mobilePayClientCredentials, requestedMerchantVat } from './grant';
import type { OidcProviderLibrary } from './load-oidc-provider';
import { MemoryAdapter } from './memory-adapter';
import { JWKS_PATH, mobilePayEndpoints } from './mobilepay-endpoints';
import { nodeSigningKey } from './signing-certificate';
import type { SigningMaterial } from './signing-certificate';

/**
 * The `aud` of every token, and the one resource indicator the server knows. IdentityServer 4 emits
 * `{issuer}/resources` as its static audience, which is what a MobilePay token most plausibly carried.
 */
export function audienceFor(issuer: string): string {
  return `${issuer}/resources`;
}

export interface IntegratorProviderOptions {
  issuer: string;
  signing: SigningMaterial;
  flavor: SandboxFlavor;
  /** Token lifetime and clock skew are read from here for every token. */
  faults: FaultState;
  /** Whether more than one client is connected: then tokens are signed on the thread pool (see nodeSigningKey). */
  othersConnected?: () => boolean;
}

const CLIENT_GAVE_UP = new Set([
  'ECONNRESET',
  'ECONNABORTED',
  'ERR_HTTP_REQUEST_TIMEOUT',
  'ERR_STREAM_PREMATURE_CLOSE',
]);

/** An oidc-provider instance that behaves like MobilePay's Integrator Authentication (client_credentials only). */
export function createIntegratorProvider(library: OidcProviderLibrary, options: IntegratorProviderOptions): Provider {
  const provider = new library.Provider(options.issuer, providerConfiguration(library, options));
  const grant = mobilePayClientCredentials(library);
  // Replaces the built-in handler registered by the constructor (registerGrantType overwrites by name).
  provider.registerGrantType(grant.name, grant.handler, grant.params, grant.dupes);
  provider.use(
    mobilePayEndpoints({ issuer: options.issuer, x5tByKid: new Map([[options.signing.kid, options.signing.x5t]]) }),
  );
  provider.on('server_error', (_ctx, error) => {
    console.error(`[sandbox] internal error: ${error.message}`);
  });
  // Without a listener Koa prints every stream error with its stack; a client that gave up (aborted, or sent less
  // body than its Content-Length until the request timeout) is not the sandbox's problem.
  provider.on('error', (error) => {
    if (
      (error.status ?? 500) < 500 ||
      CLIENT_GAVE_UP.has(error.code ?? '') ||
      /request timeout|aborted/i.test(error.message)
    )
      return;
    console.error(`[sandbox] request failed: ${error.message}`);
  });
  return provider;
}

function providerConfiguration(library: OidcProviderLibrary, options: IntegratorProviderOptions): Configuration {
  const audience = audienceFor(options.issuer);
  const resourceServer = resourceServerInfo(audience, options.faults);
  return {
    adapter: MemoryAdapter,
    clients: clientMetadata(options.flavor),
    clientAuthMethods: ['client_secret_basic', 'client_secret_post'],
    // No browser flows exist, so no cookie ever needs to survive a restart.
    cookies: { keys: [randomBytes(32).toString('base64url')] },
    jwks: { keys: [nodeSigningKey(library, options.signing, options.othersConnected)] },
    responseTypes: [], // no authorization endpoint flows: grant_types becomes exactly client_credentials
    scopes: [INTEGRATOR_SCOPE],
    routes: { token: TOKEN_PATH, jwks: JWKS_PATH },
    // Read per token, so `expires_in` follows the tokenLifetimeSeconds fault.
    ttl: { ClientCredentials: () => options.faults.current().tokenLifetimeSeconds },
    features: {
      clientCredentials: { enabled: true },
      resourceIndicators: {
        enabled: true,
        // oidc-provider awaits each of these; plain values spare a promise per call.
        defaultResource: () => audience,
        useGrantedResource: () => true,
        getResourceServerInfo: (_ctx: unknown, indicator: string) => {
          if (indicator !== audience)
            throw new library.errors.InvalidTarget(`unknown resource; use ${audience} or omit it`);
          return resourceServer();
        },
      },
      devInteractions: { enabled: false },
      externalSigningSupport: { enabled: true, ack: 'experimental-01' },
      dPoP: { enabled: false },
      pushedAuthorizationRequests: { enabled: false },
      rpInitiatedLogout: { enabled: false },
      userinfo: { enabled: false },
    },
    // extraParams never reach the token endpoint; the validated merchant_vat is read from the grant's params.
    extraTokenClaims: async (ctx, token) => {
      const merchantVat = requestedMerchantVat(ctx ?? library.requestOf(token));
      return {
        integrator_id: integratorIdFor(token.clientId),
        ...(merchantVat ? { merchant_vat: merchantVat } : {}),
      };
    },
    formats: {
      customizers: {
        jwt: async (_ctx, token, jwt) => stampTokenTimes(jwt.payload, token.expiration, options.faults),
      },
    },
    clientBasedCORS: () => false,
    // oidc-provider renders HTML errors for browsers (and logs a notice to stdout); MobilePay answers JSON.
    renderError: async (ctx, out) => {
      ctx.type = 'application/json; charset=utf-8';
      ctx.body = out;
    },
  };
}

/** The one resource server, made again only when the tokenLifetimeSeconds fault changes (oidc-provider copies it). */
function resourceServerInfo(audience: string, faults: FaultState): () => ResourceServerInfo {
  let made: ResourceServerInfo | undefined;
  return () => {
    const lifetime = faults.current().tokenLifetimeSeconds;
    if (made?.accessTokenTTL !== lifetime) {
      made = {
        scope: INTEGRATOR_SCOPE,
        audience,
        accessTokenFormat: 'jwt',
        accessTokenTTL: lifetime,
        jwt: { sign: { alg: 'RS256' } },
      };
    }
    return made;
  };
}

/**
 * oidc-provider reads the real clock (iat, exp) itself; rewrite the times from the sandbox's (possibly skewed)
 * clock instead, and pin exp - iat to the lifetime `expires_in` advertised. Also drop `sub`: oidc-provider
 * copies client_id into it, but IdentityServer's client_credentials tokens have no subject.
 */
function stampTokenTimes(payload: Record<string, unknown>, expiration: number | undefined, faults: FaultState): void {
  const iat = Math.floor(faults.now() / 1000);
  const lifetime =
    typeof expiration === 'number' && expiration > 0 ? expiration : faults.current().tokenLifetimeSeconds;
  payload.iat = iat;
  payload.nbf = iat;
  payload.exp = iat + lifetime;
  payload.sub = undefined; // not delete: that would turn the payload into a slow dictionary-mode object
}
