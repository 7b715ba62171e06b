import { describe, expect, it } from 'vitest';
import { makeZip, TEST_CLIENT_ID, TEST_CLIENT_SECRET } from '../services/zip-import/zip-test-support';
import { dispatch } from './dispatch';
import { openCredentialsZip } from './credentials-zip';
import type { Handlers } from './index';

// Only this channel's handler is needed; the rest of the map is never called here.
const handlers = { 'credentials:open-zip': openCredentialsZip } as unknown as Handlers;
const text = `client_id=${TEST_CLIENT_ID}\nclient_secret=${TEST_CLIENT_SECRET}\n`;

describe('credentials:open-zip', () => {
  it('asks for the password, then answers with the text as a paste would hold it', async () => {
    const data = Buffer.from(await makeZip([{ path: 'a/b/keys.env', text }], 'zipcrypto', 'pw-1')).toString('base64');
    expect(await dispatch(handlers, 'credentials:open-zip', { data })).toMatchObject({
      ok: true,
      value: { status: 'password-needed' },
    });
    expect(await dispatch(handlers, 'credentials:open-zip', { data, password: 'nope' })).toMatchObject({
      ok: true,
      value: { status: 'wrong-password' },
    });
    expect(await dispatch(handlers, 'credentials:open-zip', { data, password: 'pw-1' })).toEqual({
      ok: true,
      value: { status: 'found', text, source: 'a/b/keys.env', encryption: 'zipcrypto' },
    });
  });

  it.each([
    [{ data: '' }, 'Choose a zip file.'],
    [{ data: 'not base64!' }, 'The zip could not be read.'],
    [{ data: 'A'.repeat(960_004) }, 'The zip is larger than 700 KB'],
    [{ data: 'UEsF', password: 'x'.repeat(257) }, 'The password is too long'],
    [{ data: 'UEsF', extra: true }, ''],
  ])('refuses %# as INVALID_INPUT without echoing it', async (request, message) => {
    const result = await dispatch(handlers, 'credentials:open-zip', request);
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    if (!result.ok) expect(result.error.message).toContain(message);
  });
});
