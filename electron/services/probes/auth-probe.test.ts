import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { headerValue } from '../../../shared/domain/exchange';
import { DEMO_CLIENTS, startSandbox, type RunningSandbox } from '../../sandbox/index';
import { probeClientAuth, type ClientAuthProbeInput } from './auth-probe';

let sandbox: RunningSandbox;
let dataDir: string;
const plain = DEMO_CLIENTS[0]!;
const reserved = DEMO_CLIENTS.find((client) => /[+%]/.test(client.clientSecret))!;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'ic-auth-probe-'));
  sandbox = await startSandbox({ dataDir });
});

afterAll(async () => {
  await sandbox?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const input = (
  client: { clientId: string; clientSecret: string },
  extra: Partial<ClientAuthProbeInput> = {},
): ClientAuthProbeInput => ({
  tokenUrl: sandbox.tokenUrl,
  clientId: client.clientId,
  clientSecret: client.clientSecret,
  sendIbmClientId: false,
  ...extra,
});

describe('probeClientAuth against the local sandbox', () => {
  it('finds that the sandbox form-decodes Basic: form 200, raw 401, post 200', async () => {
    const result = await probeClientAuth(fetch, input(reserved));
    expect(result.rows.map((row) => [row.method, row.status, row.outcome, row.accepted])).toEqual([
      ['basic-form', 200, 'token', true],
      ['basic-raw', 401, 'oauth-error', false],
      ['post', 200, 'token', true],
    ]);
    expect(result.rows[1]?.oauthError?.error).toBe('invalid_client');
    expect(result.verdict).toBe(
      'The server accepts form-encoded Basic and client_secret_post but refuses raw Basic: it decodes credentials as RFC 6749 says. Use the form-encoded (RFC) setting.',
    );
    expect(result.differingCharacters).toEqual([
      { char: '+', position: 4, formEncoded: '%2B' },
      { char: '/', position: 7, formEncoded: '%2F' },
      { char: '=', position: 10, formEncoded: '%3D' },
      { char: '%', position: 11, formEncoded: '%25' },
      { char: '&', position: 14, formEncoded: '%26' },
      { char: 'space', position: 17, formEncoded: '+' },
      { char: ':', position: 20, formEncoded: '%3A' },
      { char: '+', position: 24, formEncoded: '%2B' },
      { char: '/', position: 28, formEncoded: '%2F' },
    ]);
  });

  it('keeps the secret and the tokens out of everything it returns', async () => {
    const result = await probeClientAuth(fetch, input(reserved));
    const everything = JSON.stringify(result);
    expect(everything).not.toContain(reserved.clientSecret);
    expect(everything).not.toContain(encodeURIComponent(reserved.clientSecret));
    expect(everything).not.toContain(new URLSearchParams({ s: reserved.clientSecret }).toString().slice(2));
    expect(everything).not.toContain(Buffer.from(`${reserved.clientId}:${reserved.clientSecret}`).toString('base64'));
    const post = result.rows[2]!.exchange;
    expect(post.request.body).toMatch(
      /^grant_type=client_credentials&client_id=0b7ebbc9-[0-9a-f-]+&client_secret=<secret sha256:[0-9a-f]{8}…, 30 chars>$/,
    );
    expect(headerValue(post.request.headers, 'authorization')).toBeUndefined();
    for (const row of result.rows.filter((r) => r.accepted))
      expect(row.exchange.response?.body).toContain('<signature hidden>');
  });

  it('finds every method working for a plain secret, with no differing characters', async () => {
    const result = await probeClientAuth(fetch, input(plain, { merchantVat: 'DK13585628', sendIbmClientId: true }));
    expect(result.rows.map((row) => row.status)).toEqual([200, 200, 200]);
    expect(result.differingCharacters).toEqual([]);
    expect(result.verdict).toMatch(
      /^The server accepts all three\. This secret has no characters that form-encoding changes/,
    );
    for (const row of result.rows) {
      expect(headerValue(row.exchange.request.headers, 'x-ibm-client-id')).toBe(plain.clientId);
      expect(row.exchange.request.body).toContain('merchant_vat=DK13585628');
    }
  });

  it('says the encoding is not the problem when every method is refused', async () => {
    const result = await probeClientAuth(fetch, input({ clientId: plain.clientId, clientSecret: 'wrong' }));
    expect(result.rows.map((row) => row.status)).toEqual([401, 401, 401]);
    expect(result.verdict).toMatch(/refuses all three as invalid client credentials.*the encoding is not the problem/);
  });

  it('refuses to send credentials over plain http to another machine', async () => {
    await expect(
      probeClientAuth(fetch, input(plain, { tokenUrl: 'http://auth.example.test/connect/token' })),
    ).rejects.toThrow(RangeError);
  });

  it('stops after the first attempt when nothing listens', async () => {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    await new Promise<void>((resolve) => server.close(() => resolve()));
    const result = await probeClientAuth(fetch, input(plain, { tokenUrl: `http://127.0.0.1:${port}/connect/token` }));
    expect(result.rows).toHaveLength(1);
    expect(result.rows[0]).toMatchObject({ method: 'basic-form', outcome: 'network-error', accepted: false });
    expect(result.verdict).toMatch(/could not be reached.*no credentials were checked/);
  });
});
