/**
 * The characters a copy-paste brings along unseen, by name: line breaks, tabs, zero-width and non-breaking
 * characters, other Unicode spaces and formatting marks. invisible-characters.ts finds and reports them.
 */
export type CharacterKind =
  'line-break' | 'tab' | 'zero-width' | 'non-breaking-space' | 'unusual-space' | 'invisible' | 'control';

export interface CharInfo {
  kind: CharacterKind;
  /** Shown as ⟨short⟩ by describeInvisible. */
  short: string;
  name: string;
}

export const NAMED: Readonly<Record<number, CharInfo>> = {
  0x09: { kind: 'tab', short: 'TAB', name: 'tab' },
  0x0a: { kind: 'line-break', short: 'LF', name: 'line break' },
  0x0d: { kind: 'line-break', short: 'CR', name: 'carriage return' },
  0x2028: { kind: 'line-break', short: 'LSEP', name: 'line separator' },
  0x2029: { kind: 'line-break', short: 'PSEP', name: 'paragraph separator' },
  0x200b: { kind: 'zero-width', short: 'ZWSP', name: 'zero-width space' },
  0x200c: { kind: 'zero-width', short: 'ZWNJ', name: 'zero-width non-joiner' },
  0x200d: { kind: 'zero-width', short: 'ZWJ', name: 'zero-width joiner' },
  0x2060: { kind: 'zero-width', short: 'WJ', name: 'word joiner' },
  0xfeff: { kind: 'zero-width', short: 'BOM', name: 'byte order mark' },
  0x00a0: { kind: 'non-breaking-space', short: 'NBSP', name: 'non-breaking space' },
  0x202f: { kind: 'non-breaking-space', short: 'NNBSP', name: 'narrow non-breaking space' },
  0x2007: { kind: 'non-breaking-space', short: 'FIGSP', name: 'figure space' },
  0x00ad: { kind: 'invisible', short: 'SHY', name: 'soft hyphen' },
  0x200e: { kind: 'invisible', short: 'LRM', name: 'left-to-right mark' },
  0x200f: { kind: 'invisible', short: 'RLM', name: 'right-to-left mark' },
  0x3164: { kind: 'invisible', short: 'HF', name: 'Hangul filler' },
  0x2800: { kind: 'invisible', short: 'BRAILLE', name: 'blank Braille pattern' },
};

export const codePointLabel = (cp: number) => `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;

/** What an unusual character is, or undefined for an ordinary visible character or a plain space. */
export function classifyCharacter(ch: string): CharInfo | undefined {
  const cp = ch.codePointAt(0) ?? 0;
  const named = NAMED[cp];
  if (named) return named;
  if (cp < 0x20 || (cp >= 0x7f && cp <= 0x9f))
    return { kind: 'control', short: codePointLabel(cp), name: 'control character' };
  if (ch !== ' ' && /\p{Zs}/u.test(ch))
    return { kind: 'unusual-space', short: codePointLabel(cp), name: 'unusual space' };
  if (/\p{Cf}/u.test(ch))
    return { kind: 'invisible', short: codePointLabel(cp), name: 'invisible formatting character' };
  return undefined;
}
