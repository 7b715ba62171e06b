import { formEncodeCredential } from './basic-auth';

/**
 * Every way a credential can be written down by a server that received it: plain, form- and URL-encoded, HTML- and
 * JSON-escaped (also escaped up to three times, and with \u escapes), hex, and Base64/Base64url at every byte
 * alignment — which covers the Base64 of `id:secret` in both Basic encodings and a secret inside a JWT payload.
 */

/** Below this many bytes a value is too short for its Base64 fragments to mean anything on their own. */
const MIN_FRAGMENT_BYTES = 4;

const jsonEscape = (text: string): string => JSON.stringify(text).slice(1, -1);
export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const HTML_NAMED: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

function trimPadding(encoded: string): string {
  let end = encoded.length;
  while (end > 0 && encoded[end - 1] === '=') end--;
  return encoded.slice(0, end);
}

/** The Base64 characters that depend only on `bytes`, when they start `offset` bytes into an encoded run. */
function base64Fragment(bytes: Buffer, offset: number, alphabet: 'base64' | 'base64url'): string {
  const encoded = trimPadding(Buffer.concat([Buffer.alloc(offset), bytes]).toString(alphabet));
  const first = Math.ceil((offset * 8) / 6);
  const last = Math.floor(((offset + bytes.length) * 8) / 6);
  return encoded.slice(first, last);
}

// Lookup tables: these forms are made for every new token (a 342-character signature), so they are built by lookup.
const HEX = [...Array(256).keys()].map((byte) => byte.toString(16).padStart(2, '0'));
const PERCENT = HEX.map((hex) => `%${hex}`);
const LATIN_UNIT = HEX.map((hex) => `00${hex}`);

/** Each UTF-16 unit as `prefix` + 4 hex (the \u escapes). */
function unitEscapes(text: string, prefix: string): string {
  let out = '';
  for (let index = 0; index < text.length; index++) {
    const unit = text.charCodeAt(index);
    out += prefix + (unit < 256 ? LATIN_UNIT[unit] : `${HEX[unit >> 8]}${HEX[unit & 0xff]}`);
  }
  return out;
}

function codePointRefs(text: string, radix: 10 | 16): string {
  let out = '';
  for (const ch of text) out += `&#${radix === 16 ? 'x' : ''}${(ch.codePointAt(0) ?? 0).toString(radix)};`;
  return out;
}

function percentEveryByte(text: string): string {
  let out = '';
  for (const byte of Buffer.from(text, 'utf8')) out += PERCENT[byte];
  return out;
}

/**
 * The escape styles, each applied to every character alike (a whole string per style). The same styles per single
 * character make the per-character pattern of a short value, where each character may be escaped its own way.
 */
const STYLES: readonly ((text: string) => string)[] = [
  (text) => text,
  jsonEscape,
  (text) => jsonEscape(jsonEscape(text)),
  (text) => jsonEscape(jsonEscape(jsonEscape(text))),
  (text) => unitEscapes(text, '\\u'),
  (text) => unitEscapes(text, '\\\\u'),
  percentEveryByte,
  (text) => codePointRefs(text, 10),
  (text) => codePointRefs(text, 16),
  (text) => text.replaceAll(' ', '+'),
  (text) => text.replace(/[&<>"']/g, (ch) => HTML_NAMED[ch] ?? ch),
];

/** Every way one character may be written: each style applied to it. */
export const characterForms = (ch: string): string[] => STYLES.map((style) => style(ch));

/** One pattern for the value however each of its characters was escaped, in any mix. */
export function textPattern(value: string): string {
  const alternatives = (ch: string) => [...new Set(characterForms(ch))].sort((a, b) => b.length - a.length).map(escapeRegExp);
  return [...value].map((ch) => `(?:${alternatives(ch).join('|')})`).join('');
}

/** A long value's text forms as whole strings: each escape style applied to every character alike. */
export function wholeTextForms(value: string): string[] {
  return [formEncodeCredential(value), encodeURIComponent(value), ...STYLES.map((style) => style(value))];
}

/** Base64 and Base64url of `text` at each of the three byte alignments, plain and percent-encoded. */
function base64Forms(text: string): string[] {
  const bytes = Buffer.from(text, 'utf8');
  if (bytes.length < MIN_FRAGMENT_BYTES) return [];
  return (['base64', 'base64url'] as const).flatMap((alphabet) =>
    [0, 1, 2].flatMap((offset) => {
      const fragment = base64Fragment(bytes, offset, alphabet);
      return [fragment, encodeURIComponent(fragment)];
    }),
  );
}

/** The forms that are not character by character: hex and Base64 of the value as a Basic pair or a body holds it. */
export function encodedForms(value: string): string[] {
  const written = [...new Set([value, formEncodeCredential(value), encodeURIComponent(value), jsonEscape(value)])];
  const forms = written.flatMap((text) => [Buffer.from(text, 'utf8').toString('hex'), ...base64Forms(text)]);
  return [...new Set(forms.filter((form) => form.length > 0))].sort((a, b) => b.length - a.length);
}
