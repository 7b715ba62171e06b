// oidc-provider 9 ships no type definitions. These cover only what the sandbox uses; they follow the
// library's source (node_modules/oidc-provider/lib), not guesses. load-oidc-provider.ts references this file,
// so any tsconfig that reaches the sandbox through an import sees it.

declare module 'oidc-provider' {
  import type { IncomingMessage, ServerResponse } from 'node:http';
  import type { KeyObject } from 'node:crypto';

  export interface OidcClient {
    clientId: string;
  }

  export interface OidcContextState {
    route?: string;
    /** Parsed request body (querystring.parse output for form bodies). */
    body?: Record<string, string | string[] | undefined>;
    /** Allow-listed parameters; empty strings become undefined. */
    params?: Record<string, unknown>;
    client?: OidcClient;
    issuer: string;
    /** The Provider handling this request. */
    provider: Provider;
  }

  /** The subset of Koa's context the sandbox touches. */
  export interface KoaContextWithOIDC {
    oidc: OidcContextState;
    method: string;
    path: string;
    status: number;
    body: unknown;
    type: string;
    headers: Record<string, string | string[] | undefined>;
    get(field: string): string;
    set(field: string, value: string): void;
    response: { get(field: string): string };
  }

  export type Middleware = (ctx: KoaContextWithOIDC, next: () => Promise<void>) => Promise<void>;

  export interface ClientCredentialsToken {
    clientId: string;
    scope?: string;
    /** Lifetime in seconds (the `ttl.ClientCredentials` result); what `expires_in` reports. */
    readonly expiration?: number;
  }

  export interface StructuredJwt {
    header: Record<string, unknown> | undefined;
    payload: Record<string, unknown>;
  }

  export interface ResourceServerInfo {
    scope: string;
    audience?: string;
    accessTokenFormat: 'jwt' | 'opaque';
    accessTokenTTL: number;
    jwt?: { sign?: { alg: string; kid?: string } };
  }

  export interface AdapterPayload {
    [key: string]: unknown;
    uid?: string;
    userCode?: string;
    grantId?: string;
    consumed?: number;
  }

  export interface Adapter {
    upsert(id: string, payload: AdapterPayload, expiresIn: number): Promise<void>;
    find(id: string): Promise<AdapterPayload | undefined>;
    findByUserCode(userCode: string): Promise<AdapterPayload | undefined>;
    findByUid(uid: string): Promise<AdapterPayload | undefined>;
    consume(id: string): Promise<void>;
    destroy(id: string): Promise<void>;
    revokeByGrantId(grantId: string): Promise<void>;
  }

  export type AdapterConstructor = new (name: string) => Adapter;

  export interface Configuration {
    adapter?: AdapterConstructor;
    clients?: Record<string, unknown>[];
    clientAuthMethods?: string[];
    clientBasedCORS?: (ctx: KoaContextWithOIDC, origin: string, client: OidcClient) => boolean;
    cookies?: { keys?: string[] };
    extraTokenClaims?: (
      ctx: KoaContextWithOIDC,
      token: ClientCredentialsToken,
    ) => Promise<Record<string, unknown> | undefined>;
    features?: Record<string, Record<string, unknown>>;
    formats?: {
      customizers?: {
        jwt?: (ctx: KoaContextWithOIDC, token: ClientCredentialsToken, jwt: StructuredJwt) => Promise<void>;
      };
    };
    jwks?: { keys: (Record<string, unknown> | ExternalSigningKey)[] };
    renderError?: (ctx: KoaContextWithOIDC, out: Record<string, unknown>, error: Error) => Promise<void>;
    responseTypes?: string[];
    routes?: Record<string, string>;
    scopes?: string[];
    ttl?: Record<
      string,
      number | ((ctx: KoaContextWithOIDC, token: ClientCredentialsToken, client: OidcClient) => number)
    >;
  }

  export class Provider {
    constructor(issuer: string, configuration: Configuration);
    readonly issuer: string;
    callback(): (req: IncomingMessage, res: ServerResponse) => Promise<void>;
    use(middleware: Middleware): this;
    registerGrantType(
      name: string,
      handler: (ctx: KoaContextWithOIDC) => Promise<void>,
      params?: string | string[] | Set<string>,
      dupes?: string | string[] | Set<string>,
    ): void;
    on(event: 'server_error', listener: (ctx: KoaContextWithOIDC, error: Error) => void): this;
    /** Koa's own: errors outside oidc-provider's handlers (e.g. a request body that never arrived whole). */
    on(event: 'error', listener: (error: Error & { status?: number; code?: string }) => void): this;
  }

  /** A signing key oidc-provider does not hold: it asks `sign(data)` for the signature (features.externalSigningSupport). */
  export class ExternalSigningKey {
    kid: string;
    alg: string;
    keyObject(): KeyObject;
    sign(data: Buffer): Promise<Buffer>;
  }

  type OAuthErrorClass = new (description?: string, detail?: string) => Error & { statusCode: number };

  export const errors: {
    InvalidRequest: OAuthErrorClass;
    InvalidTarget: OAuthErrorClass;
    InvalidScope: new (description: string, scope: string) => Error & { statusCode: number };
  };

  export default Provider;
}

// Since 9.11 a built-in grant handler takes the provider and its grant helpers (each helper called with the
// provider first); oidc-provider binds both when it registers the grant itself.
declare module 'oidc-provider/lib/actions/grants/client_credentials.js' {
  import type { KoaContextWithOIDC, Provider } from 'oidc-provider';

  export const handler: (
    provider: Provider,
    helpers: Record<string, unknown>,
    ctx: KoaContextWithOIDC,
  ) => Promise<void>;
  export const parameters: Set<string>;
  export const grantType: 'client_credentials';
}

declare module 'oidc-provider/lib/helpers/grants.js' {
  /** Named exports only, each a function whose first argument is the provider. */
  export type GrantHelper = (provider: unknown, ...args: unknown[]) => unknown;
}

// The AsyncLocalStorage oidc-provider runs each request in (load-oidc-provider.ts replaces its run).
declare module 'oidc-provider/lib/helpers/als.js' {
  import type { AsyncLocalStorage } from 'node:async_hooks';

  const als: AsyncLocalStorage<unknown>;
  export default als;
}
