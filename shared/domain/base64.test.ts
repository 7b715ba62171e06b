import { describe, expect, it } from 'vitest';
import { decodeBase64Bytes, formDecode, utf8FromBytes } from './base64';

const text = (b64: string) => {
  const bytes = decodeBase64Bytes(b64);
  return bytes && utf8FromBytes(bytes);
};

describe('decodeBase64Bytes', () => {
  it.each([
    ['', ''],
    ['Zg==', 'f'],
    ['Zm8=', 'fo'],
    ['Zm9v', 'foo'],
    ['Zm9vYg', 'foob'],
    ['ZGVtby1pbnRlZ3JhdG9yOnNlY3JldA==', 'demo-integrator:secret'],
    ['w6bDuMOl', 'æøå'],
  ])('%s → %s', (b64, expected) => {
    expect(text(b64)).toBe(expected);
  });

  it('reads both alphabets', () => {
    expect(decodeBase64Bytes('-_-_')).toEqual(decodeBase64Bytes('+/+/'));
    expect(decodeBase64Bytes('+/+/')).toEqual([0xfb, 0xff, 0xbf]);
  });

  it.each(['a', 'abcde', '!!!!', 'ab cd'])('rejects %j', (b64) => {
    expect(decodeBase64Bytes(b64)).toBeUndefined();
  });
});

describe('utf8FromBytes and formDecode', () => {
  it('rejects bytes that are not UTF-8', () => {
    expect(utf8FromBytes([0xff, 0xfe])).toBeUndefined();
    expect(utf8FromBytes([0xc3, 0xa6])).toBe('æ');
  });

  it('form-decodes + and %XX, and refuses a stray %', () => {
    expect(formDecode('Mp7%2BRx%2FQk%3D%253D%26Zt+9w%3ALb4')).toBe('Mp7+Rx/Qk=%3D&Zt 9w:Lb4');
    expect(formDecode('50%')).toBeUndefined();
  });
});
