import type { FormMaker } from './secret-forms';

/**
 * The forms of credentials too long for one regular expression (a 342-character JWT signature, a 4096-character
 * secret), found case-insensitively in one pass over a text. A form is made whole only where its start stands in
 * the text: a new token's forms cost a few short strings until the text holds one. Each form is indexed by its
 * first two characters; folding keeps every character's position, so a match in the folded text is the same
 * span of the original.
 */

/** A found occurrence: [start, end) in the text, and what replaces it. */
export interface Span {
  start: number;
  end: number;
  replacement: string;
}

/** One form of a value: its folded start, and the whole (folded) form, made once when first asked for. */
export interface LazyForm {
  start: string;
  whole(): string;
}

/** One credential's forms and what replaces them; no form is shorter than `shortest`. */
export interface FormGroup {
  forms: readonly LazyForm[];
  shortest: number;
  replacement: string;
}

export interface LiteralScanner {
  /** Every position where a form begins (the longest form there), overlapping ones included. */
  scan(text: string): Span[];
}

/**
 * Lower case, character by character where that keeps the length (İ would become two characters): positions stay
 * the original's. Σ is the one character whose lower case depends on its neighbours (a final ς), so a text with
 * one is folded character by character too.
 */
function foldCase(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length && !text.includes('\u03a3')) return lower;
  let out = '';
  for (const ch of text) {
    const folded = ch.toLowerCase();
    out += folded.length === ch.length ? folded : ch;
  }
  return out;
}

/** Enough of a long value for every maker to make at least a few characters of its form. */
const HEAD_CODE_POINTS = 12;

/**
 * The forms of a long value (over 256 characters), each known by its start until the text holds that start.
 * Every form is at least as long as the value has code points (hex and Base64 are longer than what they encode).
 */
export function lazyForms(value: string, makers: readonly FormMaker[]): { forms: LazyForm[]; shortest: number } {
  const codePoints = [...value];
  const head = codePoints.slice(0, HEAD_CODE_POINTS).join('');
  const forms = makers.flatMap((make): LazyForm[] => {
    const start = foldCase(make(head));
    if (start.length < 2) return [];
    let whole: string | undefined;
    return [{ start, whole: () => (whole ??= foldCase(make(value))) }];
  });
  return { forms, shortest: codePoints.length };
}

const keyAt = (text: string, index: number): number => text.charCodeAt(index) * 0x10000 + text.charCodeAt(index + 1);

type Indexed = LazyForm & { replacement: string };

/** The longest form that stands at `at`: starts are compared first, a form is made whole only where its start is. */
function longestAt(haystack: string, at: number, bucket: readonly Indexed[]): Indexed | undefined {
  let best: Indexed | undefined;
  for (const entry of bucket) {
    if (!haystack.startsWith(entry.start, at)) continue;
    const whole = entry.whole();
    if ((!best || whole.length > best.whole().length) && haystack.startsWith(whole, at)) best = entry;
  }
  return best;
}

export function literalScanner(groups: readonly FormGroup[]): LiteralScanner {
  const index = new Map<number, Indexed[]>();
  const shortest = Math.min(...groups.map((group) => group.shortest));
  for (const { forms, replacement } of groups) {
    for (const form of forms) {
      const key = keyAt(form.start, 0);
      const bucket = index.get(key);
      if (bucket) bucket.push({ ...form, replacement });
      else index.set(key, [{ ...form, replacement }]);
    }
  }
  return {
    scan(text) {
      if (index.size === 0 || text.length < shortest) return [];
      const haystack = foldCase(text);
      const spans: Span[] = [];
      for (let at = 0; at + shortest <= haystack.length; at++) {
        const bucket = index.get(keyAt(haystack, at));
        const found = bucket && longestAt(haystack, at, bucket);
        if (found) spans.push({ start: at, end: at + found.whole().length, replacement: found.replacement });
      }
      return spans;
    },
  };
}
