// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { HistorySummary } from '../../shared/domain/history';
import { successAttempt } from '../test-support/attempts';
import { formInput, renderConsole } from '../test-support/render-console';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

// An entry without its environment: listing it throws while rendering the sidebar's History.
const malformed = {
  id: 'broken',
  at: '2026-01-01T00:00:00.000Z',
  outcome: 'success',
  durationMs: 5,
} as unknown as HistorySummary;

describe('a panel that throws', () => {
  it('fails alone: the sidebar says so, and the request and response panes still send and show a token', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { api } = await renderConsole({
      'history:list': () => ({ ok: true, value: [malformed] }),
      'token:request': () => ({ ok: true, value: successAttempt(Date.now()) }),
    });
    const failed = screen.getByRole('region', { name: 'Sidebar (failed)' });
    expect(within(failed).getByRole('alert').textContent).toMatch(/^This panel failed: /);
    expect(within(failed).getByRole('button', { name: 'Reload panel' })).toBeTruthy();

    fireEvent.change(formInput('Client ID'), { target: { value: 'my-client' } });
    fireEvent.change(formInput('Client secret'), { target: { value: 'my-secret' } });
    fireEvent.click(screen.getByRole('button', { name: 'Request token' }));
    await waitFor(() => expect(api.callsTo('token:request')).toHaveLength(1));
    const response = await screen.findByRole('region', { name: /^Response/ });
    await waitFor(() => expect(response.textContent).toContain('200'));
    expect(screen.getAllByRole('region', { name: /\(failed\)$/ })).toHaveLength(1);
  });
});
