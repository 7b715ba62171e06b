// oidc-provider ships no types; the ambient declarations live beside this file. Referencing them here keeps
// the sandbox type-checkable from any tsconfig that reaches it through an import, not only electron/'s.
// eslint-disable-next-line @typescript-eslint/triple-slash-reference
/// <reference path="./oidc-provider.d.ts" />
import type * as OidcProviderModule from 'oidc-provider';
import type * as ClientCredentialsGrant from 'oidc-provider/lib/actions/grants/client_credentials.js';

export interface OidcProviderLibrary {
  Provider: typeof OidcProviderModule.Provider;
  errors: typeof OidcProviderModule.errors;
  /** oidc-provider's own client_credentials grant, which the sandbox wraps (see grant.ts). */
  clientCredentials: typeof ClientCredentialsGrant;
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
    const [main, clientCredentials] = await Promise.all([
      import('oidc-provider'),
      import('oidc-provider/lib/actions/grants/client_credentials.js'),
    ]);
    return { Provider: main.Provider, errors: main.errors, clientCredentials };
  } finally {
    if (console.warn === filteredWarn) console.warn = originalWarn;
  }
}
