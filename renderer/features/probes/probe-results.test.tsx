// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ClientAuthProbeResult } from '../../../shared/domain/probes';
import { createFakeApi } from '../../test-support/fake-api';
import { fakeSettings } from '../../test-support/fake-settings';
import { PROBE_RESULT, probeRow } from '../../test-support/diagnosis-fixtures';
import { PresentationProvider } from '../presentation/presentation-provider';
import { createPresentationStore } from '../presentation/use-presentation-store';
import { ProbeResults } from './probe-results';

/** Issue 11 item 6: no character of the secret in presentation mode; "Use this encoding" in one click. */
afterEach(cleanup);

async function renderResults(result: ClientAuthProbeResult, presentationMode: boolean, onUseEncoding = vi.fn()) {
  const store = createPresentationStore(createFakeApi(fakeSettings({ presentationMode }).handlers));
  await store.getState().load();
  const view = render(
    <PresentationProvider store={store}>
      <ProbeResults result={result} onUseEncoding={onUseEncoding} />
    </PresentationProvider>,
  );
  return { container: view.container, onUseEncoding };
}

describe('ProbeResults', () => {
  it('shows which characters differ while presentation mode is off', async () => {
    await renderResults(PROBE_RESULT, false);
    expect(
      screen.getByRole('table', { name: 'Characters of the secret that form-encoding changes' }).textContent,
    ).toContain('%2B');
  });

  it('in presentation mode shows only how many characters differ, none of them', async () => {
    const { container } = await renderResults(PROBE_RESULT, true);
    expect(screen.queryByRole('table', { name: 'Characters of the secret that form-encoding changes' })).toBeNull();
    expect(container.textContent).toMatch(
      new RegExp(`${PROBE_RESULT.differingCharacters.length} characters? of this secret change`),
    );
    for (const character of PROBE_RESULT.differingCharacters)
      expect(container.textContent).not.toContain(character.formEncoded);
  });

  it.each([
    ['form accepted, raw refused', [true, false], 'form', 'Use this encoding: Basic form-encoded'],
    ['raw accepted, form refused', [false, true], 'raw', 'Use this encoding: Basic raw'],
  ] as const)('%s: one click uses that encoding', async (_name, [form, raw], encoding, label) => {
    const result = {
      ...PROBE_RESULT,
      rows: [probeRow('basic-form', form), probeRow('basic-raw', raw), probeRow('post', true)],
    };
    const { onUseEncoding } = await renderResults(result, false);
    fireEvent.click(screen.getByRole('button', { name: label }));
    expect(onUseEncoding).toHaveBeenCalledWith(encoding);
  });

  it('offers no encoding when both or neither Basic encoding was accepted', async () => {
    await renderResults(
      { ...PROBE_RESULT, rows: [probeRow('basic-form', true), probeRow('basic-raw', true), probeRow('post', true)] },
      false,
    );
    expect(screen.queryByRole('button', { name: /Use this encoding/ })).toBeNull();
  });
});
