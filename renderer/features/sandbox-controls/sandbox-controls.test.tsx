// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { RequestOf } from '../../../shared/ipc/contract';
import { sandboxStatusFor } from '../../test-support/fake-api';
import type { FakeHandlers } from '../../test-support/fake-api';
import { formInput, renderConsole } from '../../test-support/render-console';
import { DEFAULT_FAULTS } from './fault-draft';

afterEach(cleanup);

const controls = () => screen.getByRole('region', { name: /^Sandbox controls/ });
const faultForm = () => within(controls()).getByRole('form', { name: 'Fault switches' });
const faultField = (name: string) => within(faultForm()).getByLabelText(name) as HTMLInputElement;
const applyButton = () => within(faultForm()).getByRole('button', { name: 'Apply' }) as HTMLButtonElement;
/** The line under a field: its hint, or what is wrong with it. */
const describedBy = (input: HTMLElement) =>
  document.getElementById(input.getAttribute('aria-describedby') ?? '')?.textContent ?? '';

function acceptingFaults(): FakeHandlers {
  return {
    'sandbox:set-faults': ({ environment = 'local', faults }: RequestOf<'sandbox:set-faults'>) => {
      // A main whose limit is lower than the form's: the form's own check passes, main's answer is the net.
      if (faults.tokenLifetimeSeconds === 86_400) {
        return {
          ok: false,
          error: { code: 'INVALID_INPUT', message: 'Token lifetime (s) must be a whole number from 1 to 3700.' },
        };
      }
      const status = sandboxStatusFor(environment, 'running');
      return { ok: true, value: { ...status, faults: { ...DEFAULT_FAULTS, ...faults } } };
    },
    'sandbox:rotate-key': ({ environment = 'local' }) => ({
      ok: true,
      value: { ...sandboxStatusFor(environment, 'running'), kid: 'KID-NEW' },
    }),
  };
}

describe('Sandbox controls', () => {
  it('shows the Local sandbox running with its key id and no active faults', async () => {
    await renderConsole();
    await waitFor(() => expect(controls().textContent).toContain('KID-LOCAL-1'));
    expect(controls().textContent).toContain('Running');
    expect(controls().textContent).toContain('Active faults: none.');
  });

  it('applies the fault switches as numbers, says so, and lists them as active', async () => {
    const { api } = await renderConsole(acceptingFaults());
    await waitFor(() => expect(controls().textContent).toContain('KID-LOCAL-1'));
    fireEvent.change(faultField('Token lifetime (s)'), { target: { value: '64' } });
    fireEvent.change(faultField('Clock skew (s)'), { target: { value: '-90' } });
    fireEvent.change(within(faultForm()).getByRole('combobox', { name: 'Server error' }), { target: { value: '503' } });
    fireEvent.change(within(faultForm()).getByRole('combobox', { name: 'Basic decoding' }), {
      target: { value: 'raw' },
    });
    fireEvent.click(within(faultForm()).getByRole('checkbox', { name: 'Require x-ibm-client-id' }));
    fireEvent.click(within(faultForm()).getByRole('button', { name: 'Apply' }));
    await waitFor(() => expect(within(controls()).getByRole('status').textContent).toBe('Fault switches applied.'));
    expect(api.callsTo('sandbox:set-faults')).toEqual([
      {
        environment: 'local',
        faults: {
          tokenLifetimeSeconds: 64,
          clockSkewSeconds: -90,
          delayMs: 0,
          serverError: 503,
          dropConnection: false,
          requireIbmClientId: true,
          basicDecoding: 'raw',
        },
      },
    ]);
    expect(controls().textContent).toContain(
      'Active faults: token lifetime 64 s, clock skew -90 s, server error 503, x-ibm-client-id required, Basic read raw.',
    );
  });

  it('says "Type a number" as one types and blocks Apply, and shows the sandbox\'s INVALID_INPUT on the field it names', async () => {
    const { api } = await renderConsole(acceptingFaults());
    fireEvent.change(faultField('Delay (ms)'), { target: { value: 'soon' } });
    expect(faultField('Delay (ms)').getAttribute('aria-invalid')).toBe('true');
    expect(faultForm().textContent).toContain('Type a number.');
    expect(applyButton().disabled).toBe(true);
    fireEvent.click(applyButton());
    expect(api.callsTo('sandbox:set-faults')).toHaveLength(0);
    fireEvent.change(faultField('Delay (ms)'), { target: { value: '0' } });
    fireEvent.change(faultField('Token lifetime (s)'), { target: { value: '86400' } });
    fireEvent.click(applyButton());
    expect((await within(controls()).findByRole('alert')).textContent).toContain(
      'Token lifetime (s) must be a whole number from 1 to 3700.',
    );
    expect(faultField('Token lifetime (s)').getAttribute('aria-invalid')).toBe('true');
    expect(faultField('Delay (ms)').getAttribute('aria-invalid')).toBeNull();
  });

  it.each([
    ['Delay (ms)', '999999', 'Delay (ms) must be a whole number from 0 to 120000.'],
    ['Delay (ms)', '-5', 'Delay (ms) must be a whole number from 0 to 120000.'],
    ['Delay (ms)', '\u22125', 'Delay (ms) must be a whole number from 0 to 120000.'],
    ['Delay (ms)', '1.5', 'Delay (ms) must be a whole number from 0 to 120000.'],
    ['Token lifetime (s)', '0', 'Token lifetime (s) must be a whole number from 1 to 86400.'],
    ['Token lifetime (s)', '99999999', 'Token lifetime (s) must be a whole number from 1 to 86400.'],
    ['Clock skew (s)', '99999999', 'Clock skew (s) must be a whole number from -31622400 to 31622400.'],
  ])(
    'says %s %s is out of range next to the field and keeps Apply disabled until it is fixed',
    async (label, value, message) => {
      const { api } = await renderConsole(acceptingFaults());
      fireEvent.change(faultField(label), { target: { value } });
      expect(faultField(label).getAttribute('aria-invalid')).toBe('true');
      expect(describedBy(faultField(label))).toBe(`Error: ${message}`);
      expect(applyButton().disabled).toBe(true);
      fireEvent.submit(faultForm());
      expect(api.callsTo('sandbox:set-faults')).toHaveLength(0);
      fireEvent.change(faultField(label), { target: { value: '60' } });
      expect(faultField(label).getAttribute('aria-invalid')).toBeNull();
      expect(applyButton().disabled).toBe(false);
    },
  );

  it('takes "−5" (U+2212, as the Clock skew hint writes it) as minus five', async () => {
    const { api } = await renderConsole(acceptingFaults());
    expect(describedBy(faultField('Clock skew (s)'))).toContain('behind (−)');
    fireEvent.change(faultField('Clock skew (s)'), { target: { value: '\u22125' } });
    expect(faultField('Clock skew (s)').getAttribute('aria-invalid')).toBeNull();
    fireEvent.click(applyButton());
    await waitFor(() => expect(api.callsTo('sandbox:set-faults')).toHaveLength(1));
    expect(api.callsTo('sandbox:set-faults')[0]).toMatchObject({ faults: { clockSkewSeconds: -5 } });
  });

  it("says in the Delay hint that above the console's 10 s request timeout a token request times out", async () => {
    await renderConsole(acceptingFaults());
    expect(describedBy(faultField('Delay (ms)'))).toMatch(/Above 10000 .*10 s timeout/);
  });

  it('resets to the defaults and follows sandbox:changed for its own environment only', async () => {
    const { api } = await renderConsole(acceptingFaults());
    fireEvent.click(within(controls()).getByRole('button', { name: 'Reset faults' }));
    await waitFor(() =>
      expect(api.callsTo('sandbox:set-faults')).toEqual([{ environment: 'local', faults: DEFAULT_FAULTS }]),
    );
    act(() =>
      api.emit('sandbox:changed', {
        ...sandboxStatusFor('local-production', 'running'),
        faults: { ...DEFAULT_FAULTS, delayMs: 500 },
      }),
    );
    expect(controls().textContent).toContain('Active faults: none.');
    act(() =>
      api.emit('sandbox:changed', {
        ...sandboxStatusFor('local', 'running'),
        faults: { ...DEFAULT_FAULTS, delayMs: 500 },
      }),
    );
    expect(controls().textContent).toContain('Active faults: delay 500 ms.');
    expect(faultField('Delay (ms)').value).toBe('500');
  });

  it('rotates the signing key only after a confirmation that says old tokens stop verifying', async () => {
    const { api } = await renderConsole(acceptingFaults());
    fireEvent.click(within(controls()).getByRole('button', { name: 'Rotate signing key…' }));
    const dialog = screen.getByRole('dialog', { name: 'Rotate the signing key of Local sandbox?' });
    expect(dialog.textContent).toContain('stop verifying');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(api.callsTo('sandbox:rotate-key')).toHaveLength(0);
    fireEvent.click(within(controls()).getByRole('button', { name: 'Rotate signing key…' }));
    fireEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Rotate signing key' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(api.callsTo('sandbox:rotate-key')).toEqual([{ environment: 'local' }]);
    expect(controls().textContent).toContain('KID-NEW');
  });

  it('follows the environment: Local production gets its own controls, demo credentials and status; others get none', async () => {
    const { api } = await renderConsole(acceptingFaults());
    const picker = screen.getByRole('combobox', { name: 'Environment' });
    fireEvent.change(picker, { target: { value: 'local-production' } });
    await waitFor(() => expect(controls().textContent).toContain('Local production'));
    expect(api.callsTo('sandbox:status')).toContainEqual({ environment: 'local-production' });
    expect(screen.getByRole('status', { name: 'Local production status' }).textContent).toContain('Stopped');
    fireEvent.click(screen.getByRole('button', { name: 'Use demo credentials' }));
    await waitFor(() => expect(formInput('Client ID').value).toBe('prod-client-1'));
    expect(api.callsTo('sandbox:demo-clients')).toEqual([{ environment: 'local-production' }]);
    fireEvent.click(screen.getByRole('button', { name: 'Start sandbox' }));
    await waitFor(() =>
      expect(screen.getByRole('status', { name: 'Local production status' }).textContent).toContain('Running'),
    );
    expect(api.callsTo('sandbox:start')).toEqual([{ environment: 'local-production' }]);
    expect((screen.getByRole('textbox', { name: 'Token endpoint' }) as HTMLInputElement).value).toBe(
      'http://127.0.0.1:54322/integrator-authentication/connect/token',
    );
    fireEvent.change(picker, { target: { value: 'mp-sandbox' } });
    expect(screen.queryByRole('region', { name: /^Sandbox controls/ })).toBeNull();
  });

  it('Reset faults also clears a value the form refused, even when the saved faults were the defaults already', async () => {
    await renderConsole(acceptingFaults());
    fireEvent.change(faultField('Delay (ms)'), { target: { value: 'abc' } });
    expect(applyButton().disabled).toBe(true);
    fireEvent.click(within(controls()).getByRole('button', { name: 'Reset faults' }));
    await waitFor(() => expect(faultField('Delay (ms)').value).toBe('0'));
    expect(faultField('Delay (ms)').getAttribute('aria-invalid')).toBeNull();
    expect(applyButton().disabled).toBe(false);
  });
});
