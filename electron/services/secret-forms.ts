import { formEncodeCredential } from './basic-auth';
import { escapeRegExp } from '../../shared/domain/mask';

/**
 * Every way a credential can be written down by a server that received it: plain, form- and URL-encoded, HTML- and
 * JSON-escaped (also escaped up to three times, and with \u escapes), hex, and Base64/Base64url at every byte
 * alignment — which covers the Base64 of `id:secret` in both Basic encodings and a secret inside a JWT payload.
 */

/** Below this many bytes a value is too short for its Base64 fragments to mean anything on their own. */
const MIN_FRAGMENT_BYTES = 4;

const jsonEscape = (text: string): string => JSON.stringify(text).slice(1, -1);
const HTML_NAMED: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

function trimPadding(encoded: string): string {
  let end = encoded.length;
  while (end > 0 && encoded[end - 1] === '=') end--;
  return encoded.slice(0, end);
}

/** `bytes` after two zero bytes: the Base64 of a subarray starting at 2 - offset puts them `offset` bytes in. */
const withLead = (bytes: Buffer): Buffer => Buffer.concat([Buffer.alloc(2), bytes]);

/** The Base64 characters that depend only on `bytes`, when they start `offset` bytes into an encoded run. */
function base64Fragment(led: Buffer, offset: number, alphabet: 'base64' | 'base64url'): string {
  const length = led.length - 2;
  const encoded = trimPadding(led.subarray(2 - offset).toString(alphabet));
  const first = Math.ceil((offset * 8) / 6);
  const last = Math.floor(((offset + length) * 8) / 6);
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
/** The styles that write every character some other way, whatever it is. */
const ESCAPING_STYLES: readonly ((text: string) => string)[] = [
  (text) => unitEscapes(text, '\\u'),
  (text) => unitEscapes(text, '\\\\u'),
  percentEveryByte,
  (text) => codePointRefs(text, 10),
  (text) => codePointRefs(text, 16),
];
const STYLES: readonly ((text: string) => string)[] = [
  (text) => text,
  jsonEscape,
  (text) => jsonEscape(jsonEscape(text)),
  (text) => jsonEscape(jsonEscape(jsonEscape(text))),
  ...ESCAPING_STYLES,
  (text) => text.replaceAll(' ', '+'),
  (text) => text.replace(/[&<>"']/g, (ch) => HTML_NAMED[ch] ?? ch),
];

/** Every way one character may be written: each style applied to it. */
const characterForms = (ch: string): string[] => STYLES.map((style) => style(ch));

/** One pattern for the value however each of its characters was escaped, in any mix. */
export function textPattern(value: string): string {
  const alternatives = (ch: string) =>
    [...new Set(characterForms(ch))].sort((a, b) => b.length - a.length).map(escapeRegExp);
  return [...value].map((ch) => `(?:${alternatives(ch).join('|')})`).join('');
}

/** Makes one form of a value; a maker given the start of a value makes the start of its form (the scan relies on it). */
export type FormMaker = (value: string) => string;

const asIs: FormMaker = (text) => text;
/** How a body or a Basic pair may hold the value before hex or Base64 is applied to it. */
const WRITTEN: readonly FormMaker[] = [asIs, formEncodeCredential, encodeURIComponent, jsonEscape];
/** Characters every style and every WRITTEN way writes as themselves (the Base64url of a JWT signature is all of them). */
const WRITTEN_AS_IS = /^[A-Za-z0-9_-]*$/;

function base64Maker(
  written: FormMaker,
  offset: number,
  alphabet: 'base64' | 'base64url',
  percent: boolean,
): FormMaker {
  return (value) => {
    const bytes = Buffer.from(written(value), 'utf8');
    if (bytes.length < MIN_FRAGMENT_BYTES) return '';
    const fragment = base64Fragment(withLead(bytes), offset, alphabet);
    return percent ? encodeURIComponent(fragment) : fragment;
  };
}

/** Hex, and Base64 and Base64url at each of the three byte alignments (Base64 also percent-encoded), of each written way. */
const encodedMakers = (writtenWays: readonly FormMaker[]): FormMaker[] =>
  writtenWays.flatMap((written) => [
    (value: string) => Buffer.from(written(value), 'utf8').toString('hex'),
    ...[0, 1, 2].flatMap((offset) => [
      base64Maker(written, offset, 'base64', false),
      base64Maker(written, offset, 'base64', true),
      base64Maker(written, offset, 'base64url', false),
    ]),
  ]);
const ENCODED_MAKERS = encodedMakers(WRITTEN);
const ALL_MAKERS: readonly FormMaker[] = [formEncodeCredential, encodeURIComponent, ...STYLES, ...ENCODED_MAKERS];
// For a value of such characters the other makers repeat these: a JWT signature's forms are made for every new token.
const AS_IS_MAKERS: readonly FormMaker[] = [asIs, ...ESCAPING_STYLES, ...encodedMakers([asIs])];

/** Every maker of a form of `value` (one per way it can be written down; some may make the same string). */
export const formMakers = (value: string): readonly FormMaker[] =>
  WRITTEN_AS_IS.test(value) ? AS_IS_MAKERS : ALL_MAKERS;

/** The forms that are not character by character: hex and Base64 of the value as a Basic pair or a body holds it. */
export function encodedForms(value: string): string[] {
  const forms = ENCODED_MAKERS.map((make) => make(value));
  return [...new Set(forms.filter((form) => form.length > 0))].sort((a, b) => b.length - a.length);
}
