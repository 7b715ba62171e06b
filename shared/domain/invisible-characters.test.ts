import { describe, expect, it } from 'vitest';
import {
  cleanCredentialValue,
  describeInvisible,
  inspectCredentialValue,
  type AnomalyKind,
} from './invisible-characters';

describe('inspectCredentialValue', () => {
  it.each<[string, string, string, Array<[AnomalyKind, string]>]>([
    ['a clean value', 'abc-123_XYZ', 'abc-123_XYZ', []],
    ['a trailing space', 'abc ', 'abc', [['trailing-whitespace', 'a space at the end']]],
    ['two leading spaces', '  abc', 'abc', [['leading-whitespace', '2 spaces at the start']]],
    ['a trailing line break', 'abc\n', 'abc', [['trailing-whitespace', 'a line break at the end']]],
    [
      'a trailing CRLF',
      'abc\r\n',
      'abc',
      [['trailing-whitespace', '2 whitespace characters at the end (a carriage return, a line break)']],
    ],
    ['a leading tab', '\tabc', 'abc', [['leading-whitespace', 'a tab at the start']]],
    [
      'a zero-width space',
      'abcdefghijk\u200Bl',
      'abcdefghijkl',
      [['zero-width', 'a zero-width space (U+200B) at position 12']],
    ],
    ['a zero-width joiner', 'a\u200Db', 'ab', [['zero-width', 'a zero-width joiner (U+200D) at position 2']]],
    ['a zero-width non-joiner', 'a\u200Cb', 'ab', [['zero-width', 'a zero-width non-joiner (U+200C) at position 2']]],
    ['a word joiner', 'a\u2060b', 'ab', [['zero-width', 'a word joiner (U+2060) at position 2']]],
    ['a leading byte order mark', '\uFEFFabc', 'abc', [['zero-width', 'a byte order mark (U+FEFF) at position 1']]],
    [
      'a non-breaking space at the end',
      'abc\u00A0',
      'abc',
      [['non-breaking-space', 'a non-breaking space (U+00A0) at position 4']],
    ],
    [
      'a narrow no-break space inside',
      'ab\u202Fcd',
      'ab cd',
      [['non-breaking-space', 'a narrow non-breaking space (U+202F) at position 3']],
    ],
    ['an em space inside', 'ab\u2003cd', 'ab cd', [['unusual-space', 'an unusual space (U+2003) at position 3']]],
    ['an embedded line break', 'abc\ndef', 'abcdef', [['line-break', 'a line break at position 4']]],
    ['an embedded tab', 'abc\tdef', 'abcdef', [['tab', 'a tab at position 4']]],
    [
      'three zero-width spaces in a row',
      'ab\u200B\u200B\u200Bc',
      'abc',
      [['zero-width', '3 zero-width spaces (U+200B) at positions 3–5']],
    ],
    ['a control character', 'ab\u0001c', 'abc', [['control', 'a control character (U+0001) at position 3']]],
    ['a DEL', 'ab\u007Fc', 'abc', [['control', 'a control character (U+007F) at position 3']]],
    ['a soft hyphen', 'ab\u00ADc', 'abc', [['invisible', 'a soft hyphen (U+00AD) at position 3']]],
    ['a right-to-left mark', '\u200Fabc', 'abc', [['invisible', 'a right-to-left mark (U+200F) at position 1']]],
    [
      'a bidi override',
      'ab\u202Ec',
      'abc',
      [['invisible', 'an invisible formatting character (U+202E) at position 3']],
    ],
    [
      'double quotes around it',
      '"abc"',
      'abc',
      [['wrapping-quotes', 'quotes around the value (" at position 1 and " at position 5)']],
    ],
    [
      'single quotes around it',
      "'abc'",
      'abc',
      [['wrapping-quotes', "quotes around the value (' at position 1 and ' at position 5)"]],
    ],
    [
      'smart quotes around it',
      '“abc”',
      'abc',
      [['wrapping-quotes', 'quotes around the value (“ at position 1 and ” at position 5)']],
    ],
    [
      'a space inside the quotes, which the suggestion drops too',
      '"demo-integrator "',
      'demo-integrator',
      [
        ['wrapping-quotes', 'quotes around the value (" at position 1 and " at position 18)'],
        ['trailing-whitespace', 'a space just inside the closing quote (position 17)'],
      ],
    ],
    [
      'spaces inside both quotes',
      "'  abc '",
      'abc',
      [
        ['wrapping-quotes', "quotes around the value (' at position 1 and ' at position 8)"],
        ['leading-whitespace', '2 spaces just inside the opening quote (positions 2–3)'],
        ['trailing-whitespace', 'a space just inside the closing quote (position 7)'],
      ],
    ],
  ])('%s', (_label, raw, cleaned, expected) => {
    const result = inspectCredentialValue(raw);
    expect(result.raw).toBe(raw);
    expect(result.cleaned).toBe(cleaned);
    expect(result.anomalies.map((a) => [a.kind, a.description])).toEqual(expected);
  });

  it('reports several problems in reading order with positions to highlight', () => {
    const raw = ' "ab\u200Bc"\u00A0 ';
    const { anomalies, cleaned } = inspectCredentialValue(raw);
    expect(cleaned).toBe('abc');
    expect(anomalies.map((a) => [a.kind, a.index, a.length])).toEqual([
      ['leading-whitespace', 0, 1],
      ['wrapping-quotes', 1, 6],
      ['zero-width', 4, 1],
      ['non-breaking-space', 7, 1],
      ['trailing-whitespace', 8, 1],
    ]);
  });

  it('keeps ordinary inner spaces and quotes that do not wrap the value', () => {
    expect(inspectCredentialValue('Shop A "north"').anomalies).toEqual([]);
    expect(inspectCredentialValue('"abc').anomalies).toEqual([]);
    expect(inspectCredentialValue('"').anomalies).toEqual([]);
    expect(inspectCredentialValue('ab"c"').anomalies).toEqual([]);
  });

  it('does not change emoji or non-Latin letters', () => {
    expect(inspectCredentialValue('Café 🍰 Ω').anomalies).toEqual([]);
    expect(cleanCredentialValue('Café 🍰 Ω')).toBe('Café 🍰 Ω');
  });

  it('treats a value of only whitespace as leading whitespace, cleaned to nothing', () => {
    expect(inspectCredentialValue('   ')).toEqual({
      raw: '   ',
      cleaned: '',
      anomalies: [{ kind: 'leading-whitespace', index: 0, length: 3, description: '3 spaces at the start' }],
    });
  });
});

describe('describeInvisible', () => {
  it.each([
    ['abc', 'abc'],
    [' abc ', '·abc·'],
    ['a b', 'a b'],
    ['ab\u200Bc', 'ab⟨ZWSP⟩c'],
    ['\uFEFFabc\u00A0', '⟨BOM⟩abc⟨NBSP⟩'],
    ['a\u202Fb\u2060c', 'a⟨NNBSP⟩b⟨WJ⟩c'],
    ['abc\r\n', 'abc⟨CR⟩⟨LF⟩'],
    ['a\tb', 'a⟨TAB⟩b'],
    ['a\u0007b', 'a⟨U+0007⟩b'],
    ['a\u2003b', 'a⟨U+2003⟩b'],
  ])('%j → %s', (value, shown) => {
    expect(describeInvisible(value)).toBe(shown);
  });
});
