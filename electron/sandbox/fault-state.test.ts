import { describe, expect, it } from 'vitest';
import { createFaultState, DEFAULT_FAULTS, describeActiveFaults } from './faults';

describe('createFaultState', () => {
  it('runs the sandbox clock ahead or behind by the skew', () => {
    const state = createFaultState({ clockSkewSeconds: 90 }, () => 1_000_000);
    expect(state.now()).toBe(1_090_000);
    state.update({ clockSkewSeconds: -30 });
    expect(state.now()).toBe(970_000);
  });

  it('keeps the previous settings when a patch is refused', () => {
    const state = createFaultState({ delayMs: 20 });
    expect(() => state.update({ delayMs: 30, serverError: 418 as never })).toThrow(/serverError/);
    expect(state.current()).toEqual({ ...DEFAULT_FAULTS, delayMs: 20 });
  });

  it('ignores undefined values in a patch', () => {
    const state = createFaultState({ delayMs: 20 });
    expect(state.update({ delayMs: undefined }).delayMs).toBe(20);
  });
});

describe('describeActiveFaults', () => {
  it("lists the switches that differ from the defaults, or 'none'", () => {
    expect(describeActiveFaults(DEFAULT_FAULTS)).toBe('none');
    expect(describeActiveFaults({ ...DEFAULT_FAULTS, serverError: 503, basicDecoding: 'raw' })).toBe(
      'serverError=503, basicDecoding=raw',
    );
  });
});
