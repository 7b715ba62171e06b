import { describe, expect, it } from 'vitest';
import { basicAuthorization, formEncodeCredential } from './basic-auth';
import { scrubberFor, scrubDeep } from './known-secrets';

const SECRET = 'Mp7+Rx/Qk=%3D&Zt 9w:"Lb4"<é>';
const scrub = scrubberFor([{ value: SECRET, replacement: '<secret>' }]);
const jwtWith = (claims: object) =>
  `${Buffer.from('{"alg":"none"}').toString('base64url')}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.sig`;
const unicodeEscaped = [...SECRET].map((ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`).join('');

describe('scrubberFor', () => {
  it.each<[string, string]>([
    ['plain', SECRET],
    ['form-encoded', formEncodeCredential(SECRET)],
    ['URL-encoded', encodeURIComponent(SECRET)],
    ['JSON-escaped', JSON.stringify(SECRET)],
    ['JSON-escaped twice', JSON.stringify(JSON.stringify(SECRET))],
    ['HTML-escaped', SECRET.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')],
    ['hex, upper case', Buffer.from(SECRET).toString('hex').toUpperCase()],
    ['Basic form-encoded', basicAuthorization('client id', SECRET, 'form')],
    ['Basic raw', basicAuthorization('client-id', SECRET, 'raw')],
    ['Base64url of the raw pair', Buffer.from(`ab:${SECRET}`).toString('base64url')],
    ['percent-encoded Base64', encodeURIComponent(Buffer.from(`abc:${SECRET}`).toString('base64'))],
    ['inside a JWT payload', jwtWith({ sub: 'x', leaked: SECRET })],
  ])('hides the secret written %s', (_how, written) => {
    const text = `before ${written} after`;
    const scrubbed = scrub(text);
    expect(scrubbed).not.toBe(text);
    expect(scrubbed).toMatch(/^before .*<secret>.* after$/);
    for (const form of [SECRET, encodeURIComponent(SECRET), Buffer.from(SECRET).toString('base64').slice(2, -2)])
      expect(scrubbed).not.toContain(form);
  });

  it('hides \\u-escaped JSON (.NET style) and leaves other text alone', () => {
    expect(scrub(`{"a":"${unicodeEscaped}"}`)).toBe('{"a":"<secret>"}');
    expect(scrub('{"error":"invalid_client"}')).toBe('{"error":"invalid_client"}');
  });

  it('never matches inside its own replacement, and scrubs every string of a value', () => {
    const tricky = scrubberFor([{ value: 'secret', replacement: '<secret sha256:1…>' }]);
    expect(tricky('a secret b')).toBe('a <secret sha256:1…> b');
    expect(scrubDeep({ list: [SECRET, 3, null], nested: { text: `x${SECRET}` } }, scrub)).toEqual({
      list: ['<secret>', 3, null],
      nested: { text: 'x<secret>' },
    });
  });

  it('handles the longest secret a profile takes (4096 characters) in its plain, encoded and Base64 forms', () => {
    const long = `${'aZ+/'.repeat(1023)}é"`.slice(0, 4096);
    const scrubLong = scrubberFor([{ value: long, replacement: '<long>' }]);
    const text = [long, encodeURIComponent(long), JSON.stringify(long), basicAuthorization('id', long, 'form')].join(
      '\n',
    );
    expect(
      scrubLong(text)
        .split('\n')
        .map((line) => line.includes('<long>')),
    ).toEqual([true, true, true, true]);
    expect(scrubLong(text)).not.toContain(long.slice(0, 64));
  });
});
