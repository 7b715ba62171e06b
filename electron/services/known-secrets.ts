import { formEncodeCredential } from './basic-auth';

/**
 * Redaction that knows the secret. Shape rules (JWT signatures, credential-named JSON members) cannot tell an
 * echoed client secret from any other text; main, which sent it, can. A scrubber replaces every way the secret
 * and the Basic value built from it can be written down: plain, form- and URL-encoded, HTML- and JSON-escaped (also
 * escaped up to three times, and with \u escapes), hex, and Base64/Base64url at every byte alignment — which
 * covers the Base64 of `id:secret` in both Basic encodings and a secret inside a JWT payload. Each character may be
 * escaped its own way (a serializer that escapes only `+` and non-ASCII as \u, say), so the text forms are one
 * pattern per character rather than a list of whole strings.
 */
export type Scrub = (text: string) => string;

export interface KnownCredential {
  /** The exact value: a client secret, or a token main holds. */
  value: string;
  /** What replaces it, e.g. `<secret sha256:…, 43 chars>`. */
  replacement: string;
}

/** Below this many bytes a value is too short for its Base64 fragments to mean anything on their own. */
const MIN_FRAGMENT_BYTES = 4;
const UNCHECKED = '<hidden: this text could not be checked for the secret>';

/** The Base64 characters that depend only on `bytes`, when they start `offset` bytes into an encoded run. */
function base64Fragment(bytes: Buffer, offset: number, alphabet: 'base64' | 'base64url'): string {
  const encoded = Buffer.concat([Buffer.alloc(offset), bytes]).toString(alphabet).replace(/=+$/, '');
  const first = Math.ceil((offset * 8) / 6);
  const last = Math.floor(((offset + bytes.length) * 8) / 6);
  return encoded.slice(first, last);
}

const jsonEscape = (text: string): string => JSON.stringify(text).slice(1, -1);
const hex4 = (unit: number): string => unit.toString(16).padStart(4, '0');
const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const HTML_NAMED: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/**
 * Every way one character may be written in text a server builds from the secret: as itself, JSON-escaped (up to
 * three levels deep), as \u escapes, percent-encoded (space also as +), HTML named or numeric references.
 */
function characterForms(ch: string): string[] {
  const units = [...Array(ch.length).keys()].map((index) => ch.charCodeAt(index));
  const percent = [...Buffer.from(ch, 'utf8')].map((byte) => `%${byte.toString(16).padStart(2, '0')}`).join('');
  const codePoint = ch.codePointAt(0) ?? 0;
  // A fixed order of styles (not by length): wholeTextForms applies one style to every character.
  return [
    ch,
    jsonEscape(ch),
    jsonEscape(jsonEscape(ch)),
    jsonEscape(jsonEscape(jsonEscape(ch))),
    units.map((unit) => `\\u${hex4(unit)}`).join(''),
    units.map((unit) => `\\\\u${hex4(unit)}`).join(''),
    percent,
    `&#${codePoint};`,
    `&#x${codePoint.toString(16)};`,
    ch === ' ' ? '+' : ch,
    HTML_NAMED[ch] ?? ch,
  ];
}

/** Up to this length a value gets one pattern with every character's escapes; a longer one its whole-string forms. */
const MAX_PATTERN_CHARS = 256;

/** One pattern for the secret however each of its characters was escaped, in any mix. */
function textPattern(value: string): string {
  const alternatives = (ch: string) => [...new Set(characterForms(ch))].sort((a, b) => b.length - a.length).map(escapeRegExp);
  return [...value].map((ch) => `(?:${alternatives(ch).join('|')})`).join('');
}

/** A long value's forms as whole strings: each escape style applied to every character alike. */
function wholeTextForms(value: string): string[] {
  // Each character's forms once (not once per style): a 342-character JWT signature made this 40,000 calls.
  const perChar = [...value].map((ch) => ({ ch, forms: characterForms(ch) }));
  const styles = characterForms(' ').map((_style, index) => perChar.map(({ ch, forms }) => forms[index] ?? ch).join(''));
  return [value, formEncodeCredential(value), encodeURIComponent(value), ...styles];
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

/** The forms that are not character by character: hex and Base64 of the secret as a Basic pair or a body holds it. */
function encodedForms(value: string): string[] {
  const written = [value, formEncodeCredential(value), encodeURIComponent(value), jsonEscape(value)];
  const forms = written.flatMap((text) => [Buffer.from(text, 'utf8').toString('hex'), ...base64Forms(text)]);
  return [...new Set(forms.filter((form) => form.length > 0))].sort((a, b) => b.length - a.length);
}

/** Plain string replacement, longest form first: for values too long for one pattern (regex engines overflow). */
function literalScrub(credentials: readonly KnownCredential[]): Scrub {
  const forms = credentials
    .flatMap(({ value, replacement }) => [...wholeTextForms(value), ...encodedForms(value)].map((form) => ({ form, replacement })))
    .flatMap((entry) => [entry, { ...entry, form: entry.form.toLowerCase() }, { ...entry, form: entry.form.toUpperCase() }])
    .filter((entry) => entry.form !== '');
  // The first entry of each form wins (as before), found in one pass instead of a search per entry.
  const first = new Map<string, (typeof forms)[number]>();
  for (const entry of forms) if (!first.has(entry.form)) first.set(entry.form, entry);
  const unique = [...first.values()].sort((a, b) => b.form.length - a.form.length);
  return (text) => unique.reduce((out, { form, replacement }) => out.split(form).join(replacement), text);
}

/**
 * One pass over the text for all credentials (so a replacement is never matched again), case-insensitive (hex and
 * percent-escapes come in both cases; a look-alike in another case is hidden too, which costs nothing).
 */
function patternScrub(credentials: readonly KnownCredential[]): Scrub {
  if (credentials.length === 0) return (text) => text;
  const groups = credentials.map((credential) => `(${[...encodedForms(credential.value).map(escapeRegExp), textPattern(credential.value)].join('|')})`);
  let pattern: RegExp;
  try {
    pattern = new RegExp(groups.join('|'), 'giu');
  } catch {
    // The message of this error would quote the pattern, that is the secret: fail closed instead.
    return () => UNCHECKED;
  }
  return (text) => {
    try {
      return text.replace(pattern, (...match: unknown[]) => {
        const index = match.slice(1, credentials.length + 1).findIndex((group) => group !== undefined);
        return credentials[index]?.replacement ?? '<redacted>';
      });
    } catch {
      // Fail closed: text that could not be checked for the secret is not shown at all.
      return UNCHECKED;
    }
  };
}

/** The scrubber for the credentials main knows; long ones (over 256 characters) are matched as whole strings. */
export function scrubberFor(credentials: readonly KnownCredential[]): Scrub {
  const known = credentials.filter((credential) => credential.value !== '');
  const short = patternScrub(known.filter((credential) => [...credential.value].length <= MAX_PATTERN_CHARS));
  const long = known.filter((credential) => [...credential.value].length > MAX_PATTERN_CHARS);
  if (long.length === 0) return short;
  const literal = literalScrub(long);
  return (text) => short(literal(text));
}

/** Every string in a plain-data value scrubbed: captured exchanges, findings, token views alike. */
export function scrubDeep<T>(value: T, scrub: Scrub): T {
  if (typeof value === 'string') return scrub(value) as T;
  if (Array.isArray(value)) return value.map((item: unknown) => scrubDeep(item, scrub)) as T;
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, scrubDeep(item, scrub)])) as T;
}
