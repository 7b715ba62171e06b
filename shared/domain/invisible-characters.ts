import { classifyCharacter, codePointLabel, NAMED, type CharacterKind } from './character-classes';

/**
 * Finds what a copy-paste adds to a credential without showing: edge whitespace, wrapping quotes, line breaks,
 * zero-width and non-breaking characters. These are a known cause of 401s. Nothing is cleaned silently: callers get
 * the raw value, a cleaned suggestion and a list of what differs, and the user chooses.
 */
export type AnomalyKind = 'leading-whitespace' | 'trailing-whitespace' | 'wrapping-quotes' | CharacterKind;

export interface Anomaly {
  kind: AnomalyKind;
  /** 0-based UTF-16 index where the run starts, for highlighting. */
  index: number;
  /** UTF-16 length of the run (for wrapping quotes: from the opening to the closing quote). */
  length: number;
  /** Plain English with 1-based positions, e.g. "a zero-width space (U+200B) at position 12". */
  description: string;
}

export interface InspectedValue {
  /** Exactly what was pasted. */
  raw: string;
  /** The suggestion: edges trimmed, quotes unwrapped, invisibles removed, odd spaces made plain spaces. */
  cleaned: string;
  anomalies: Anomaly[];
}

const EDGE_WHITESPACE = new Set([' ', '\t', '\n', '\r']);
const QUOTE_PAIRS: Readonly<Record<string, string>> = {
  '"': '"',
  "'": "'",
  '`': '`',
  '“': '”',
  '‘': '’',
  '„': '“',
  '«': '»',
};

const isStrippable = (ch: string) => EDGE_WHITESPACE.has(ch) || classifyCharacter(ch) !== undefined;

const article = (name: string) => (/^[aeiou]/i.test(name) ? `an ${name}` : `a ${name}`);

function countPhrase(count: number, name: string): string {
  return count === 1 ? article(name) : `${count} ${name}s`;
}

function whitespaceName(ch: string): string {
  return ch === ' ' ? 'space' : (NAMED[ch.codePointAt(0) ?? 0]?.name ?? 'whitespace character');
}

function describeEdgeRun(run: string, where: 'start' | 'end'): string {
  const counts = new Map<string, number>();
  for (const ch of run) counts.set(whitespaceName(ch), (counts.get(whitespaceName(ch)) ?? 0) + 1);
  const parts = [...counts].map(([name, count]) => countPhrase(count, name));
  if (parts.length === 1) return `${parts[0]} at the ${where}`;
  return `${run.length} whitespace characters at the ${where} (${parts.join(', ')})`;
}

function edgeRunLength(chars: string[], fromEnd: boolean): number {
  let count = 0;
  for (let i = 0; i < chars.length; i += 1) {
    const ch = chars[fromEnd ? chars.length - 1 - i : i] ?? '';
    if (!EDGE_WHITESPACE.has(ch)) break;
    count += 1;
  }
  return count;
}

/** One anomaly per run of the same unusual character, skipping the edge whitespace runs. */
function interiorAnomalies(raw: string, start: number, end: number): Anomaly[] {
  const found: Anomaly[] = [];
  let i = start;
  while (i < end) {
    const ch = raw[i] ?? '';
    const info = classifyCharacter(ch);
    let j = i + 1;
    while (j < end && raw[j] === ch) j += 1;
    if (info) {
      const count = j - i;
      const withCode = info.kind !== 'tab' && info.kind !== 'line-break';
      const label = `${countPhrase(count, info.name)}${withCode ? ` (${codePointLabel(ch.codePointAt(0) ?? 0)})` : ''}`;
      const where = count === 1 ? `at position ${i + 1}` : `at positions ${i + 1}–${j}`;
      found.push({ kind: info.kind, index: i, length: count, description: `${label} ${where}` });
    }
    i = j;
  }
  return found;
}

function quoteSpan(raw: string): { open: number; close: number } | undefined {
  let open = 0;
  let close = raw.length - 1;
  while (open <= close && isStrippable(raw[open] ?? '')) open += 1;
  while (close >= open && isStrippable(raw[close] ?? '')) close -= 1;
  if (close - open < 1) return undefined;
  const expected = QUOTE_PAIRS[raw[open] ?? ''];
  return expected !== undefined && raw[close] === expected ? { open, close } : undefined;
}

function stripEdges(value: string): string {
  const chars = [...value];
  while (chars.length > 0 && isStrippable(chars[0] ?? '')) chars.shift();
  while (chars.length > 0 && isStrippable(chars[chars.length - 1] ?? '')) chars.pop();
  return chars.join('');
}

/**
 * Plain spaces just inside wrapping quotes ("abc "): the suggestion drops them with the quotes, so they are named too
 * (any other character there is already named by interiorAnomalies).
 */
function spacesInsideQuotes(raw: string, quotes: { open: number; close: number }): Anomaly[] {
  const found: Anomaly[] = [];
  let start = quotes.open + 1;
  while (start < quotes.close && raw[start] === ' ') start += 1;
  let end = quotes.close;
  while (end > start && raw[end - 1] === ' ') end -= 1;
  const run = (index: number, length: number, where: string): Anomaly => ({
    kind: where === 'opening' ? 'leading-whitespace' : 'trailing-whitespace',
    index,
    length,
    description: `${countPhrase(length, 'space')} just inside the ${where} quote (${length === 1 ? `position ${index + 1}` : `positions ${index + 1}–${index + length}`})`,
  });
  if (start > quotes.open + 1) found.push(run(quotes.open + 1, start - quotes.open - 1, 'opening'));
  if (end < quotes.close) found.push(run(end, quotes.close - end, 'closing'));
  return found;
}

/** The suggested value; the caller decides whether to use it. */
export function cleanCredentialValue(raw: string): string {
  let value = stripEdges(raw);
  if (quoteSpan(value)) value = stripEdges(value.slice(1, -1));
  return [...value]
    .map((ch) => {
      const kind = classifyCharacter(ch)?.kind;
      if (kind === 'non-breaking-space' || kind === 'unusual-space') return ' ';
      return kind === undefined ? ch : '';
    })
    .join('');
}

export function inspectCredentialValue(raw: string): InspectedValue {
  const units = raw.split('');
  const lead = edgeRunLength(units, false);
  const trail = lead === units.length ? 0 : edgeRunLength(units, true);
  const anomalies: Anomaly[] = [];
  if (lead > 0)
    anomalies.push({
      kind: 'leading-whitespace',
      index: 0,
      length: lead,
      description: describeEdgeRun(raw.slice(0, lead), 'start'),
    });
  const quotes = quoteSpan(raw);
  if (quotes) {
    const description = `quotes around the value (${raw[quotes.open]} at position ${quotes.open + 1} and ${raw[quotes.close]} at position ${quotes.close + 1})`;
    anomalies.push({
      kind: 'wrapping-quotes',
      index: quotes.open,
      length: quotes.close - quotes.open + 1,
      description,
    });
    anomalies.push(...spacesInsideQuotes(raw, quotes));
  }
  anomalies.push(...interiorAnomalies(raw, lead, raw.length - trail));
  if (trail > 0) {
    const index = raw.length - trail;
    anomalies.push({
      kind: 'trailing-whitespace',
      index,
      length: trail,
      description: describeEdgeRun(raw.slice(index), 'end'),
    });
  }
  return { raw, cleaned: cleanCredentialValue(raw), anomalies };
}

/** Renders a value with its invisibles made visible: ⟨ZWSP⟩, ⟨NBSP⟩, ⟨LF⟩…, and · for spaces at the edges. For IDs, never secrets. */
export function describeInvisible(value: string): string {
  const units = value.split('');
  const lead = edgeRunLength(units, false);
  const trail = lead === units.length ? 0 : edgeRunLength(units, true);
  return units
    .map((ch, i) => {
      if (ch === ' ') return i < lead || i >= units.length - trail ? '·' : ' ';
      const info = classifyCharacter(ch);
      return info ? `⟨${info.short}⟩` : ch;
    })
    .join('');
}
