import { lazyForms, literalScanner, type Span } from './literal-scan';
import { compiledCredential } from './scrubber-cache';
import { escapeRegExp } from '../../shared/domain/mask';
import { encodedForms, formMakers, textPattern } from './secret-forms';

/**
 * Redaction that knows the secret. Shape rules (JWT signatures, credential-named JSON members) cannot tell an
 * echoed client secret from any other text; main, which sent it, can. A scrubber replaces every way the secret
 * and the Basic value built from it can be written down (secret-forms.ts). Each character of a short value may be
 * escaped its own way (a serializer that escapes only `+` and non-ASCII as \u, say), so a short value is one
 * pattern per character; a long one is matched by its whole-string forms (literal-scan.ts).
 */
export type Scrub = (text: string) => string;

export interface KnownCredential {
  /** The exact value: a client secret, or a token main holds. */
  value: string;
  /** What replaces it, e.g. `<secret sha256:…, 43 chars>`. */
  replacement: string;
}

const UNCHECKED = '<hidden: this text could not be checked for the secret>';

/** Up to this length a value gets one pattern with every character's escapes; a longer one its whole-string forms. */
const MAX_PATTERN_CHARS = 256;

/** Thrown instead of the engine's error, whose message would quote the pattern, that is the secret. */
class UncheckableText extends Error {}

/** A short value's pattern (case-insensitive: hex and percent-escapes come in both cases), or undefined if too big. */
function compilePattern(value: string): RegExp | undefined {
  try {
    return new RegExp([...encodedForms(value).map(escapeRegExp), textPattern(value)].join('|'), 'giu');
  } catch {
    return undefined;
  }
}

function patternSpans(pattern: RegExp | undefined, replacement: string, text: string): Span[] {
  if (!pattern) throw new UncheckableText();
  const spans: Span[] = [];
  pattern.lastIndex = 0;
  try {
    // From one past each match's start, so a match that overlaps it (and reaches further) is found too.
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      spans.push({ start: match.index, end: match.index + match[0].length, replacement });
      pattern.lastIndex = match.index + 1;
    }
  } catch {
    throw new UncheckableText();
  }
  return spans;
}

/** Overlapping or nested spans become one (the first one's replacement): no piece of either stays visible. */
function mergeSpans(spans: Span[]): Span[] {
  const sorted = spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Span[] = [];
  for (const span of sorted) {
    const last = merged[merged.length - 1];
    if (last && span.start < last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  return merged;
}

function replaceSpans(text: string, spans: readonly Span[]): string {
  let out = '';
  let from = 0;
  for (const { start, end, replacement } of spans) {
    out += text.slice(from, start) + replacement;
    from = end;
  }
  return out + text.slice(from);
}

const isLong = (value: string): boolean => [...value].length > MAX_PATTERN_CHARS;

/**
 * The scrubber for the credentials main knows. Every credential's matches are found in the original text and
 * replaced in one pass, so a replacement is never matched again. What a credential compiles to is cached
 * (scrubber-cache.ts): the client secret is the same on every attempt, and only the new token is compiled.
 */
export function scrubberFor(credentials: readonly KnownCredential[]): Scrub {
  const known = credentials.filter((credential) => credential.value !== '');
  if (known.length === 0) return (text) => text;
  const patterns = known
    .filter(({ value }) => !isLong(value))
    .map(({ value, replacement }) => ({
      pattern: compiledCredential('pattern', value, () => compilePattern(value)),
      replacement,
    }));
  const literals = known
    .filter(({ value }) => isLong(value))
    .map(({ value, replacement }) => ({
      ...compiledCredential('forms', value, () => lazyForms(value, formMakers(value))),
      replacement,
    }));
  const scanner = literals.length > 0 ? literalScanner(literals) : undefined;
  return (text) => {
    try {
      const spans = patterns.flatMap(({ pattern, replacement }) => patternSpans(pattern, replacement, text));
      if (scanner) spans.push(...scanner.scan(text));
      return spans.length === 0 ? text : replaceSpans(text, mergeSpans(spans));
    } catch {
      // Fail closed: text that could not be checked for the secret is not shown at all.
      return UNCHECKED;
    }
  };
}

/** Every string in a plain-data value scrubbed: captured exchanges, findings, token views alike. */
export function scrubDeep<T>(value: T, scrub: Scrub): T {
  if (typeof value === 'string') return scrub(value) as T;
  if (Array.isArray(value)) return value.map((item: unknown) => scrubDeep(item, scrub)) as T;
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, scrubDeep(item, scrub)])) as T;
}
