// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_FAULTS } from '../../shared/domain/sandbox-faults';
import type { SandboxFaults } from '../../shared/domain/sandbox-faults';
import { sandboxStatusFor } from '../test-support/fake-api';
import { fakeSettings } from '../test-support/fake-settings';
import { renderApp, resetDocument } from '../test-support/render-app';
import { faultConsequences } from './guided-flow-slots';

beforeEach(resetDocument);
afterEach(() => {
  cleanup();
  resetDocument();
});

const running = (faults: Partial<SandboxFaults>) => ({
  ...sandboxStatusFor('local', 'running'),
  faults: { ...DEFAULT_FAULTS, ...faults },
});

describe('faults left on, named on the guided flow stage before the run', () => {
  it('names a server error switched on earlier and what the run will show, and Reset faults clears it', async () => {
    let faults: Partial<SandboxFaults> = { serverError: 500, delayMs: 300 };
    const { api } = await renderApp({
      ...fakeSettings().handlers,
      'sandbox:status': ({ environment = 'local' }) => ({
        ok: true,
        value: environment === 'local' ? running(faults) : sandboxStatusFor(environment, 'stopped'),
      }),
      'sandbox:set-faults': (request) => {
        faults = request.faults;
        return { ok: true, value: running(faults) };
      },
    });
    fireEvent.click(
      within(screen.getByRole('navigation', { name: 'Views' })).getByRole('button', { name: 'Guided flow' }),
    );
    const notice = await screen.findByRole('note', { name: /faults active/ });
    expect(notice.textContent).toContain(
      'the token endpoint answers 500 — the run will stop at step 2 with that failure',
    );
    expect(notice.textContent).toContain('every answer comes 300 ms late');
    // Before the run: above the steps, in the stage.
    expect(
      notice.compareDocumentPosition(screen.getByRole('list', { name: 'The five steps' })) &
        Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();

    fireEvent.click(within(notice).getByRole('button', { name: 'Reset faults' }));
    await waitFor(() => expect(screen.queryByRole('note', { name: /faults? active/i })).toBeNull());
    expect(api.callsTo('sandbox:set-faults')).toEqual([{ environment: 'local', faults: { ...DEFAULT_FAULTS } }]);
  });

  it('says nothing when every switch is at its default', async () => {
    await renderApp(fakeSettings().handlers);
    fireEvent.click(
      within(screen.getByRole('navigation', { name: 'Views' })).getByRole('button', { name: 'Guided flow' }),
    );
    await screen.findByRole('list', { name: 'The five steps' });
    expect(screen.queryByRole('note', { name: /faults? active/i })).toBeNull();
  });

  it('tells each switch by what the run will show', () => {
    expect(faultConsequences({ ...DEFAULT_FAULTS })).toEqual([]);
    expect(faultConsequences({ ...DEFAULT_FAULTS, dropConnection: true, serverError: 503 })).toEqual([
      'the sandbox drops every connection — step 1 will get no answer',
    ]);
    expect(faultConsequences({ ...DEFAULT_FAULTS, requireIbmClientId: true })[0]).toContain('step 2 will refuse it');
    expect(
      faultConsequences({ ...DEFAULT_FAULTS, clockSkewSeconds: -90, tokenLifetimeSeconds: 60, basicDecoding: 'raw' }),
    ).toHaveLength(3);
  });
});
