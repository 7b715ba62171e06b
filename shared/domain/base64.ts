/**
 * Base64 decoding for shared/ (no Buffer, no atob here): standard and base64url alphabets, padding optional.
 * Returns undefined for text that is not Base64 at all; the caller reports what is unusual about it.
 */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

export function decodeBase64Bytes(text: string): number[] | undefined {
  const body = text.replace(/=+$/, '').replace(/-/g, '+').replace(/_/g, '/');
  if (body.length % 4 === 1) return undefined;
  const bytes: number[] = [];
  let buffer = 0;
  let bits = 0;
  for (const ch of body) {
    const value = ALPHABET.indexOf(ch);
    if (value < 0) return undefined;
    buffer = ((buffer << 6) | value) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes.push((buffer >> bits) & 0xff);
    }
  }
  return bytes;
}

/** Strict UTF-8: undefined for byte sequences that are not valid UTF-8 (decodeURIComponent rejects them). */
export function utf8FromBytes(bytes: readonly number[]): string | undefined {
  try {
    return decodeURIComponent(bytes.map((byte) => `%${byte.toString(16).padStart(2, '0')}`).join(''));
  } catch {
    return undefined;
  }
}

/** application/x-www-form-urlencoded decoding of one value: + is a space, %XX a UTF-8 byte. */
export function formDecode(value: string): string | undefined {
  try {
    return decodeURIComponent(value.replace(/\+/g, ' '));
  } catch {
    return undefined;
  }
}
