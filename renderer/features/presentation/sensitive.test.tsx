// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createFakeApi } from '../../test-support/fake-api';
import { fakeSettings } from '../../test-support/fake-settings';
import { usePresentation } from '../../lib/presentation';
import { PresentationProvider } from './presentation-provider';
import { REVEAL_MS, Sensitive } from '../../components/sensitive';
import { createPresentationStore } from './use-presentation-store';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const CLIENT_ID = 'demo-integrator';

function FreeText({ text }: { text: string }) {
  const { maskText } = usePresentation();
  return <pre>{maskText(text)}</pre>;
}

async function renderSensitive(presentationMode: boolean) {
  const store = createPresentationStore(createFakeApi(fakeSettings({ presentationMode }).handlers));
  await store.getState().load();
  const view = render(
    <PresentationProvider store={store}>
      <p>
        Client <Sensitive kind="clientId" value={CLIENT_ID} label="Client ID" />
      </p>
      <FreeText text={`Refused: ${CLIENT_ID} is not registered.`} />
    </PresentationProvider>,
  );
  return { store, container: view.container };
}

describe('Sensitive', () => {
  it('shows the plain value while presentation mode is off', async () => {
    const { container } = await renderSensitive(false);
    expect(container.textContent).toContain(`Client ${CLIENT_ID}`);
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('masks the value, reveals that one field for 5 seconds on click, then masks it again, and says so politely', async () => {
    vi.useFakeTimers();
    const { container } = await renderSensitive(true);
    expect(container.innerHTML).not.toContain(CLIENT_ID);
    const field = screen.getByRole('button', { name: 'Client ID (masked): demo••••••tor' });

    fireEvent.click(field);
    expect(field.textContent).toContain(CLIENT_ID);
    expect(screen.getByRole('status').textContent).toBe('Client ID shown for 5 seconds.');
    // Only that field: the same id in free text stays masked.
    expect(container.querySelector('pre')?.textContent).toBe('Refused: demo••••••tor is not registered.');

    act(() => vi.advanceTimersByTime(REVEAL_MS - 1));
    expect(field.textContent).toContain(CLIENT_ID);
    act(() => vi.advanceTimersByTime(1));
    expect(field.textContent).not.toContain(CLIENT_ID);
    expect(container.innerHTML).not.toContain(CLIENT_ID);
    expect(screen.getByRole('status').textContent).toBe('Client ID masked again.');
  });

  it('is a native button, so Enter or Space on the focused field reveals it; a second press masks it at once', async () => {
    const { container } = await renderSensitive(true);
    const field = screen.getByRole('button', { name: /^Client ID \(masked\)/ });
    expect(field.tagName).toBe('BUTTON');
    expect(field.getAttribute('type')).toBe('button');
    fireEvent.click(field);
    expect(container.textContent).toContain(CLIENT_ID);
    fireEvent.click(field);
    expect(container.innerHTML).not.toContain(CLIENT_ID);
    expect(screen.getByRole('status').textContent).toBe('Client ID masked again.');
  });
});
