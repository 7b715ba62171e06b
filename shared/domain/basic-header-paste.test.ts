import { describe, expect, it } from 'vitest';
import { parseBasicHeader } from './basic-header';

/** Issue 11 item 4: judged by every character, never a false all-clear, and what customers actually paste. */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
/** Standard Base64 of UTF-8 (shared/ has neither Buffer nor btoa). */
function b64(text: string): string {
  const bytes = [...new TextEncoder().encode(text)];
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const [a = 0, b = 0, c = 0] = bytes.slice(i, i + 3);
    const n = (a << 16) | (b << 8) | c;
    const chars = [18, 12, 6, 0].map((shift) => ALPHABET[(n >> shift) & 63] ?? '');
    const kept = Math.min(4, Math.ceil(((bytes.length - i) * 4) / 3));
    out += chars.slice(0, kept).join('') + '='.repeat(4 - kept);
  }
  return out;
}
const ID = '0b7ebbc9-d801-4ba9-8bea-3953f4cae655';
const RESERVED = 'Mp7+Rx/Qk=%3D&Zt 9w:Lb4+Vn2/Hs';
const formEncode = (value: string) =>
  encodeURIComponent(value)
    .replace(/[!'()~]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`)
    .replace(/%20/g, '+');
const RAW = `Basic ${b64(`${ID}:${RESERVED}`)}`;
const FORM = `Basic ${b64(`${ID}:${formEncode(RESERVED)}`)}`;

describe('form or raw, by every character', () => {
  it.each([
    ['a raw secret with reserved characters and a %XX inside', RAW, 'raw', /holds a slash at position 7 of the secret/],
    ['the same secret form-encoded', FORM, 'form-encoded', /by every character/],
    ['raw with a space and %41', `Basic ${b64('demo:ab %41')}`, 'raw', /a space at position 3/],
    [
      'raw with a colon in the secret and a +',
      `Basic ${b64('demo:a:b+c')}`,
      'raw',
      /a colon at position 2 of the secret/,
    ],
    ['raw with & and =', `Basic ${b64('demo:x&y=%2F')}`, 'raw', /an ampersand/],
    ['raw with a non-ASCII letter and %20', `Basic ${b64('demo:æ%20')}`, 'raw', /U\+00E6/],
    ['only a +', `Basic ${b64('demo:ab+cd')}`, 'ambiguous', /Cannot tell/],
    ['form-encoded id with %40', `Basic ${b64('me%40shop:abc')}`, 'form-encoded', /by every character/],
  ])('%s', (_name, header, verdict, reason) => {
    const parsed = parseBasicHeader(header);
    expect(parsed.encoding?.verdict).toBe(verdict);
    expect(parsed.encoding?.reason).toMatch(reason);
    expect(parsed.looksFormEncoded).toBe(verdict === 'form-encoded');
    expect(parsed.problems.length).toBeGreaterThan(0);
  });

  it.each([
    ['a plain secret', `Basic ${b64('demo:abcDEF123-._*')}`],
    ['raw reserved characters that form-decoding leaves alone', `Basic ${b64('demo:a/b c:d&e=f')}`],
  ])('has no problem when both readings agree: %s', (_name, header) => {
    const parsed = parseBasicHeader(header);
    expect(parsed.formDecoded).toBeUndefined();
    expect(parsed.problems).toEqual([]);
  });

  it('never says "no problems" when the raw and form-decoded readings differ', () => {
    for (const header of [RAW, FORM, `Basic ${b64('demo:a%2Bb')}`, `Basic ${b64('demo:a b%2B')}`]) {
      const parsed = parseBasicHeader(header);
      expect(parsed.formDecoded).toBeDefined();
      expect(parsed.problems).toContainEqual(expect.stringMatching(/readings differ/));
    }
  });
});

describe('what customers paste', () => {
  it.each([
    [
      'a log line',
      `2024-03-01T10:00:00Z INFO http: POST /connect/token headers={Authorization: ${FORM}, Content-Type: x}`,
      'a log line',
    ],
    [
      'curl -H with double quotes',
      `curl -X POST https://api.sandbox.mobilepay.dk/x -H "Authorization: ${FORM}" -d grant_type=client_credentials`,
      'a curl -H option',
    ],
    ['curl -H with single quotes', `curl -s -H 'Authorization: ${FORM}' https://x`, 'a curl -H option'],
    ['a JSON member', `{"headers": {"Authorization": "${FORM}", "Accept": "application/json"}}`, 'a JSON member'],
    ['a JSON member alone', `"Authorization": "${FORM}",`, 'a JSON member'],
    [
      'an HTTP request dump',
      `POST /connect/token HTTP/1.1\r\nHost: x\r\nAuthorization: ${FORM}\r\nContent-Type: application/x-www-form-urlencoded\r\n\r\ngrant_type=client_credentials`,
      'an HTTP request dump',
    ],
  ])('%s', (_name, pasted, source) => {
    const parsed = parseBasicHeader(pasted);
    expect(parsed.source).toBe(source);
    expect(parsed.clientId).toBe(ID);
    expect(parsed.formDecoded?.secret).toBe(RESERVED);
    expect(parsed.encoding?.verdict).toBe('form-encoded');
  });

  it.each([
    ['curl -u with double quotes', `curl -u "${ID}:${RESERVED}" https://x`],
    ['curl --user=', `curl --user='${ID}:${RESERVED}' https://x`],
  ])('%s: the pair as typed, sent raw by curl', (_name, pasted) => {
    const parsed = parseBasicHeader(pasted);
    expect(parsed.clientId).toBe(ID);
    expect(parsed.secret).toBe(RESERVED);
    expect(parsed.source).toMatch(/curl -u .*raw/);
    expect(parsed.encoding?.verdict).toBe('raw');
  });

  it.each([
    ['curl -u without a secret', `curl -u ${ID} https://x`, /only a user name and no ":secret"/],
    [
      'curl -u with variables',
      'curl -u "$MOBILEPAY_CLIENT_ID:$MOBILEPAY_CLIENT_SECRET" https://x',
      /environment variables/,
    ],
    [
      'a request dump without Authorization',
      'POST /connect/token HTTP/1.1\nHost: x\nContent-Type: application/json\n\n{}',
      /2 header lines but no Authorization header/,
    ],
  ])('says what is wrong with %s', (_name, pasted, problem) => {
    const parsed = parseBasicHeader(pasted);
    expect(parsed.clientId).toBeUndefined();
    expect(parsed.problems).toEqual([expect.stringMatching(problem)]);
  });

  it('keeps the old checks for a header pasted on its own', () => {
    expect(parseBasicHeader(`  Authorization: ${FORM}\n`).problems).toContainEqual(
      expect.stringMatching(/whitespace around/),
    );
    expect(parseBasicHeader(`authorization: basic ${FORM.slice(6)}`).problems).toContainEqual(
      expect.stringMatching(/written "basic"/),
    );
  });
});
