import { describe, expect, it } from 'vitest';
import { requestSchemas } from '../../../shared/ipc/schemas';
import { NUMBER_FAULT_RANGES, NUMBER_FAULTS, type NumberFault } from '../../../shared/domain/sandbox-faults';
import { draftFrom, DEFAULT_FAULTS, faultsFromDraft, fieldsNamedIn, numberProblem } from './fault-draft';

/** What main says about one fault value: undefined when it accepts it. */
function mainSays(name: NumberFault, value: number): string | undefined {
  const parsed = requestSchemas['sandbox:set-faults'].safeParse({ faults: { [name]: value } });
  return parsed.success ? undefined : parsed.error.issues[0]?.message;
}

describe('fault draft numbers', () => {
  it.each(NUMBER_FAULTS)('checks %s against the same range as main, and says the same sentence', (name) => {
    const { min, max } = NUMBER_FAULT_RANGES[name];
    for (const value of [min, max, Math.trunc((min + max) / 2)]) {
      expect(mainSays(name, value)).toBeUndefined();
      expect(numberProblem(name, String(value))).toBeUndefined();
    }
    for (const value of [min - 1, max + 1, min + 0.5]) {
      expect(mainSays(name, value)).toBeDefined();
      expect(numberProblem(name, String(value))).toBe(mainSays(name, value));
    }
  });

  it('reads U+2212 as a minus sign and still says "Type a number." for text', () => {
    expect(numberProblem('clockSkewSeconds', '\u221290')).toBeUndefined();
    expect(numberProblem('clockSkewSeconds', ' -90 ')).toBeUndefined();
    expect(numberProblem('clockSkewSeconds', '')).toBe('Type a number.');
    expect(numberProblem('clockSkewSeconds', 'soon')).toBe('Type a number.');
    expect(numberProblem('clockSkewSeconds', '9\u22125')).toBe('Type a number.');
  });

  it('turns a valid draft into numbers, U+2212 included, and a draft with a bad number into its problems', () => {
    const draft = { ...draftFrom(DEFAULT_FAULTS), clockSkewSeconds: '\u2212120', delayMs: '2000' };
    expect(faultsFromDraft(draft)).toEqual({
      ok: true,
      faults: { ...DEFAULT_FAULTS, clockSkewSeconds: -120, delayMs: 2000 },
    });
    expect(faultsFromDraft({ ...draft, delayMs: '999999' })).toEqual({
      ok: false,
      problems: { delayMs: 'Delay (ms) must be a whole number from 0 to 120000.' },
    });
  });

  it("finds the field main's message is about by its label", () => {
    expect(fieldsNamedIn('Delay (ms) must be a whole number from 0 to 120000.')).toEqual(['delayMs']);
    expect(fieldsNamedIn('The request has a field this version of the console does not know: x.')).toEqual([]);
  });
});
