import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startOAuthServer, type Decoding, type LoopbackServer } from '../diagnosis/loopback-oauth-server';
import { basicAuthorization } from '../basic-auth';
import { decodeBasicHeader } from './basic-decoder';

/**
 * Issue 11 item 4 against servers: the decoder's verdict on a header agrees with what an independent OAuth server
 * that form-decodes, and one that reads raw, do with that very header.
 */
const ID = 'loopback-client';
const SECRETS = ['Mp7+Rx/Qk=%3D&Zt 9w:Lb4+Vn2/Hs', 'a b%41', 'x&y=%2F', 'plain-Secret_1.2*'];
const servers: Partial<Record<Decoding, LoopbackServer>> = {};

beforeAll(async () => {
  for (const decoding of ['form', 'raw'] as const)
    servers[decoding] = await startOAuthServer({
      clients: Object.fromEntries(SECRETS.map((s, i) => [`${ID}-${i}`, s])),
      decoding,
    });
});
afterAll(async () => {
  await Promise.all(Object.values(servers).map((server) => server?.close()));
});

async function accepted(decoding: Decoding, header: string): Promise<boolean> {
  const response = await fetch(servers[decoding]!.tokenUrl, {
    method: 'POST',
    headers: { Authorization: header, 'Content-Type': 'application/x-www-form-urlencoded' },
    body: 'grant_type=client_credentials',
  });
  await response.text();
  return response.status === 200;
}

describe('the decoder and real servers agree', () => {
  it.each(SECRETS.flatMap((secret, i) => (['form', 'raw'] as const).map((sent) => [secret, i, sent] as const)))(
    '%j sent %s',
    async (_secret, i, sent) => {
      const header = basicAuthorization(`${ID}-${i}`, SECRETS[i]!, sent);
      const report = await decodeBasicHeader(header);
      const form = await accepted('form', header);
      const raw = await accepted('raw', header);
      if (form && raw) {
        expect(report.formDecoded).toBeUndefined();
        expect(report.problems).toEqual([]);
        return;
      }
      // Exactly one kind of server accepts it: the report says which and never gives an all-clear.
      expect(form !== raw).toBe(true);
      expect(report.problems).toContainEqual(expect.stringMatching(/readings differ|reads it as a space/));
      expect(report.encoding?.verdict).toBe(form ? 'form-encoded' : 'raw');
    },
  );
});
