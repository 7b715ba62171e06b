import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { DemoClient } from '../../shared/domain/sandbox-status';
import type { RunningSandbox } from '../sandbox/index';
import { basicAuthorization } from './basic-auth';

/** TEST SUPPORT, never used by the app: full tokens straight from a real sandbox, and a port nobody listens on. */

export async function mintSandboxToken(
  sandbox: RunningSandbox,
  client: DemoClient,
  merchantVat?: string,
): Promise<string> {
  const body = new URLSearchParams({
    grant_type: 'client_credentials',
    ...(merchantVat ? { merchant_vat: merchantVat } : {}),
  });
  const response = await fetch(sandbox.tokenUrl, {
    method: 'POST',
    headers: {
      Authorization: basicAuthorization(client.clientId, client.clientSecret, 'form'),
      'Content-Type': 'application/x-www-form-urlencoded',
    },
    body: body.toString(),
  });
  const json = (await response.json()) as { access_token?: unknown };
  if (response.status !== 200 || typeof json.access_token !== 'string')
    throw new Error(`sandbox answered ${response.status}`);
  return json.access_token;
}

/** A loopback port that was free a moment ago and is closed now: connecting to it is refused. */
export async function closedLoopbackPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** Base64url JSON, for hand-made JWT parts in tests. */
export function b64urlJson(value: unknown): string {
  return Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');
}
