// oidc-provider ships no types; the ambient declarations live beside this file. Referencing them here keeps
// the sandbox type-checkable from any tsconfig that reaches it through an import, not only electron/'s.
// eslint-disable-next-line @typescript-eslint/triple-slash-reference
/// <reference path="./oidc-provider.d.ts" />
import type * as OidcProviderModule from 'oidc-provider';
import type { KoaContextWithOIDC } from 'oidc-provider';
import type { GrantHelper } from 'oidc-provider/lib/helpers/grants.js';

export interface OidcProviderLibrary {
  Provider: typeof OidcProviderModule.Provider;
  errors: typeof OidcProviderModule.errors;
  ExternalSigningKey: typeof OidcProviderModule.ExternalSigningKey;
  /** oidc-provider's own client_credentials grant, which the sandbox wraps (see grant.ts). */
  clientCredentials: { handler(ctx: KoaContextWithOIDC): Promise<void>; parameters: ReadonlySet<string> };
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
    const [main, grant, helpers] = await Promise.all([
      import('oidc-provider'),
      import('oidc-provider/lib/actions/grants/client_credentials.js'),
      import('oidc-provider/lib/helpers/grants.js'),
    ]);
    // No public API extends a built-in grant, so its handler is called the way oidc-provider registers it:
    // with the request's provider and the grant helpers bound to that provider.
    const handler = (ctx: KoaContextWithOIDC) => {
      const { provider } = ctx.oidc;
      const bound = Object.fromEntries(Object.entries(helpers as unknown as Record<string, GrantHelper>).map(([name, helper]) => [name, helper.bind(undefined, provider)]));
      return grant.handler(provider, bound, ctx);
    };
    return { Provider: main.Provider, errors: main.errors, ExternalSigningKey: main.ExternalSigningKey, clientCredentials: { handler, parameters: grant.parameters } };
  } finally {
    if (console.warn === filteredWarn) console.warn = originalWarn;
  }
}
