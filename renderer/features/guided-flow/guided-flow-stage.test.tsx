// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PosAttempt, TokenAttempt } from '../../../shared/ipc/contract';
import type { IpcResult } from '../../../shared/ipc/result';
import { tokenAttempt } from '../../test-support/attempts';
import { posAttemptFixture } from '../../test-support/diagnosis-fixtures';
import { fakeSettings } from '../../test-support/fake-settings';
import { renderApp, resetDocument } from '../../test-support/render-app';
import { STEP_MS } from './flow-stage';

beforeEach(resetDocument);
afterEach(() => {
  vi.useRealTimers();
  cleanup();
  resetDocument();
});

const steps = () => within(screen.getByRole('list', { name: 'The five steps' })).getAllByRole('listitem');
const current = () => steps().findIndex((step) => step.getAttribute('aria-current') === 'step');
const position = () => screen.getByText(/^Step \d of 5$/).textContent;
const stage = () => screen.getByRole('region', { name: /^Guided flow/ });

/**
 * Runs the flow on real timers with auto-play paused at once (Run starts it), waits for `ready`, then hands the clock
 * to the test: from here auto-play's time moves only when the test says, never with the machine's load.
 */
async function runThenTakeTheClock(ready: () => void) {
  fireEvent.click(screen.getByRole('button', { name: 'Run the flow' }));
  expect(screen.getByRole('button', { name: 'Pause' })).toBeTruthy();
  fireEvent.click(screen.getByRole('button', { name: 'Pause' }));
  await waitFor(ready);
  vi.useFakeTimers();
}

/** Auto-play's time, one step's worth at a time: each step's timer starts once that step is on the stage. */
function playFor(stepCount: number) {
  for (let index = 0; index < stepCount; index++) act(() => vi.advanceTimersByTime(STEP_MS));
}

function deferred<T>() {
  let resolve: (value: T) => void = () => undefined;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

async function openGuidedFlow(handlers: Parameters<typeof renderApp>[0] = {}) {
  const app = await renderApp({
    ...fakeSettings().handlers,
    'token:request': () => ({ ok: true, value: tokenAttempt(Date.now(), { id: 'stage-1' }) }),
    'pos:call': () => ({ ok: true, value: posAttemptFixture() }),
    ...handlers,
  });
  fireEvent.click(
    within(screen.getByRole('navigation', { name: 'Views' })).getByRole('button', { name: 'Guided flow' }),
  );
  return app;
}

describe('the guided flow as a stage', () => {
  it('steps one at a time with Next and Back, saying where it is, and never past either end', async () => {
    await openGuidedFlow();
    expect(position()).toBe('Step 1 of 5');
    expect(current()).toBe(0);
    const back = screen.getByRole('button', { name: 'Back' });
    const next = screen.getByRole('button', { name: 'Next' });
    expect(back.getAttribute('aria-disabled')).toBe('true');
    fireEvent.click(back);
    expect(position()).toBe('Step 1 of 5');

    for (let index = 1; index < 5; index++) {
      fireEvent.click(next);
      expect(position()).toBe(`Step ${index + 1} of 5`);
      expect(current()).toBe(index);
      // The step on the stage is opened up (its explanation shows); the others are one line each.
      expect(steps()[index]?.querySelector('.flow-step-explanation')).toBeTruthy();
      expect(steps()[index - 1]?.querySelector('.flow-step-explanation')).toBeNull();
    }
    expect(next.getAttribute('aria-disabled')).toBe('true');
    fireEvent.click(next);
    expect(position()).toBe('Step 5 of 5');
    fireEvent.click(back);
    expect(position()).toBe('Step 4 of 5');
    expect(back.getAttribute('aria-disabled')).toBeNull();
  });

  it('plays a step every few seconds, pauses and resumes where it was, and stops at the end', async () => {
    await openGuidedFlow();
    await runThenTakeTheClock(() => expect(screen.getByRole('button', { name: 'Run the flow again' })).toBeTruthy());
    expect(position()).toBe('Step 1 of 5');
    fireEvent.click(screen.getByRole('button', { name: 'Play' }));

    // Just short of the pace nothing moves; at it, the next step comes on.
    act(() => vi.advanceTimersByTime(STEP_MS - 200));
    expect(position()).toBe('Step 1 of 5');
    act(() => vi.advanceTimersByTime(200));
    expect(position()).toBe('Step 2 of 5');

    fireEvent.click(screen.getByRole('button', { name: 'Pause' }));
    playFor(3);
    expect(position()).toBe('Step 2 of 5');

    fireEvent.click(screen.getByRole('button', { name: 'Play' }));
    playFor(1);
    expect(position()).toBe('Step 3 of 5');
    playFor(2);
    expect(position()).toBe('Step 5 of 5');
    // At the end it stops by itself, and Play starts over from step 1.
    const again = screen.getByRole('button', { name: 'Play again' });
    playFor(2);
    expect(position()).toBe('Step 5 of 5');
    fireEvent.click(again);
    expect(position()).toBe('Step 1 of 5');
    expect(screen.getByRole('button', { name: 'Pause' })).toBeTruthy();
  });

  it('pauses auto-play when the presenter switches to the console, and stays where it was', async () => {
    await openGuidedFlow();
    await runThenTakeTheClock(() => expect(screen.getByRole('button', { name: 'Run the flow again' })).toBeTruthy());
    fireEvent.click(screen.getByRole('button', { name: 'Play' }));
    playFor(1);
    expect(position()).toBe('Step 2 of 5');

    const views = within(screen.getByRole('navigation', { name: 'Views' }));
    fireEvent.click(views.getByRole('button', { name: 'Console' }));
    playFor(3);
    fireEvent.click(views.getByRole('button', { name: 'Guided flow' }));
    expect(position()).toBe('Step 2 of 5');
    expect(screen.getByRole('button', { name: 'Play' })).toBeTruthy();
  });

  it('waits on a step the run has not got past yet, then moves on once the answer is in', async () => {
    const token = deferred<IpcResult<TokenAttempt>>();
    await openGuidedFlow({ 'token:request': () => token.promise });
    await runThenTakeTheClock(() => expect(steps()[0]?.textContent).toContain('In progress'));
    fireEvent.click(screen.getByRole('button', { name: 'Play' }));
    playFor(3);
    expect(position()).toBe('Step 1 of 5');

    await act(async () => token.resolve({ ok: true, value: tokenAttempt(Date.now(), { id: 'stage-2' }) }));
    expect(steps()[0]?.textContent).toContain('Done: credentials sent');
    playFor(1);
    expect(position()).toBe('Step 2 of 5');
  });

  it('stops auto-play at the step that failed', async () => {
    const refused: PosAttempt = { ...posAttemptFixture(), status: 401 };
    refused.exchange = {
      ...refused.exchange,
      response: { ...refused.exchange.response!, status: 401, statusText: 'Unauthorized' },
    };
    await openGuidedFlow({ 'pos:call': () => ({ ok: true, value: refused }) });
    await runThenTakeTheClock(() => expect(screen.getByRole('button', { name: 'Run the flow again' })).toBeTruthy());
    fireEvent.click(screen.getByRole('button', { name: 'Play' }));
    playFor(4);
    expect(position()).toBe('Step 5 of 5');
    expect(steps()[4]?.textContent).toContain('Refused: HTTP 401');
    expect(screen.getByRole('button', { name: 'Play again' })).toBeTruthy();
  });

  it('gives the stage the focus when Run is pressed, so Space then pauses and plays it instead of starting over', async () => {
    let runs = 0;
    await openGuidedFlow({
      'token:request': () => {
        runs += 1;
        return { ok: true, value: tokenAttempt(Date.now(), { id: `stage-${runs}` }) };
      },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Run the flow' }));
    expect(document.activeElement).toBe(stage());
    await waitFor(() => expect(screen.getByRole('button', { name: 'Run the flow again' })).toBeTruthy());
    fireEvent.keyDown(document.activeElement!, { key: ' ' });
    fireEvent.keyDown(document.activeElement!, { key: ' ' });
    expect(screen.getByRole('button', { name: 'Pause' })).toBeTruthy();
    expect(runs).toBe(1);
  });

  it('takes →/N and ←/B for Next and Back and Space for play/pause on the stage, but not in a field, on a button or behind a dialog', async () => {
    await openGuidedFlow();
    const region = stage();
    region.focus();
    fireEvent.keyDown(region, { key: 'ArrowRight' });
    fireEvent.keyDown(region, { key: 'n' });
    expect(position()).toBe('Step 3 of 5');
    fireEvent.keyDown(region, { key: 'ArrowLeft' });
    expect(position()).toBe('Step 2 of 5');
    fireEvent.keyDown(region, { key: 'B' });
    expect(position()).toBe('Step 1 of 5');
    fireEvent.keyDown(region, { key: ' ' });
    expect(screen.getByRole('button', { name: 'Pause' })).toBeTruthy();
    fireEvent.keyDown(region, { key: ' ' });
    expect(screen.getByRole('button', { name: 'Play' })).toBeTruthy();

    // With a modifier the key is someone else's (Shift+B decodes a Basic header); a button keeps its own Space.
    fireEvent.keyDown(region, { key: 'b', shiftKey: true });
    fireEvent.keyDown(region, { key: 'ArrowRight', ctrlKey: true });
    fireEvent.keyDown(screen.getByRole('button', { name: 'Next' }), { key: ' ' });
    expect(position()).toBe('Step 1 of 5');
    expect(screen.getByRole('button', { name: 'Play' })).toBeTruthy();
    // Arrows on a control of the stage still step.
    fireEvent.keyDown(screen.getByRole('button', { name: 'Next' }), { key: 'ArrowRight' });
    expect(position()).toBe('Step 2 of 5');

    // A text field inside the stage keeps its keys.
    const field = document.createElement('input');
    region.append(field);
    fireEvent.keyDown(field, { key: 'n' });
    fireEvent.keyDown(field, { key: ' ' });
    expect(position()).toBe('Step 2 of 5');
    field.remove();

    // Nothing moves behind an open dialog.
    const dialog = document.createElement('dialog');
    dialog.setAttribute('open', '');
    document.body.append(dialog);
    fireEvent.keyDown(region, { key: 'ArrowRight' });
    expect(position()).toBe('Step 2 of 5');
    dialog.remove();
    fireEvent.keyDown(region, { key: 'ArrowRight' });
    expect(position()).toBe('Step 3 of 5');
  });
});
