import type { z } from 'zod';

/**
 * A zod issue as a sentence a support person can act on: "The token is too long: at most 20,000 characters."
 * Used as the parse's error map, so a message written in the schema still wins (zod asks the schema first).
 * It reads the issue's code, path and limits, and looks at the rejected input only to tell "missing" from "wrong":
 * the input may be a secret, so it is never put into the text.
 */
export function describeIssue(issue: z.core.$ZodRawIssue): string {
  const label = labelOf(issue.path ?? []);
  const missing = issue.input === undefined;
  switch (issue.code) {
    case 'too_big':
      return tooBig(label, issue.origin, issue.maximum, issue.inclusive ?? true, issue.exact === true);
    case 'too_small':
      return tooSmall(label, issue.origin, issue.minimum, issue.inclusive ?? true, issue.exact === true);
    case 'invalid_type':
      return missing ? `${label} is missing.` : `${label} ${EXPECTED[issue.expected] ?? 'has the wrong type'}.`;
    case 'invalid_value':
      return missing ? `${label} is missing.` : oneOf(label, issue.values);
    case 'unrecognized_keys':
      return unknownFields(label, issue.keys);
    case 'invalid_format':
      return issue.format === 'url' ? `${label} is not a valid URL.` : `${label} is not in the expected format.`;
    case 'not_multiple_of':
      return `${label} must be a multiple of ${issue.divisor}.`;
    case 'invalid_union':
      return missing ? `${label} is missing.` : `${label} is not one of the accepted values.`;
    default:
      return `${label} is not valid.`;
  }
}

/** Field names as the UI calls them; a field not listed here gets its name split into words. */
const LABELS: Readonly<Record<string, string>> = {
  environment: 'The environment',
  customTokenUrl: 'The token endpoint URL',
  profileId: 'The profile',
  clientId: 'The client ID',
  clientSecret: 'The client secret',
  candidate: 'The secret to compare',
  merchantVat: 'The merchant VAT number',
  defaultMerchantVat: 'The default merchant VAT number',
  merchants: 'The merchant list',
  basicEncoding: 'The Basic encoding',
  sendIbmClientId: 'Send x-ibm-client-id',
  timeoutMs: 'The timeout (ms)',
  attemptId: 'The attempt',
  token: 'The token',
  text: 'The pasted text',
  json: 'The backup file',
  faults: 'The fault settings',
  tokenLifetimeSeconds: 'Token lifetime (s)',
  clockSkewSeconds: 'Clock skew (s)',
  delayMs: 'Delay (ms)',
  serverError: 'Server error',
  dropConnection: 'Drop the connection',
  requireIbmClientId: 'Require x-ibm-client-id',
  basicDecoding: 'Basic decoding',
  clientSystemVersion: 'The client system version',
};

/** The innermost named field of the path (an array index says which item, not what it is); none = the request. */
function labelOf(path: readonly PropertyKey[]): string {
  const name = [...path].reverse().find((segment): segment is string => typeof segment === 'string');
  if (name === undefined) return 'The request';
  return LABELS[name] ?? `The ${name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase()}`;
}

const EXPECTED: Readonly<Record<string, string>> = {
  string: 'must be text',
  number: 'must be a number',
  int: 'must be a whole number',
  boolean: 'must be on or off (true or false)',
  object: 'must be a set of fields',
  array: 'must be a list',
  null: 'must be empty (null)',
};

/** Counts of characters and items read best with separators; bounds of a number field are shown as one types them. */
const count = (n: number | bigint) => n.toLocaleString('en-US');

function tooBig(label: string, origin: string, max: number | bigint, inclusive: boolean, exact: boolean): string {
  switch (origin) {
    case 'string':
      return exact
        ? `${label} must be exactly ${count(max)} characters.`
        : `${label} is too long: at most ${count(max)} characters.`;
    case 'array':
    case 'set':
      return `${label} has too many items: at most ${count(max)}.`;
    case 'number':
    case 'int':
    case 'bigint':
      return inclusive ? `${label} must be at most ${max}.` : `${label} must be less than ${max}.`;
    default:
      return `${label} is too large.`;
  }
}

function tooSmall(label: string, origin: string, min: number | bigint, inclusive: boolean, exact: boolean): string {
  switch (origin) {
    case 'string':
      if (exact) return `${label} must be exactly ${count(min)} characters.`;
      return Number(min) <= 1 ? `${label} is empty.` : `${label} is too short: at least ${count(min)} characters.`;
    case 'array':
    case 'set':
      return Number(min) <= 1 ? `${label} needs at least one item.` : `${label} needs at least ${count(min)} items.`;
    case 'number':
    case 'int':
    case 'bigint':
      return inclusive ? `${label} must be at least ${min}.` : `${label} must be more than ${min}.`;
    default:
      return `${label} is too small.`;
  }
}

/** The schema's own choices (environment ids, 'form'/'raw') are safe to list; a long list is not worth reading. */
function oneOf(label: string, values: readonly unknown[]): string {
  const listable =
    values.length > 0 &&
    values.length <= 8 &&
    values.every((value) => ['string', 'number', 'boolean'].includes(typeof value));
  if (!listable) return `${label} is not one of the accepted values.`;
  return values.length === 1
    ? `${label} must be ${String(values[0])}.`
    : `${label} must be one of: ${values.map(String).join(', ')}.`;
}

/**
 * Unknown field names come from the caller, not the schema: named only when every one looks like a field name
 * (letters, no digits), since a key could in principle carry a pasted value.
 */
function unknownFields(label: string, keys: readonly string[]): string {
  const what = `${label} has ${keys.length === 1 ? 'a field' : 'fields'} this version of the console does not know`;
  if (!keys.every((key) => /^[A-Za-z_]{1,32}$/.test(key))) return `${what}.`;
  const more = keys.length > 3 ? ` and ${keys.length - 3} more` : '';
  return `${what}: ${keys.slice(0, 3).join(', ')}${more}.`;
}
