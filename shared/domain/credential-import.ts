import { inspectCredentialValue, type InspectedValue } from './invisible-characters';

/**
 * Reads the credentials integrators actually receive (an e-mail, a portal page, a .env file, a JSON download) into
 * a profile draft. Values are reported raw and with a cleaned suggestion; nothing is cleaned silently. Problems never
 * quote a pasted value: any line could hold a secret.
 */
export type ImportField = 'clientId' | 'clientSecret' | 'merchantVat' | 'name';

export interface ImportedField extends InspectedValue {
  field: ImportField;
}

export interface CredentialBlock {
  /** Raw values as pasted (only the formatting between name and value removed); see `fields` for suggestions. */
  clientId?: string;
  clientSecret?: string;
  merchantVat?: string;
  name?: string;
  environmentHint?: 'sandbox' | 'production';
  fields: ImportedField[];
  problems: string[];
}

export const MAX_CREDENTIAL_BLOCK_LENGTH = 100_000;

interface Pair {
  key: string;
  value: string | number | boolean | null;
  where: string;
}

const ALIASES: Readonly<Record<string, ImportField | 'environment'>> = {
  clientid: 'clientId',
  id: 'clientId',
  xibmclientid: 'clientId',
  clientsecret: 'clientSecret',
  secret: 'clientSecret',
  merchantvat: 'merchantVat',
  vat: 'merchantVat',
  vatnumber: 'merchantVat',
  merchantvatnumber: 'merchantVat',
  name: 'name',
  profilename: 'name',
  profile: 'name',
  environment: 'environment',
  env: 'environment',
};

const LABELS: Readonly<Record<ImportField | 'environment', string>> = {
  clientId: 'Client ID',
  clientSecret: 'Client secret',
  merchantVat: 'Merchant VAT',
  name: 'Name',
  environment: 'Environment',
};

/** Case, spaces, underscores, dashes, quotes and "(notes)" do not matter: "Client ID", client_id, "clientId" match. */
export function fieldForKey(key: string): ImportField | 'environment' | undefined {
  const normalized = key
    .replace(/\(.*?\)/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
  const direct = ALIASES[normalized];
  if (direct) return direct;
  if (normalized.endsWith('clientsecret')) return 'clientSecret';
  if (normalized.endsWith('clientid')) return 'clientId';
  if (normalized.endsWith('merchantvat')) return 'merchantVat';
  return undefined;
}

const looksLikeJson = (text: string) => /^[\s\uFEFF]*[{[]/.test(text);

function collectJsonPairs(value: unknown, path: string, pairs: Pair[], depth: number): void {
  if (depth > 4 || value === null || typeof value !== 'object') return;
  const entries = Array.isArray(value) ? value.map((item, i) => [String(i), item] as const) : Object.entries(value);
  for (const [key, item] of entries) {
    const where = path === '' ? key : `${path}.${key}`;
    if (item !== null && typeof item === 'object') collectJsonPairs(item, where, pairs, depth + 1);
    else if (!Array.isArray(value)) pairs.push({ key, value: item as Pair['value'], where: `JSON key "${where}"` });
  }
}

/** In JSON-ish text that failed to parse, `"value",` is JSON syntax around the value, not part of it. */
function unquoteJsonish(value: string): string {
  const match = /^"((?:[^"\\]|\\.)*)"[ \t]*,?[ \t]*$/.exec(value);
  if (!match) return value;
  try {
    return JSON.parse(`"${match[1] ?? ''}"`) as string;
  } catch {
    return value;
  }
}

function readLines(text: string, jsonish: boolean, problems: string[]): Pair[] {
  const pairs: Pair[] = [];
  const unread: number[] = [];
  text.split(/\r\n|\r|\n/).forEach((line, i) => {
    const body = line.replace(/^[\s\uFEFF]+/, '');
    if (body === '' || body.startsWith('#') || body.startsWith('//')) return;
    if (jsonish && /^[{}[\],\s]+$/.test(body)) return;
    const entry = body.replace(/^export\s+/i, '').replace(/^[-*•]+\s*/, '');
    const sep = entry.search(/[:=]/);
    if (sep <= 0 || sep > 80) {
      unread.push(i + 1);
      return;
    }
    const value = entry.slice(sep + 1).replace(/^[ \t]+/, '');
    pairs.push({ key: entry.slice(0, sep), value: jsonish ? unquoteJsonish(value) : value, where: `line ${i + 1}` });
  });
  if (unread.length > 0) {
    problems.push(
      `${plural(unread, 'Line')} ${unread.join(', ')} could not be read: no "name: value" or "name=value" on ${unread.length === 1 ? 'it' : 'them'}.`,
    );
  }
  return pairs;
}

const plural = (items: unknown[], word: string) => (items.length === 1 ? word : `${word}s`);

function readPairs(text: string, problems: string[]): Pair[] {
  if (!looksLikeJson(text)) return readLines(text, false, problems);
  try {
    const pairs: Pair[] = [];
    collectJsonPairs(JSON.parse(text.replace(/^\uFEFF/, '')), '', pairs, 0);
    return pairs;
  } catch {
    problems.push('The text looks like JSON but is not valid JSON, so it was read line by line.');
    return readLines(text, true, problems);
  }
}

function environmentFromText(value: string): CredentialBlock['environmentHint'] {
  if (/api\.sandbox\.mobilepay\.dk/i.test(value)) return 'sandbox';
  if (/api\.mobilepay\.dk/i.test(value)) return 'production';
  return undefined;
}

function environmentFromName(value: string): CredentialBlock['environmentHint'] {
  if (/prod|live/i.test(value)) return 'production';
  if (/sand|test|dev|stag|demo/i.test(value)) return 'sandbox';
  return environmentFromText(value);
}

export function parseCredentialBlock(text: string): CredentialBlock {
  if (text.length > MAX_CREDENTIAL_BLOCK_LENGTH) {
    return { fields: [], problems: ['The pasted text is too long to be a set of credentials.'] };
  }
  const result: CredentialBlock = { fields: [], problems: [] };
  const unknown: string[] = [];
  let urlHint: CredentialBlock['environmentHint'];
  for (const pair of readPairs(text, result.problems)) {
    const field = fieldForKey(pair.key);
    if (typeof pair.value === 'string') urlHint ??= environmentFromText(pair.value);
    if (field === undefined) unknown.push(pair.where);
    else acceptPair(result, field, pair);
  }
  result.environmentHint ??= urlHint;
  if (unknown.length > 0) {
    result.problems.push(
      `Not used (not a client ID, client secret, merchant VAT, name or environment): ${unknown.join(', ')}.`,
    );
  }
  if (result.clientId === undefined) result.problems.push('No client ID found. Add a line like "client_id: …".');
  if (result.clientSecret === undefined)
    result.problems.push('No client secret found. Add a line like "client_secret: …".');
  return result;
}

function acceptPair(result: CredentialBlock, field: ImportField | 'environment', pair: Pair): void {
  const label = LABELS[field];
  if (typeof pair.value === 'number') pair.value = String(pair.value);
  if (typeof pair.value !== 'string') {
    result.problems.push(`${label} (${pair.where}) is not text, so it was not used.`);
  } else if (pair.value.trim() === '') {
    result.problems.push(`${label} (${pair.where}) is empty.`);
  } else if (field === 'environment') {
    if (result.environmentHint !== undefined) return;
    result.environmentHint = environmentFromName(pair.value);
    if (result.environmentHint === undefined)
      result.problems.push(`The environment (${pair.where}) was not recognised; choose it after import.`);
  } else if (result[field] !== undefined) {
    result.problems.push(`${label} appears more than once (${pair.where}); the first one is used.`);
  } else {
    result[field] = pair.value;
    result.fields.push({ field, ...inspectCredentialValue(pair.value) });
  }
}
