// oidc-provider ships no types; the ambient declarations live beside this file. Referencing them here keeps
// the sandbox type-checkable from any tsconfig that reaches it through an import, not only electron/'s.
// eslint-disable-next-line @typescript-eslint/triple-slash-reference
/// <reference path="./oidc-provider.d.ts" />
import type * as OidcProviderModule from 'oidc-provider';
import type { KoaContextWithOIDC, Provider } from 'oidc-provider';
import type { GrantHelper } from 'oidc-provider/lib/helpers/grants.js';

export interface OidcProviderLibrary {
  Provider: typeof OidcProviderModule.Provider;
  errors: typeof OidcProviderModule.errors;
  ExternalSigningKey: typeof OidcProviderModule.ExternalSigningKey;
  /** oidc-provider's own client_credentials grant, which the sandbox wraps (see grant.ts). */
  clientCredentials: { handler(ctx: KoaContextWithOIDC): Promise<void>; parameters: ReadonlySet<string> };
  /** The request a token issued by `clientCredentials.handler` belongs to (configuration callbacks get no ctx). */
  requestOf(token: object): KoaContextWithOIDC | undefined;
}

const RUNTIME_WARNING = 'oidc-provider WARNING: Unsupported runtime';

let loading: Promise<OidcProviderLibrary> | undefined;

/**
 * Imports oidc-provider once. Its entry module warns on import when Node is older than 22 LTS (it works on
 * Node 20, see shared/TOOLCHAIN.md); that one line is filtered so it does not land in test or CLI output.
 * Everything else written to console.warn meanwhile passes through untouched.
 */
export function loadOidcProvider(): Promise<OidcProviderLibrary> {
  loading ??= importQuietly().catch((error: unknown) => {
    loading = undefined; // let a later start try again
    throw error;
  });
  return loading;
}

async function importQuietly(): Promise<OidcProviderLibrary> {
  const originalWarn = console.warn;
  const filteredWarn = (...args: unknown[]): void => {
    const first = args[0];
    if (typeof first === 'string' && first.includes(RUNTIME_WARNING)) return;
    originalWarn.apply(console, args);
  };
  console.warn = filteredWarn;
  try {
    const [main, grant, helpers, als] = await Promise.all([
      import('oidc-provider'),
      import('oidc-provider/lib/actions/grants/client_credentials.js'),
      import('oidc-provider/lib/helpers/grants.js'),
      import('oidc-provider/lib/helpers/als.js'),
    ]);
    // oidc-provider runs every request inside an AsyncLocalStorage, only to hand the request to configuration
    // callbacks (and Provider.ctx, then undefined). On Node 20 that switches on async hooks for every promise in the
    // process: about a fifth of the token endpoint's main-thread CPU. The sandbox's callbacks need the request in
    // one place (extraTokenClaims: merchant_vat), which requestOf gives them, so requests run without it.
    als.default.run = ((_store: unknown, run: () => unknown) => run()) as typeof als.default.run;
    const { handler, requestOf } = grantHandlerFor(grant.handler, helpers as unknown as Record<string, GrantHelper>);
    return {
      Provider: main.Provider,
      errors: main.errors,
      ExternalSigningKey: main.ExternalSigningKey,
      clientCredentials: { handler, parameters: grant.parameters },
      requestOf,
    };
  } finally {
    if (console.warn === filteredWarn) console.warn = originalWarn;
  }
}

type BuiltInGrant = (provider: Provider, helpers: Record<string, unknown>, ctx: KoaContextWithOIDC) => Promise<void>;

/**
 * No public API extends a built-in grant, so its handler is called the way oidc-provider registers it: with the
 * request's provider and the grant helpers bound to that provider (bound once per provider). The token is linked
 * to its request where the grant hands both to a helper (applyAuthorizationDetails, before the token is saved).
 */
function grantHandlerFor(grant: BuiltInGrant, helpers: Record<string, GrantHelper>) {
  const requests = new WeakMap<object, KoaContextWithOIDC>();
  const boundByProvider = new WeakMap<Provider, Record<string, GrantHelper>>();
  const bind = (provider: Provider): Record<string, GrantHelper> => {
    const bound = Object.fromEntries(
      Object.entries(helpers).map(([name, helper]) => [name, helper.bind(undefined, provider)]),
    );
    const apply = bound.applyAuthorizationDetails;
    if (apply) {
      bound.applyAuthorizationDetails = (ctx: unknown, token: unknown, ...rest: unknown[]) => {
        if (typeof token === 'object' && token !== null) requests.set(token, ctx as KoaContextWithOIDC);
        return apply(ctx, token, ...rest);
      };
    }
    boundByProvider.set(provider, bound);
    return bound;
  };
  const handler = (ctx: KoaContextWithOIDC) => {
    const { provider } = ctx.oidc;
    return grant(provider, boundByProvider.get(provider) ?? bind(provider), ctx);
  };
  return { handler, requestOf: (token: object) => requests.get(token) };
}
