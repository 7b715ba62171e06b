import { describe, expect, it } from 'vitest';
import { basicAuthorization, fingerprintSecret, formEncodeCredential } from './basic-auth';
import { keyedDigestHex } from './fingerprint-key';

const decode = (header: string) => Buffer.from(header.replace(/^Basic /, ''), 'base64').toString('utf8');

describe('Basic client authentication', () => {
  it('form-encodes id and secret before joining them (RFC 6749 §2.3.1)', () => {
    expect(decode(basicAuthorization('my client', 'a+b/c=d%e&f:g', 'form'))).toBe(
      'my+client:a%2Bb%2Fc%3Dd%25e%26f%3Ag',
    );
  });

  it('sends them untouched in raw mode', () => {
    expect(decode(basicAuthorization('my client', 'a+b/c=d%e&f:g', 'raw'))).toBe('my client:a+b/c=d%e&f:g');
  });

  it('leaves the unreserved characters alone and encodes the ones encodeURIComponent skips', () => {
    expect(formEncodeCredential('AZaz09-._*')).toBe('AZaz09-._*');
    expect(formEncodeCredential("!'()~")).toBe('%21%27%28%29%7E');
    expect(formEncodeCredential('æ')).toBe('%C3%A6');
  });

  it('fingerprints a secret as 8 hex of the installation-keyed HMAC-SHA-256 plus its length', () => {
    expect(fingerprintSecret('secret')).toEqual({ fingerprint: keyedDigestHex('secret').slice(0, 8), length: 6 });
    expect(fingerprintSecret('secret').fingerprint).not.toBe('2bb80d53');
  });
});
