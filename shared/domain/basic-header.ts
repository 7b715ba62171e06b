import { decodeBase64Bytes, formDecode, utf8FromBytes } from './base64';
import { judgeBasicEncoding, type EncodingVerdict } from './basic-encoding-judge';
import { extractBasicInput } from './basic-header-input';
import { inspectCredentialValue } from './invisible-characters';
import type { SecretFingerprint } from './redaction';

/**
 * Reads an `Authorization: Basic …` value pasted from a customer's log and says what is in it and what is wrong
 * with it (DOMAIN.md §7). Pure: main turns the decoded secret into a fingerprint; the renderer only ever gets
 * the BasicHeaderReport.
 */
export interface ParsedBasicHeader {
  clientId?: string;
  /** Main-side only: never put this in anything that crosses IPC. */
  secret?: string;
  /** Every character is one form-encoding writes, and it has %XX escapes: it was form-encoded before Base64. */
  looksFormEncoded: boolean;
  /** Present when form-decoding changes the id or the secret. */
  formDecoded?: { clientId: string; secret: string };
  problems: string[];
  /** Form-encoded, raw, cannot tell, or the same either way, and why (judged by every character). */
  encoding?: { verdict: EncodingVerdict; reason: string };
  /** Where in the paste the credentials were found ("a curl -H option", "a log line"), when not the bare value. */
  source?: string;
}

/** What the renderer sees. */
export interface BasicHeaderReport {
  clientId?: string;
  secret?: SecretFingerprint;
  looksFormEncoded: boolean;
  formDecoded?: { clientIdChanged: boolean; secretFingerprint: string; secretLength: number };
  problems: string[];
  encoding?: { verdict: EncodingVerdict; reason: string };
  source?: string;
  matchesProfile?: { profileId: string; name: string; via: 'raw' | 'form-decoded' };
}

const PSEUDO_CODE =
  /base64\s*\(|base64encode|<\s*base64|\{\{|\$\{|\$\(|client[_-]?id\s*:\s*client[_-]?secret|<\s*client[_ -]?id|\[client/i;
const CHAR_NAMES: Record<string, string> = {
  ' ': 'a space',
  '\t': 'a tab',
  '\n': 'a line break',
  '\r': 'a carriage return',
};

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i += 1) {
    let diagonal = row[0] ?? 0;
    row[0] = i;
    for (let j = 1; j <= b.length; j += 1) {
      const above = row[j] ?? 0;
      row[j] = Math.min(above + 1, (row[j - 1] ?? 0) + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length] ?? 0;
}

/** Drops what a log or config file wraps the header value in: whitespace, `Authorization:`, quotes. */
function unwrap(text: string, problems: string[]): string {
  if (text !== text.trim())
    problems.push(
      'There is whitespace around the pasted value (ignored here); the header value itself must not have it.',
    );
  const value = text.trim().replace(/^authorization\s*[:=]\s*/i, '');
  const quoted = /^(["'`])(.*)\1$/s.exec(value);
  if (!quoted) return value;
  problems.push('The value is wrapped in quotes (ignored here); the header value itself must not have them.');
  return (quoted[2] ?? '').trim();
}

/** Checks the scheme in front of the credentials and returns the credentials, or undefined when there are none. */
function readScheme(value: string, problems: string[]): string | undefined {
  const match = /^(\S+)(\s+)(.*)$/s.exec(value);
  if (!match) {
    if (/^basic$/i.test(value)) {
      problems.push('The value is only the word "Basic": the credentials after it are missing.');
      return undefined;
    }
    if (/^Basic[A-Za-z0-9+/]/.test(value)) {
      problems.push('There is no space between "Basic" and the credentials.');
      return value.slice('Basic'.length);
    }
    problems.push(
      '"Basic " is missing in front of the credentials: the header must read "Authorization: Basic <Base64>".',
    );
    return value;
  }
  const [, scheme = '', gap, credentials = ''] = match;
  if (scheme === 'Basic') {
    if (gap !== ' ') problems.push('Use exactly one space between "Basic" and the credentials.');
    return credentials;
  }
  if (/^basic$/i.test(scheme)) {
    problems.push(
      `The scheme is written "${scheme}"; it is case-insensitive by the standard, but some gateways only accept "Basic".`,
    );
    return credentials;
  }
  if (/^bearer$/i.test(scheme)) {
    problems.push(
      'This is a Bearer header (an access token for the PoS API), not Basic client credentials for the token endpoint.',
    );
    return undefined;
  }
  if (/^[A-Za-z][A-Za-z-]{1,14}:?$/.test(scheme)) {
    const misspelt = editDistance(scheme.replace(/:$/, '').toLowerCase(), 'basic') <= 2;
    problems.push(
      `"${scheme}" is ${misspelt ? 'a misspelling of' : 'not'} the scheme "Basic": the server will not recognise the credentials.`,
    );
    return credentials;
  }
  problems.push(
    '"Basic " is missing in front of the credentials: the header must read "Authorization: Basic <Base64>".',
  );
  return value;
}

/** Takes the pasted text down to the Base64 credentials, noting each oddity on the way. */
function stripToCredentials(text: string, problems: string[]): string | undefined {
  const value = unwrap(text, problems);
  if (PSEUDO_CODE.test(value)) {
    problems.push(
      "This is the documentation's pseudo-code pasted literally: base64(client_id:client_secret) means joining the id and the " +
        'secret with a colon and Base64-encoding the result; the header must carry that result.',
    );
    return undefined;
  }
  return readScheme(value, problems);
}

/** Checks the Base64 text and decodes it, or explains why it cannot be decoded. */
function decodeCredentials(text: string, problems: string[]): string | undefined {
  const whitespace = /\s/.exec(text);
  if (whitespace) {
    problems.push(
      `The Base64 part contains ${CHAR_NAMES[whitespace[0]] ?? 'whitespace'} at position ${whitespace.index + 1}: tools such as base64 wrap ` +
        'long output; the header must be one line (base64 -w0).',
    );
  }
  const compact = text.replace(/\s+/g, '');
  if (compact === '') {
    problems.push('There are no credentials after the scheme.');
    return undefined;
  }
  const bad = /[^A-Za-z0-9+/=_-]/.exec(compact);
  if (bad) {
    const shown = /[\x21-\x7e]/.test(bad[0])
      ? `"${bad[0]}"`
      : `U+${(bad[0].codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
    problems.push(`This is not Base64: it contains ${shown} at position ${bad.index + 1}.`);
    return undefined;
  }
  if (/[-_]/.test(compact))
    problems.push('It uses the base64url alphabet (- and _) instead of standard Base64 (+ and /); servers reject it.');
  if (/=[^=]/.test(compact))
    problems.push('There is "=" padding in the middle: two Base64 values were probably joined.');
  const unpadded = compact.replace(/=+$/, '');
  const padding = compact.length - unpadded.length;
  if (unpadded.length % 4 === 1) {
    problems.push('The Base64 text has an impossible length: it was probably cut off.');
    return undefined;
  }
  const expectedPadding = (4 - (unpadded.length % 4)) % 4;
  if (padding === 0 && expectedPadding > 0)
    problems.push(`The "=" padding is missing (${expectedPadding} expected at the end); strict servers reject it.`);
  else if (padding !== expectedPadding)
    problems.push(`The "=" padding is wrong: ${padding} found, ${expectedPadding} expected.`);
  const bytes = decodeBase64Bytes(unpadded.replace(/=/g, ''));
  const decoded = bytes ? utf8FromBytes(bytes) : undefined;
  if (decoded === undefined)
    problems.push('The decoded bytes are not UTF-8 text: this is not Base64 of "client_id:client_secret".');
  return decoded;
}

function anomalyProblems(label: string, value: string): string[] {
  return inspectCredentialValue(value).anomalies.map((anomaly) => `${label} has ${anomaly.description}.`);
}

function formDecodedPair(
  clientId: string,
  secret: string,
  problems: string[],
): { clientId: string; secret: string } | undefined {
  if (!/[%+]/.test(clientId + secret)) return undefined;
  const id = formDecode(clientId);
  const decodedSecret = formDecode(secret);
  if (id === undefined || decodedSecret === undefined) {
    problems.push('A "%" is not followed by two hex digits, so the values cannot be form-decoded: they were sent raw.');
    return undefined;
  }
  return id === clientId && decodedSecret === secret ? undefined : { clientId: id, secret: decodedSecret };
}

/** The id and secret, read: problems with each, both readings, and the encoding judged by every character. */
function readPair(clientId: string, secret: string, problems: string[], source: string | undefined): ParsedBasicHeader {
  if (clientId === '') problems.push('The client id (before the colon) is empty.');
  if (secret === '') problems.push('The secret (after the colon) is empty.');
  problems.push(...anomalyProblems('The client id', clientId), ...anomalyProblems('The secret', secret));
  const formDecoded = formDecodedPair(clientId, secret, problems);
  const encoding = judgeBasicEncoding(clientId, secret, formDecoded !== undefined);
  if (encoding.problem) problems.push(encoding.problem);
  return {
    clientId,
    secret,
    looksFormEncoded: encoding.verdict === 'form-encoded',
    ...(formDecoded ? { formDecoded } : {}),
    problems,
    encoding: { verdict: encoding.verdict, reason: encoding.reason },
    ...(source ? { source } : {}),
  };
}

export function parseBasicHeader(text: string): ParsedBasicHeader {
  const problems: string[] = [];
  if (text.trim() === '')
    return { looksFormEncoded: false, problems: ['Nothing to decode: paste the Authorization header or its value.'] };
  const input = extractBasicInput(text);
  if (input.kind === 'problem') return { looksFormEncoded: false, problems: [input.problem] };
  if (input.kind === 'user') return readPair(input.clientId, input.secret, problems, input.source);
  const credentials = stripToCredentials(input.value, problems);
  const decoded = credentials === undefined ? undefined : decodeCredentials(credentials, problems);
  if (decoded === undefined)
    return { looksFormEncoded: false, problems, ...(input.source ? { source: input.source } : {}) };
  const colon = decoded.indexOf(':');
  if (colon < 0) {
    problems.push('The decoded text has no colon: Basic credentials are client_id:client_secret.');
    return { looksFormEncoded: false, problems };
  }
  return readPair(decoded.slice(0, colon), decoded.slice(colon + 1), problems, input.source);
}
