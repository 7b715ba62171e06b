import { codePointLabel } from './character-classes';

/**
 * Was a decoded Basic pair form-encoded (RFC 6749 §2.3.1) or sent raw? Judged by every character, not by the first
 * %XX: form-encoding leaves only letters, digits and - . _ * (plus ~ ! ' ( ) from lenient encoders) and writes
 * everything else as %XX or + — so one raw space, colon, ampersand, equals sign or slash proves the pair was not
 * form-encoded, whatever escapes it also holds.
 */
export type EncodingVerdict = 'form-encoded' | 'raw' | 'ambiguous' | 'same';

export interface EncodingJudgement {
  verdict: EncodingVerdict;
  /** One sentence for the report's Encoding row. */
  reason: string;
  /** Set whenever the raw and the form-decoded readings differ: never "no problems" then. */
  problem?: string;
}

const LEFT_AS_IS = /[A-Za-z0-9\-._*~!'()]/;
const NAMES: Readonly<Record<string, string>> = {
  ' ': 'a space',
  ':': 'a colon',
  '&': 'an ampersand',
  '=': 'an equals sign',
  '/': 'a slash',
  '?': 'a question mark',
  '#': 'a hash',
  '@': 'an at sign',
  ',': 'a comma',
  ';': 'a semicolon',
  '"': 'a double quote',
};

function describe(ch: string): string {
  return NAMES[ch] ?? (/[\x21-\x7e]/.test(ch) ? `"${ch}"` : `the character ${codePointLabel(ch.codePointAt(0) ?? 0)}`);
}

/** The first character form-encoding would have escaped, as "a colon at position 7 of the secret". */
function firstRawReserved(clientId: string, secret: string): string | undefined {
  const parts: [string, string][] = [
    ['client id', clientId],
    ['secret', secret],
  ];
  for (const [label, value] of parts) {
    for (let i = 0; i < value.length; i += 1) {
      const ch = value[i] ?? '';
      if (ch === '+' || LEFT_AS_IS.test(ch)) continue;
      if (ch === '%' && /^[0-9A-Fa-f]{2}$/.test(value.slice(i + 1, i + 3))) continue;
      return `${describe(ch)} at position ${i + 1} of the ${label}`;
    }
  }
  return undefined;
}

const DIFFER =
  'The raw and the form-decoded readings differ (both fingerprints are above): a server that form-decodes Basic credentials ' +
  '(RFC 6749, IdentityServer) and one that reads them raw compare different secrets, so this header works with only one kind.';

export function judgeBasicEncoding(clientId: string, secret: string, readingsDiffer: boolean): EncodingJudgement {
  const joined = clientId + secret;
  const raw = firstRawReserved(clientId, secret);
  if (raw) {
    return {
      verdict: 'raw',
      reason: `Sent raw: it holds ${raw}, which form-encoding would have written as %XX.${readingsDiffer ? ' Its % and + are then part of the values themselves.' : ''}`,
      ...(readingsDiffer
        ? { problem: `${DIFFER} This one was sent raw, so a form-decoding server reads it wrong.` }
        : {}),
    };
  }
  if (/%[0-9A-Fa-f]{2}/.test(joined)) {
    return {
      verdict: 'form-encoded',
      reason:
        'Form-encoded, by every character: only characters form-encoding leaves as they are, and %XX escapes. (A raw secret that itself holds %XX would look the same.)',
      problem: `${DIFFER} This one looks form-encoded, so a server that reads raw refuses it.`,
    };
  }
  if (joined.includes('+')) {
    return {
      verdict: 'ambiguous',
      reason: 'Cannot tell: a "+" is a form-encoded space or a raw plus, and nothing else in it decides.',
      problem:
        'The secret contains "+": a server that form-decodes Basic credentials (RFC 6749, IdentityServer) reads it as a space, one that reads raw as a plus.',
    };
  }
  return { verdict: 'same', reason: 'Either way: nothing in it reads differently form-decoded.' };
}
