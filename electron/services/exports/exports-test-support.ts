import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { environmentById, type EnvironmentId } from '../../../shared/domain/environments';
import type { AppInfo } from '../../../shared/domain/app-info';
import type { PosAttempt, TokenAttempt } from '../../../shared/domain/attempts';
import type { DemoClient } from '../../../shared/domain/sandbox-status';
import type { BasicEncoding } from '../../../shared/ipc/schemas';
import { startSandbox, type RunningSandbox } from '../../sandbox/index';
import { basicAuthorization } from '../basic-auth';
import { credentialContextFor, diagnosePosCall, diagnoseTokenAttempt } from '../diagnosis/index';
import { callPos, type PosPath, type PosTamper } from '../probes/index';
import { decodeToken } from '../../../shared/domain/token-view';
import { exchangeToken } from '../token-exchange';

/** TEST SUPPORT, never used by the app: real, diagnosed attempts against a real local sandbox on loopback. */

export const TEST_APP_INFO: AppInfo = { version: '9.8.7-test', shell: 'electron', platform: 'linux' };

export async function startTestSandbox(): Promise<{ sandbox: RunningSandbox; stop: () => Promise<void> }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'ic-exports-'));
  const sandbox = await startSandbox({ dataDir });
  return {
    sandbox,
    stop: async () => {
      await sandbox.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

const environmentOf = (id: EnvironmentId) => {
  const { label, production } = environmentById(id);
  return { id, label, production };
};

export interface TokenAttemptSpec {
  tokenUrl: string;
  client: DemoClient;
  clientSecret?: string;
  merchantVat?: string;
  /** Whose environment the attempt is labelled with (the request still goes to tokenUrl on loopback). */
  environment?: EnvironmentId;
  basicEncoding?: BasicEncoding;
  sendIbmClientId?: boolean;
}

/** What requestToken does: exchange, then diagnose. The usable token comes back beside the redacted attempt. */
export async function realTokenAttempt(
  spec: TokenAttemptSpec,
): Promise<{ attempt: TokenAttempt; accessToken?: string }> {
  const clientSecret = spec.clientSecret ?? spec.client.clientSecret;
  const basicEncoding = spec.basicEncoding ?? 'form';
  const input = {
    tokenUrl: spec.tokenUrl,
    clientId: spec.client.clientId,
    clientSecret,
    basicEncoding,
    sendIbmClientId: spec.sendIbmClientId ?? false,
  };
  const { result, accessToken } = await exchangeToken(
    fetch,
    spec.merchantVat ? { ...input, merchantVat: spec.merchantVat } : input,
    { timeoutMs: 5000 },
  );
  const base = {
    id: `token-${Math.random().toString(36).slice(2)}`,
    environment: environmentOf(spec.environment ?? 'local'),
    tokenUrl: spec.tokenUrl,
    ...(spec.merchantVat ? { merchantVat: spec.merchantVat } : {}),
    ...result,
  };
  const findings = diagnoseTokenAttempt({
    attempt: base,
    clientId: spec.client.clientId,
    credentials: credentialContextFor(spec.client.clientId, clientSecret, basicEncoding),
    nowMs: Date.now(),
  });
  return { attempt: { ...base, findings }, ...(accessToken ? { accessToken } : {}) };
}

/** What callPosApi does: the call, then the diagnosis. */
export async function realPosAttempt(
  sandbox: RunningSandbox,
  token: string,
  options: { path?: PosPath; merchantVat?: string; tamper?: PosTamper } = {},
): Promise<PosAttempt> {
  const result = await callPos(fetch, {
    posBase: sandbox.posBase,
    path: options.path ?? '/stores',
    token,
    merchantVat: options.merchantVat,
    tamper: options.tamper,
  });
  const decoded = decodeToken(token);
  const findings = diagnosePosCall({
    exchange: result.exchange,
    environment: { id: 'local', label: 'Local sandbox' },
    ...(decoded.ok ? { token: { view: decoded.view, environmentId: 'local', environmentLabel: 'Local sandbox' } } : {}),
    expectedIssuer: sandbox.authBase,
    nowMs: Date.now(),
  });
  return { ...result, id: `pos-${Math.random().toString(36).slice(2)}`, environment: environmentOf('local'), findings };
}

/** Every form a leaked credential could take in an export: plaintext, Basic Base64 (both encodings), signatures. */
export function leakedForms(client: DemoClient, accessTokens: readonly string[]): string[] {
  const basics = (['form', 'raw'] as const).map((encoding) =>
    basicAuthorization(client.clientId, client.clientSecret, encoding).slice('Basic '.length),
  );
  const signatures = accessTokens.map((token) => token.split('.')[2] ?? '').filter((signature) => signature.length > 0);
  return [client.clientSecret, encodeURIComponent(client.clientSecret), ...basics, ...accessTokens, ...signatures];
}

/** A three-segment JWT whose third segment is anything but the placeholder. */
export const USABLE_JWT = /eyJ[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*\.(?!<signature hidden>)[A-Za-z0-9_-]+/;
