import type { KoaContextWithOIDC, Middleware } from 'oidc-provider';
import { TOKEN_PATH } from '../../shared/domain/environments';
import { INTEGRATOR_SCOPE } from './clients';
import { STRICT_BASE64 } from './token-gate';

/** Paths under the auth base, as MobilePay published them (DOMAIN.md §2). */
export const DISCOVERY_PATH = '/.well-known/openid-configuration';
export const JWKS_PATH = '/.well-known/openid-configuration/jwks';

type EndpointName = 'token' | 'discovery' | 'jwks';

const ENDPOINTS = new Map<string, { name: EndpointName; methods: readonly string[] }>([
  [TOKEN_PATH, { name: 'token', methods: ['POST', 'OPTIONS'] }],
  [DISCOVERY_PATH, { name: 'discovery', methods: ['GET', 'HEAD', 'OPTIONS'] }],
  [JWKS_PATH, { name: 'jwks', methods: ['GET', 'HEAD', 'OPTIONS'] }],
]);

/**
 * Koa middleware in front of oidc-provider's router that gives the server MobilePay's surface:
 * only token, discovery and JWKS exist (oidc-provider always mounts /auth, /session/end, ...);
 * discovery lists what MobilePay's did (2020); JWKS keys carry `x5t`, which oidc-provider drops;
 * every 401 carries WWW-Authenticate (oidc-provider adds it only when an Authorization header was sent).
 */
export function mobilePayEndpoints(options: { issuer: string; x5tByKid: ReadonlyMap<string, string> }): Middleware {
  return async function shapeMobilePayEndpoints(ctx, next) {
    const endpoint = ENDPOINTS.get(ctx.path);
    if (!endpoint) {
      respond(ctx, 404, {
        error: 'not_found',
        error_description:
          'This sandbox serves POST /connect/token, GET /.well-known/openid-configuration and its /jwks only.',
      });
      return;
    }
    if (!endpoint.methods.includes(ctx.method)) {
      ctx.set('Allow', endpoint.methods.join(', '));
      respond(ctx, 405, {
        error: 'invalid_request',
        error_description: `${endpoint.name === 'token' ? 'the token endpoint' : 'this endpoint'} does not accept ${clipMethod(ctx.method)}; use ${endpoint.methods[0] ?? 'GET'}`,
      });
      return;
    }
    if (endpoint.name === 'token' && ctx.method === 'OPTIONS') {
      // No browser page may call the token endpoint (no client has CORS origins): say no to the preflight
      // instead of echoing its Origin, which would promise a request that then fails.
      respond(ctx, 403, {
        error: 'invalid_request',
        error_description: 'the token endpoint does not accept cross-origin requests from a browser',
      });
      return;
    }
    if (endpoint.name === 'token' && rejectedNonBase64Basic(ctx)) return;
    await next();
    if (endpoint.name === 'discovery' && ctx.status === 200) ctx.body = shapeDiscovery(ctx.body, options.issuer);
    if (endpoint.name === 'jwks' && ctx.status === 200) ctx.body = addThumbprints(ctx.body, options.x5tByKid);
    if (endpoint.name === 'token' && ctx.status === 401 && !ctx.response.get('WWW-Authenticate')) {
      ctx.set('WWW-Authenticate', `Basic realm="${options.issuer}", error="invalid_client"`);
    }
  };
}

/**
 * Node's Base64 decoder (which oidc-provider uses) silently accepts base64url, missing padding and junk
 * characters; IdentityServer's Convert.FromBase64String does not. Be as strict as the real server so a
 * base64url-encoded Basic header fails here too (DOMAIN.md §7).
 */
function rejectedNonBase64Basic(ctx: KoaContextWithOIDC): boolean {
  const header = ctx.headers.authorization;
  if (typeof header !== 'string') return false;
  const match = /^basic (.*)$/i.exec(header);
  if (!match || STRICT_BASE64.test(match[1] ?? '')) return false;
  respond(ctx, 400, {
    error: 'invalid_request',
    error_description:
      'the Basic credentials are not valid Base64 (standard alphabet A-Z a-z 0-9 + /, padded with =); base64url or stray characters are not accepted',
  });
  return true;
}

/** The URLs come from the issuer, never from the request's Host (which oidc-provider would reflect). */
function shapeDiscovery(body: unknown, issuer: string): Record<string, unknown> {
  const generated = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  return {
    issuer: generated.issuer,
    jwks_uri: `${issuer}${JWKS_PATH}`,
    token_endpoint: `${issuer}${TOKEN_PATH}`,
    scopes_supported: [INTEGRATOR_SCOPE, 'offline_access'],
    claims_supported: [],
    grant_types_supported: ['client_credentials'],
    token_endpoint_auth_methods_supported: ['client_secret_basic', 'client_secret_post'],
    subject_types_supported: ['public'],
    id_token_signing_alg_values_supported: ['RS256'],
  };
}

function addThumbprints(body: unknown, x5tByKid: ReadonlyMap<string, string>): unknown {
  const keys = (body as { keys?: unknown } | null)?.keys;
  if (!Array.isArray(keys)) return body;
  return {
    keys: keys.map((key: Record<string, unknown>) => {
      const x5t = typeof key.kid === 'string' ? x5tByKid.get(key.kid) : undefined;
      const { kty, use, kid, e, n, x5c, alg } = key;
      return x5t ? { kty, use, kid, x5t, e, n, x5c, alg } : key;
    }),
  };
}

function respond(ctx: KoaContextWithOIDC, status: number, body: Record<string, string>): void {
  ctx.status = status;
  ctx.set('Cache-Control', 'no-store');
  ctx.body = body;
}

function clipMethod(method: string): string {
  return /^[A-Z]{1,16}$/.test(method) ? method : 'this method';
}
