import { describe, expect, it } from 'vitest';
import { readCredentialsZip, ZipImportError, type ZipFailureReason } from './index';
import { makeZip, TEST_CLIENT_ID, TEST_CLIENT_SECRET } from './zip-test-support';

const PASSWORD = 'sms-password-4711';
const plainText = `client_id: ${TEST_CLIENT_ID}\nclient_secret: ${TEST_CLIENT_SECRET}\n`;

async function failureOf(promise: Promise<unknown>): Promise<{ reason: ZipFailureReason; message: string }> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ZipImportError) return { reason: error.reason, message: error.message };
    throw error;
  }
  throw new Error('expected the zip to be refused');
}

describe('readCredentialsZip', { timeout: 60_000 }, () => {
  it.each(['zipcrypto', 'aes'] as const)('opens a %s zip in memory with the right password', async (encryption) => {
    const zip = await makeZip([{ path: 'credentials.txt', text: plainText }], encryption);
    const found = await readCredentialsZip(zip, PASSWORD);
    expect(found).toMatchObject({ encryption, source: 'credentials.txt' });
    expect(found.block.clientId).toBe(TEST_CLIENT_ID);
    expect(found.block.clientSecret).toBe(TEST_CLIENT_SECRET);
  });

  it.each(['zipcrypto', 'aes'] as const)(
    'says a %s password is wrong, without the password or the contents',
    async (encryption) => {
      const zip = await makeZip([{ path: 'credentials.txt', text: plainText }], encryption);
      const failure = await failureOf(readCredentialsZip(zip, 'not-the-password'));
      expect(failure.reason).toBe('wrong-password');
      expect(failure.message).toMatch(/password does not open/);
      expect(failure.message).not.toContain('not-the-password');
      expect(failure.message).not.toContain(TEST_CLIENT_SECRET);
    },
  );

  it('calls every wrong ZipCrypto password wrong, also the ~1 in 256 that passes its one-byte check', async () => {
    const zip = await makeZip([{ path: 'credentials.txt', text: plainText }], 'zipcrypto');
    const reasons = new Set<string>();
    for (let i = 0; i < 600; i += 1) reasons.add((await failureOf(readCredentialsZip(zip, `wrong-${i}`))).reason);
    expect([...reasons]).toEqual(['wrong-password']);
  });

  it('asks for the password when none was given', async () => {
    const zip = await makeZip([{ path: 'credentials.txt', text: plainText }], 'aes');
    expect((await failureOf(readCredentialsZip(zip, undefined))).reason).toBe('password-needed');
  });

  it('finds JSON in nested folders next to other files', async () => {
    const json = JSON.stringify({
      integrator: { credentials: { clientId: TEST_CLIENT_ID, clientSecret: TEST_CLIENT_SECRET } },
    });
    const zip = await makeZip(
      [
        { path: 'MobilePay/README.txt', text: 'Welcome to MobilePay PoS.\nKeep this safe.' },
        { path: 'MobilePay/sandbox/keys/credentials.json', text: json },
        { path: 'MobilePay/onboarding.pdf', bytes: new Uint8Array([0x25, 0x50, 0x44, 0x46]) },
      ],
      'aes',
      PASSWORD,
    );
    const found = await readCredentialsZip(zip, PASSWORD);
    expect(found.source).toBe('MobilePay/sandbox/keys/credentials.json');
    expect(found.block.clientSecret).toBe(TEST_CLIENT_SECRET);
  });

  it('reads a short letter with the values after "is:" and on the next line', async () => {
    const letter = [
      'Dear integrator,',
      '',
      'Thank you for signing up. Your client ID is: ' + TEST_CLIENT_ID,
      'Your client secret',
      `    ${TEST_CLIENT_SECRET}`,
      '',
      'Kind regards, MobilePay Integrator Support',
    ].join('\n');
    const zip = await makeZip([{ path: 'Velkommen/letter.txt', text: letter }], 'zipcrypto');
    const found = await readCredentialsZip(zip, PASSWORD);
    expect(found.block.clientId).toBe(TEST_CLIENT_ID);
    expect(found.block.clientSecret).toBe(TEST_CLIENT_SECRET);
  });

  it('joins key=value files and one-value files named after the field', async () => {
    const zip = await makeZip(
      [
        { path: 'client_id.txt', text: `${TEST_CLIENT_ID}\n` },
        { path: 'client_secret.txt', text: TEST_CLIENT_SECRET },
      ],
      'aes',
    );
    const found = await readCredentialsZip(zip, PASSWORD);
    expect(found.block.clientId).toBe(TEST_CLIENT_ID);
    expect(found.source).toBe('client_id.txt, client_secret.txt');
  });

  it('keeps the same hygiene findings as a paste: a trailing space is reported, not silently dropped', async () => {
    const zip = await makeZip(
      [{ path: 'c.env', text: `CLIENT_ID=${TEST_CLIENT_ID}\nCLIENT_SECRET=${TEST_CLIENT_SECRET}\u200b\n` }],
      'aes',
    );
    const found = await readCredentialsZip(zip, PASSWORD);
    const secret = found.block.fields.find((field) => field.field === 'clientSecret');
    expect(secret?.anomalies.length).toBeGreaterThan(0);
    expect(secret?.cleaned).toBe(TEST_CLIENT_SECRET);
  });

  it('says when the zip holds no credentials, naming its files', async () => {
    const zip = await makeZip([{ path: 'docs/readme.txt', text: 'Nothing to see here.' }], 'aes');
    const failure = await failureOf(readCredentialsZip(zip, PASSWORD));
    expect(failure).toMatchObject({ reason: 'no-credentials' });
    expect(failure.message).toContain('docs/readme.txt');
  });

  it('calls a truncated or non-zip file damaged', async () => {
    const zip = await makeZip([{ path: 'credentials.txt', text: plainText }], 'aes');
    expect((await failureOf(readCredentialsZip(zip.slice(0, zip.length - 30), PASSWORD))).reason).toBe('damaged');
    expect((await failureOf(readCredentialsZip(new TextEncoder().encode('not a zip at all'), PASSWORD))).reason).toBe(
      'damaged',
    );
  });

  it('refuses a zip bomb by its declared size before inflating it', async () => {
    const zeros = new Uint8Array(40 * 1024 * 1024);
    const zip = await makeZip(
      [
        { path: 'credentials.txt', text: plainText },
        { path: 'padding.bin', bytes: zeros },
      ],
      'none',
    );
    expect(zip.length).toBeLessThan(1024 * 1024);
    const failure = await failureOf(readCredentialsZip(zip, undefined));
    expect(failure.reason).toBe('too-large');
    expect(failure.message).toMatch(/zip bomb/);
  });

  it('stops inflating a bomb whose headers lie about its size', async () => {
    const zip = await makeZip([{ path: 'credentials.txt', bytes: new Uint8Array(8 * 1024 * 1024) }], 'none');
    // The central directory's "uncompressed size" (offset 24 of each 0x02014b50 record) now claims 100 bytes.
    const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
    for (let at = 0; at + 28 <= zip.length; at += 1)
      if (view.getUint32(at, true) === 0x02014b50) view.setUint32(at + 24, 100, true);
    expect((await failureOf(readCredentialsZip(zip, undefined))).reason).toBe('too-large');
  });

  it('refuses a zip with thousands of entries', async () => {
    const files = Array.from({ length: 250 }, (_, i) => ({ path: `f/${i}.txt`, text: 'x' }));
    expect((await failureOf(readCredentialsZip(await makeZip(files, 'none'), undefined))).reason).toBe('too-large');
  });
});
