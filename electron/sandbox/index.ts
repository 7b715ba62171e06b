import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { AUTH_BASE_PATH, TOKEN_PATH } from '../../shared/domain/environments';
import type { DemoClient } from '../../shared/ipc/contract';
import { DEMO_CLIENTS } from './clients';
import { loadOrCreateSigningMaterial } from './keys';
import { loadOidcProvider } from './load-oidc-provider';
import { DISCOVERY_PATH, JWKS_PATH } from './mobilepay-endpoints';
import { createIntegratorProvider } from './provider';
import { createPrefixRouter, sendJson } from './router';
import type { RequestHandler } from './router';

export type { DemoClient } from '../../shared/ipc/contract';
export { DEMO_CLIENTS } from './clients';
export { ACCESS_TOKEN_TTL_SECONDS, audienceFor } from './provider';

export interface SandboxOptions {
  /** Holds sandbox-keys.json (the signing key + certificate); created if missing. */
  dataDir: string;
  /** 0 or omitted = a free port. */
  port?: number;
  /** Default '127.0.0.1'. */
  host?: string;
}

export interface RunningSandbox {
  /** http://127.0.0.1:PORT */
  origin: string;
  /** origin + '/integrator-authentication'; also the tokens' `iss`. */
  authBase: string;
  tokenUrl: string;
  jwksUrl: string;
  discoveryUrl: string;
  port: number;
  clients: readonly DemoClient[];
  /** Stops listening and drops open (keep-alive) connections. Safe to call more than once. */
  close(): Promise<void>;
}

/** Starts the local MobilePay Integrator Authentication sandbox (Node only, no Electron). */
export async function startSandbox(options: SandboxOptions): Promise<RunningSandbox> {
  const host = options.host ?? '127.0.0.1';
  const [{ material }, library] = await Promise.all([
    loadOrCreateSigningMaterial(options.dataDir),
    loadOidcProvider(),
  ]);

  // The issuer contains the port, which is known only once listening; until the provider exists,
  // requests get a 503 instead of reaching a half-built server.
  let dispatch: RequestHandler = (_req, res) => sendJson(res, 503, { error: 'temporarily_unavailable' });
  const server = createServer((req, res) => void dispatch(req, res));
  const close = closeOnce(server);
  const port = await listen(server, options.port ?? 0, host);
  const origin = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  const authBase = `${origin}${AUTH_BASE_PATH}`;
  try {
    const provider = createIntegratorProvider(library, { issuer: authBase, signing: material });
    dispatch = createPrefixRouter([{ prefix: AUTH_BASE_PATH, handler: provider.callback() }]);
  } catch (error) {
    await close();
    throw error;
  }

  return {
    origin,
    authBase,
    tokenUrl: `${authBase}${TOKEN_PATH}`,
    jwksUrl: `${authBase}${JWKS_PATH}`,
    discoveryUrl: `${authBase}${DISCOVERY_PATH}`,
    port,
    clients: DEMO_CLIENTS,
    close,
  };
}

function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const onError = (error: Error): void => reject(error);
    server.once('error', onError);
    server.listen(port, host, () => {
      server.off('error', onError);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

function closeOnce(server: Server): () => Promise<void> {
  let closing: Promise<void> | undefined;
  return () => {
    closing ??= new Promise<void>((resolve) => {
      if (!server.listening) {
        resolve();
        return;
      }
      server.close(() => resolve());
      server.closeAllConnections();
    });
    return closing;
  };
}
