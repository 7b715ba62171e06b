/**
 * Many long literal strings found in one pass over a text, case-insensitively: the forms of credentials too long
 * for one regular expression (a 342-character JWT signature, a 4096-character secret). Each form is indexed by its
 * first two characters; the scan reads the text once and compares a form only where its first two characters
 * stand. Folding keeps every character's position, so a match in the folded text is the same span of the original.
 */

/** A found occurrence: [start, end) in the text, and what replaces it. */
export interface Span {
  start: number;
  end: number;
  replacement: string;
}

/** One credential's forms, made ready by `preparedForms`, and what replaces each of them. */
export interface FormGroup {
  forms: readonly string[];
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
export function foldCase(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length && !text.includes('\u03a3')) return lower;
  let out = '';
  for (const ch of text) {
    const folded = ch.toLowerCase();
    out += folded.length === ch.length ? folded : ch;
  }
  return out;
}

const keyAt = (text: string, index: number): number => text.charCodeAt(index) * 0x10000 + text.charCodeAt(index + 1);

/** Forms folded, without repeats and the too short, longest first: what a scanner takes (worth caching). */
export function preparedForms(forms: readonly string[]): string[] {
  const folded = new Set(forms.map(foldCase).filter((form) => form.length >= 2));
  return [...folded].sort((a, b) => b.length - a.length);
}

export function literalScanner(groups: readonly FormGroup[]): LiteralScanner {
  const index = new Map<number, { form: string; replacement: string }[]>();
  let shortest = Infinity;
  // Longest first, so the first form that matches at a position is the longest there; of equal forms the first wins.
  const entries = groups.flatMap(({ forms, replacement }) => forms.map((form) => ({ form, replacement })));
  if (groups.length > 1) entries.sort((a, b) => b.form.length - a.form.length);
  for (const entry of entries) {
    shortest = Math.min(shortest, entry.form.length);
    const key = keyAt(entry.form, 0);
    const bucket = index.get(key);
    if (!bucket) index.set(key, [entry]);
    else if (!bucket.some(({ form }) => form === entry.form)) bucket.push(entry);
  }
  return {
    scan(text) {
      if (index.size === 0 || text.length < shortest) return [];
      const haystack = foldCase(text);
      const spans: Span[] = [];
      for (let at = 0; at + shortest <= haystack.length; at++) {
        const bucket = index.get(keyAt(haystack, at));
        if (!bucket) continue;
        const found = bucket.find(({ form }) => haystack.startsWith(form, at));
        if (found) spans.push({ start: at, end: at + found.form.length, replacement: found.replacement });
      }
      return spans;
    },
  };
}
