// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { autoPlayMove, stageKey } from './flow-stage';
import type { StepState, StepStatus } from './flow-steps';

const states = (...statuses: StepStatus[]): StepState[] => statuses.map((status) => ({ status, text: status }));

describe('autoPlayMove', () => {
  it.each([
    [
      'before any run, a walk through the explanations',
      states('waiting', 'waiting', 'waiting', 'waiting', 'waiting'),
      0,
      false,
      'advance',
    ],
    ['while this step is in flight', states('active', 'active', 'active', 'waiting', 'waiting'), 0, true, 'wait'],
    [
      'at the last step, even mid-run (it stays on, and shows the step as it goes)',
      states('done', 'done', 'done', 'active', 'waiting'),
      4,
      true,
      'stop',
    ],
    [
      'while the run has not reached this step yet',
      states('done', 'done', 'done', 'waiting', 'waiting'),
      3,
      true,
      'wait',
    ],
    ['once this step is done, even mid-run', states('done', 'done', 'done', 'active', 'waiting'), 2, true, 'advance'],
    ['at a step that failed', states('done', 'failed', 'skipped', 'skipped', 'skipped'), 1, false, 'stop'],
    ['at the last step', states('done', 'done', 'done', 'done', 'done'), 4, false, 'stop'],
  ] as const)('%s', (_, given, position, running, move) => {
    expect(autoPlayMove(given, position, running)).toBe(move);
  });
});

describe('stageKey', () => {
  const on = (target: EventTarget | null, key: string, extra: Partial<KeyboardEvent> = {}) =>
    stageKey({
      key,
      ctrlKey: false,
      metaKey: false,
      altKey: false,
      shiftKey: false,
      defaultPrevented: false,
      target,
      ...extra,
    });

  it('maps the arrows, PageUp/PageDown (presentation clickers), N/B and Space', () => {
    const div = document.createElement('div');
    expect(['ArrowRight', 'PageDown', 'n', 'N'].map((key) => on(div, key))).toEqual(['next', 'next', 'next', 'next']);
    expect(['ArrowLeft', 'PageUp', 'b', 'B'].map((key) => on(div, key))).toEqual(['back', 'back', 'back', 'back']);
    expect(on(div, ' ')).toBe('toggle');
    expect(on(div, 'Enter')).toBeUndefined();
  });

  it('leaves keys alone with a modifier, in a text field, in a tab list or dialog, and Space on a button', () => {
    const div = document.createElement('div');
    expect(on(div, 'b', { shiftKey: true })).toBeUndefined();
    expect(on(div, 'ArrowRight', { altKey: true })).toBeUndefined();
    expect(on(div, 'n', { defaultPrevented: true })).toBeUndefined();
    for (const tag of ['input', 'textarea', 'select']) expect(on(document.createElement(tag), 'n')).toBeUndefined();
    const tabs = document.createElement('div');
    tabs.setAttribute('role', 'tablist');
    const tab = tabs.appendChild(document.createElement('button'));
    expect(on(tab, 'ArrowRight')).toBeUndefined();
    const dialog = document.createElement('dialog');
    expect(on(dialog.appendChild(document.createElement('div')), 'ArrowRight')).toBeUndefined();
    const button = document.createElement('button');
    expect(on(button, ' ')).toBeUndefined();
    expect(on(button, 'ArrowRight')).toBe('next');
  });
});
