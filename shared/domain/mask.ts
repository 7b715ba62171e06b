/**
 * Presentation mode's masks: partial, so an audience still sees which value is meant, never the whole of it.
 * Pure functions; the context (presentation-context.tsx) applies them only while presentation mode is on.
 */
export type MaskKind = 'clientId' | 'secret' | 'token' | 'vat' | 'fingerprint';

export interface KnownValue {
  kind: MaskKind;
  value: string;
}

export const MASK_CHAR = '•';
const RUN = MASK_CHAR.repeat(6);
const SECRET_MASK = MASK_CHAR.repeat(8);
const ELLIPSIS = '…';

/** What maskValue produces, per kind: recognised so masking twice changes nothing (each shows ≤ 10 characters). */
const ALREADY_MASKED: Record<MaskKind, RegExp> = {
  clientId: /^[^•]{0,4}•{6}[^•]{0,3}$/,
  vat: /^(?:(?:DK|FI)-?•{6}\d{0,2}|[^•]{0,4}•{6}[^•]{0,3})$/i,
  token: /^[^…]{0,10}…$/,
  secret: /^•{8}$/,
  fingerprint: /^[^•]{0,2}•{6}$/,
};

const VAT_SHAPE = /^(DK|FI)(-?)(\d{8})$/i;

/** Keeps at most `maxLead` leading and `maxTrail` trailing characters, and never more than half of a short value. */
function keepEnds(value: string, maxLead: number, maxTrail: number): string {
  const chars = [...value];
  const lead = Math.min(maxLead, Math.floor(chars.length * 0.3));
  const trail = Math.min(maxTrail, Math.floor(chars.length * 0.2));
  return `${chars.slice(0, lead).join('')}${RUN}${trail > 0 ? chars.slice(chars.length - trail).join('') : ''}`;
}

function maskVat(value: string): string {
  const match = VAT_SHAPE.exec(value);
  if (!match) return keepEnds(value, 4, 3);
  const [, country = '', dash = '', digits = ''] = match;
  return `${country}${dash}${RUN}${digits.slice(-2)}`;
}

function maskToken(value: string): string {
  const chars = [...value];
  return `${chars.slice(0, Math.min(10, Math.floor(chars.length / 3))).join('')}${ELLIPSIS}`;
}

/**
 * One value, partially masked: a client id keeps ≤ 4 leading and ≤ 3 trailing characters (`demo••••••tor`),
 * a VAT its country and last two digits (`DK••••••28`), a token its first 10 characters (`eyJhbGciOi…`),
 * a fingerprint its first two; a secret shows nothing. Masking a masked value returns it unchanged.
 */
export function maskValue(kind: MaskKind, value: string): string {
  if (value === '' || ALREADY_MASKED[kind].test(value)) return value;
  switch (kind) {
    case 'clientId':
      return keepEnds(value, 4, 3);
    case 'vat':
      return maskVat(value.trim());
    case 'token':
      return maskToken(value);
    case 'secret':
      return SECRET_MASK;
    case 'fingerprint':
      return `${[...value].slice(0, Math.min(2, Math.floor(value.length / 4))).join('')}${RUN}`;
  }
}

/** `text` as a regular expression that matches exactly it. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Shorter values would mask ordinary words; a real client id or VAT is longer. */
const MIN_KNOWN_LENGTH = 4;

function maskKnown(text: string, known: readonly KnownValue[]): string {
  const variants = known
    .flatMap(({ kind, value }) => [value, encodeURIComponent(value)].map((variant) => ({ kind, variant, value })))
    .filter(({ variant }) => variant.length >= MIN_KNOWN_LENGTH)
    .sort((a, b) => b.variant.length - a.variant.length);
  let result = text;
  for (const { kind, variant, value } of variants) {
    if (result.includes(variant))
      result = result.replace(new RegExp(escapeRegExp(variant), 'g'), maskValue(kind, value));
  }
  return result;
}

type Replacer = (match: string, ...groups: string[]) => string;

/** Shapes masked wherever they appear, known or not. Each pattern also matches its own mask, which it leaves alone. */
const PATTERNS: [RegExp, Replacer][] = [
  // A JWT: its header is base64url JSON, so it starts with "{" encoded — eyJ ({"), eyA ({ ), ewo ({\n) and the like.
  [
    /(?<![A-Za-z0-9_-])e[wy][A-Za-z0-9_-]*\.[A-Za-z0-9_-]*(?:\.(?:<signature hidden>|[A-Za-z0-9_-]*))?/g,
    (match) => maskValue('token', match),
  ],
  // Credentials after an auth scheme: a real Basic value or an opaque bearer token (redacted ones start with "<";
  // a digit or + / = tells a credential from a word such as "Basic authentication").
  [
    /\b(Basic|Bearer)( +)((?=[A-Za-z0-9+/=._~-]*[0-9+/=])[A-Za-z0-9+/=._~-]{8,}…?)/g,
    (_m, scheme = '', space = '', value = '') => `${scheme}${space}${maskValue('token', value)}`,
  ],
  [/(?<![A-Za-z0-9])(?:DK|FI)-?\d{8}(?!\d)/gi, (match) => maskValue('vat', match)],
  [/(sha256:)([0-9a-f]{8})/gi, (_m, prefix = '', hex = '') => `${prefix}${maskValue('fingerprint', hex)}`],
  [
    /("client_id"\s*:\s*")([^"\\]+)(")/g,
    (_m, open = '', value = '', close = '') => `${open}${maskValue('clientId', value)}${close}`,
  ],
  [/(\bclient_id=)([^&\s"<]+)/g, (_m, key = '', value = '') => `${key}${maskValue('clientId', value)}`],
  [/(x-ibm-client-id:[ \t]*)([^\s<]+)/gi, (_m, key = '', value = '') => `${key}${maskValue('clientId', value)}`],
  // The same header as a HAR entry, and the client id main writes next to a redacted Basic secret.
  [
    /("name"\s*:\s*"x-ibm-client-id"\s*,\s*"value"\s*:\s*")([^"\\]+)(")/gi,
    (_m, open = '', value = '', close = '') => `${open}${maskValue('clientId', value)}${close}`,
  ],
  [/(\(client id )([^,)]+)/g, (_m, key = '', value = '') => `${key}${maskValue('clientId', value)}`],
  [
    /("client_secret"\s*:\s*")([^"\\<]+)(")/g,
    (_m, open = '', value = '', close = '') => `${open}${maskValue('secret', value)}${close}`,
  ],
  [/(\bclient_secret=)([^&\s"<]+)/g, (_m, key = '', value = '') => `${key}${maskValue('secret', value)}`],
];

/**
 * Free text (raw exchanges, code, copied or exported text) with every known value masked, and every JWT, VAT
 * number, secret fingerprint, client_id / client_secret field and credential after Basic/Bearer masked by shape.
 */
export function maskText(text: string, known: readonly KnownValue[] = []): string {
  let result = maskKnown(text, known);
  for (const [pattern, replace] of PATTERNS)
    result = result.replace(pattern, replace as (match: string, ...rest: unknown[]) => string);
  return result;
}
