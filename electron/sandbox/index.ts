import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { AUTH_BASE_PATH, TOKEN_PATH } from '../../shared/domain/environments';
import type { DemoClient } from '../../shared/domain/sandbox-status';
import { demoClientsFor, isSandboxFlavor } from './clients';
import type { SandboxFlavor } from './clients';
import { stampSandboxDate } from './fault-gate';
import { createFaultState } from './faults';
import { allowedHosts, refusedForeignHost } from './host-check';
import type { SandboxFaults } from './faults';
import { keyFileNameFor, loadOrCreateSigningMaterial } from './keys';
import { loadOidcProvider } from './load-oidc-provider';
import { DISCOVERY_PATH, JWKS_PATH } from './mobilepay-endpoints';
import { POS_BASE_PATH } from './pos-api';
import { readRememberedPort, rememberPort } from './remembered-port';
import { sendJson } from './router';
import type { RequestHandler } from './router';
import { createSandboxApp } from './sandbox-app';
import { healthResponder, WORKER_HEADER } from './health';

export { DEMO_CLIENTS, DEMO_CLIENTS_PRODUCTION, demoClientsFor } from './clients';
export type { SandboxFlavor } from './clients';
export { DEFAULT_FAULTS } from './faults';
export { KEY_FILE_NAME, PRODUCTION_KEY_FILE_NAME } from './keys';
export { POS_BASE_PATH } from './pos-api';
export { DEMO_MERCHANTS } from './pos-data';
export { audienceFor } from './provider';
export { IBM_GATEWAY_UNAUTHORIZED } from './token-gate';
export { WORKER_HEADER } from './health';

export interface SandboxOptions {
  /** Holds the signing key + certificate of each flavor (sandbox-keys[-production].json); created if missing. */
  dataDir: string;
  /** 0 or omitted = a free port (or the remembered one, see rememberPort). A given port that is taken fails the start. */
  port?: number;
  /**
   * Without `port`: listen on the port of the last start with this data directory when it is free, else on a free
   * one, and remember the port used. The app sets it so its sandbox URLs and tokens survive a restart.
   */
  rememberPort?: boolean;
  /** Default '127.0.0.1'. */
  host?: string;
  /** 'sandbox' (default) = "Local sandbox"; 'production' = "Local production": own clients and keys. */
  flavor?: SandboxFlavor;
  /** Fault switches to start with (validated; a bad value rejects the start). Default: all off. */
  faults?: Partial<SandboxFaults>;
  /**
   * How long a client may take to send a whole request (head and body), ms; default 10 s. A Content-Length that
   * promises more than ever comes then costs a connection this long, not Node's 300 s.
   */
  requestTimeoutMs?: number;
  /** Set by the multi-worker sandbox: answers carry X-Sandbox-Worker and GET /health names the worker. */
  workerId?: number;
}

export interface RunningSandbox {
  /** http://127.0.0.1:PORT */
  origin: string;
  /** origin + '/integrator-authentication'; also the tokens' `iss`. */
  authBase: string;
  tokenUrl: string;
  jwksUrl: string;
  discoveryUrl: string;
  /** origin + '/pos/v10': the PoS V10 read-only subset. */
  posBase: string;
  port: number;
  flavor: SandboxFlavor;
  /** The demo clients of this flavor. */
  clients: readonly DemoClient[];
  /** The fault switches as they are now. */
  faults(): SandboxFaults;
  /** Changes some switches (validated: a bad value throws an Error and changes nothing); returns all of them. */
  setFaults(patch: Partial<SandboxFaults>): SandboxFaults;
  /** New signing key + certificate, persisted; the JWKS then holds only it, so older tokens stop verifying. */
  rotateSigningKey(): Promise<{ kid: string }>;
  /** The kid of the current signing key. */
  signingKid(): string;
  /** Stops listening and drops open (keep-alive) connections. Safe to call more than once. */
  close(): Promise<void>;
}

/** Starts the local MobilePay Integrator Authentication sandbox + PoS V10 subset (Node only, no Electron). */
export async function startSandbox(options: SandboxOptions): Promise<RunningSandbox> {
  const host = options.host ?? '127.0.0.1';
  const flavor = options.flavor ?? 'sandbox';
  if (!isSandboxFlavor(flavor)) throw new Error(`flavor must be 'sandbox' or 'production', got '${String(flavor)}'`);
  const faults = createFaultState(options.faults);
  const [{ material, keyFile }, library] = await Promise.all([
    loadOrCreateSigningMaterial(options.dataDir, keyFileNameFor(flavor)),
    loadOidcProvider(),
  ]);

  // The issuer contains the port, which is known only once listening; until the provider exists,
  // requests get a 503 instead of reaching a half-built server.
  let dispatch: RequestHandler = (_req, res) => sendJson(res, 503, { error: 'temporarily_unavailable' });
  let hosts: ReadonlySet<string> | undefined = new Set();
  const requestTimeout = options.requestTimeoutMs ?? 10_000;
  const health = healthResponder({ flavor, workerId: options.workerId, kid: () => app.currentKid() });
  const server = createServer(
    { requestTimeout, headersTimeout: requestTimeout, connectionsCheckingInterval: Math.min(1_000, requestTimeout) },
    (req, res) => {
      // With the sandbox's clock true to this machine's, Node's own Date header is already right: no wrapper per response.
      if (faults.current().clockSkewSeconds !== 0) stampSandboxDate(res, faults.now);
      if (refusedForeignHost(req, res, hosts)) return;
      if (options.workerId !== undefined) res.setHeader(WORKER_HEADER, String(options.workerId));
      if (health(req, res)) return;
      void dispatch(req, res);
    },
  );
  // Counted per connection (not per request, which would cost a listener each): one keep-alive client means no
  // request can be waiting behind the one being answered.
  let connections = 0;
  server.on('connection', (socket) => {
    connections += 1;
    socket.once('close', () => (connections -= 1));
  });
  const close = closeOnce(server);
  const port = await listenOnPreferredPort(server, host, options, flavor);
  hosts = allowedHosts(host, port);
  const origin = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  const authBase = `${origin}${AUTH_BASE_PATH}`;
  let app: ReturnType<typeof createSandboxApp>;
  try {
    app = createSandboxApp({
      library,
      issuer: authBase,
      flavor,
      faults,
      signing: material,
      keyFile,
      othersConnected: () => connections > 1,
    });
    dispatch = app.dispatch;
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
    posBase: `${origin}${POS_BASE_PATH}`,
    port,
    flavor,
    clients: demoClientsFor(flavor),
    faults: () => ({ ...faults.current() }),
    setFaults: (patch) => ({ ...faults.update(patch) }),
    rotateSigningKey: () => app.rotateSigningKey(),
    signingKid: () => app.currentKid(),
    close,
  };
}

async function listenOnPreferredPort(
  server: Server,
  host: string,
  options: SandboxOptions,
  flavor: SandboxFlavor,
): Promise<number> {
  if (options.port !== undefined || !options.rememberPort) return listen(server, options.port ?? 0, host);
  const remembered = await readRememberedPort(options.dataDir, flavor);
  let port: number;
  try {
    port = await listen(server, remembered ?? 0, host);
  } catch (error) {
    if (remembered === undefined || (error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
    port = await listen(server, 0, host); // something else took it meanwhile: any free port
  }
  if (port !== remembered) {
    await rememberPort(options.dataDir, flavor, port).catch((error: unknown) => {
      console.warn(
        `[sandbox] could not remember port ${port}: ${error instanceof Error ? error.message : String(error)}`,
      );
    });
  }
  return port;
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
