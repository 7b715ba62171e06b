import { parseCredentialBlock } from './credential-import';
import { inspectCredentialValue, type Anomaly } from './invisible-characters';

/**
 * Credentials hygiene at the door: what a paste into Client ID or Client secret brought along, judged before anything
 * is sent. A whole credentials block pasted into Client ID would otherwise travel as the client id, secret and all,
 * into findings, History and the HAR. Pure; problems never quote a value (any part could be the secret).
 */
export type BlockFormat = 'labelled' | 'json' | 'key-value' | 'two-lines' | 'one-line';

export interface SplitCredentials {
  clientId: string;
  clientSecret: string;
  format: BlockFormat;
}

const FORMAT_NAMES: Readonly<Record<BlockFormat, string>> = {
  labelled: '"client_id: … client_secret: …" lines',
  json: 'JSON',
  'key-value': 'key=value lines',
  'two-lines': 'two lines (id, then secret)',
  'one-line': '"client_id … client_secret …" on one line',
};

export const describeBlockFormat = (format: BlockFormat): string => FORMAT_NAMES[format];

const SECRET_WORD = /client[\s_-]?secret|\bsecret\s*["']?\s*[:=]/i;
const ONE_LINE =
  /client[\s_-]?id["']?\s*[:=]\s*["']?([^\s"',;]+)["']?[\s,;]+["']?client[\s_-]?secret["']?\s*[:=]\s*["']?([^\s"',;]+)["']?\s*$/i;

function formatOf(text: string): BlockFormat {
  if (/^[\s\uFEFF]*\{/.test(text)) return 'json';
  return /^\s*(export\s+)?[\w.-]+\s*=/m.test(text) && !/^\s*[\w .-]+\s*:/m.test(text) ? 'key-value' : 'labelled';
}

/** Two non-empty lines without names: a client id (no spaces) and then a secret. */
function twoLines(text: string): SplitCredentials | undefined {
  const rows = text
    .split(/\r\n|\r|\n/)
    .map((row) => row.trim())
    .filter((row) => row !== '');
  if (rows.length !== 2 || rows.some((row) => /[:=]\s/.test(row) || /\s/.test(row))) return undefined;
  const [clientId = '', clientSecret = ''] = rows;
  return { clientId, clientSecret, format: 'two-lines' };
}

/** A whole credentials block in what should be only a client id, split into its two values; undefined otherwise. */
export function splitCredentialsBlock(text: string): SplitCredentials | undefined {
  const oneLine = ONE_LINE.exec(text.trim());
  if (oneLine?.[1] && oneLine[2] && !/[\r\n]/.test(text.trim()))
    return { clientId: oneLine[1], clientSecret: oneLine[2], format: 'one-line' };
  if (/[:=]/.test(text) && (SECRET_WORD.test(text) || /^[\s\uFEFF]*\{/.test(text))) {
    const block = parseCredentialBlock(text);
    if (block.clientId !== undefined && block.clientSecret !== undefined) {
      return { clientId: block.clientId.trim(), clientSecret: block.clientSecret.trim(), format: formatOf(text) };
    }
  }
  return twoLines(text);
}

/** For main's check: the client id carries a client secret (a block, or the word with a value after it). */
export function clientIdHoldsSecret(clientId: string): boolean {
  return splitCredentialsBlock(clientId) !== undefined || SECRET_WORD.test(clientId);
}

export const CLIENT_ID_HOLDS_SECRET_MESSAGE =
  'Client ID holds a whole credentials block with a client secret in it. Put only the client id in Client ID and the secret in Client secret; nothing was sent.';

/** The characters a paste adds without showing (zero-width, NBSP, soft hyphen, control…), with positions only. */
const INVISIBLE_KINDS = new Set<Anomaly['kind']>([
  'zero-width',
  'non-breaking-space',
  'unusual-space',
  'invisible',
  'control',
]);

export interface FieldHygiene {
  /** "a zero-width space (U+200B) at position 12"; never the characters around it. */
  invisible: string[];
  /** The value with those characters removed, for a one-click fix. */
  cleaned: string;
}

export function invisibleCharacters(value: string): FieldHygiene {
  const inspected = inspectCredentialValue(value);
  const invisible = inspected.anomalies
    .filter((anomaly) => INVISIBLE_KINDS.has(anomaly.kind))
    .map((anomaly) => anomaly.description);
  return { invisible, cleaned: inspected.cleaned };
}

/**
 * True when RFC 6749 form-encoding leaves the id and the secret as they are (only A-Z a-z 0-9 - . _ *): then raw and
 * form-encoded Basic send the same bytes and "Copy as code" can be a plain curl -u.
 */
export function credentialsReadSameEitherWay(clientId: string, clientSecret: string): boolean {
  return /^[A-Za-z0-9._*-]*$/.test(clientId) && /^[A-Za-z0-9._*-]*$/.test(clientSecret);
}
