// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { PRODUCTION_ENVIRONMENT, tokenAttempt, unauthorizedAttempt } from '../../test-support/attempts';
import { fakeHistory } from '../../test-support/fake-history';
import { formInput, renderConsole, showResultTab } from '../../test-support/render-console';

afterEach(cleanup);

const panel = () => screen.getByRole('region', { name: 'History' });
const rows = () => within(panel()).queryAllByRole('listitem');
const openButtons = () => within(panel()).queryAllByRole('button', { name: /^Open attempt/ });

function seeded() {
  const now = Date.now();
  return fakeHistory([
    { ...unauthorizedAttempt(now - 60_000), id: 'old-401' },
    tokenAttempt(now - 120_000, { id: 'prod-200', environment: PRODUCTION_ENVIRONMENT, merchantVat: 'DK13585628' }),
  ]);
}

describe('History', () => {
  it('says "No attempts yet" when empty, and lists a new attempt after each request', async () => {
    const history = fakeHistory();
    const { api } = await renderConsole({
      ...history.handlers,
      ...history.recordingRequests(() => tokenAttempt(Date.now(), { id: 'new-1' })),
    });
    expect(panel().textContent).toContain('No attempts yet');
    fireEvent.change(formInput('Client ID'), { target: { value: 'my-client' } });
    fireEvent.change(formInput('Client secret'), { target: { value: 'my-secret' } });
    fireEvent.click(screen.getByRole('button', { name: 'Request token' }));
    await waitFor(() => expect(rows()).toHaveLength(1));
    expect(api.callsTo('history:list')).toHaveLength(1);
    expect(openButtons()[0]?.getAttribute('aria-current')).toBe('true');
  });

  it('lists environment (Production in its warning colour), status, profile or client, VAT and time', async () => {
    await renderConsole(seeded().handlers);
    const [first, second] = openButtons();
    expect(first?.textContent).toContain('401 Unauthorized');
    expect(first?.textContent).toContain('no VAT');
    expect(second?.textContent).toContain('200 OK');
    expect(second?.textContent).toContain('DK13585628');
    expect(within(second as HTMLElement).getByText('PRODUCTION').className).toContain('badge-warning');
    expect(within(first as HTMLElement).getByText('LOCAL').className).toContain('badge-success');
    expect(first?.querySelector('time')?.getAttribute('dateTime')).toMatch(/^\d{4}-\d\d-\d\dT/);
  });

  it('opens an attempt in the viewer, marked "from History"', async () => {
    const { api } = await renderConsole(seeded().handlers);
    fireEvent.click(openButtons()[1] as HTMLElement);
    await waitFor(() => expect(api.callsTo('history:get')).toEqual([{ id: 'prod-200' }]));
    const response = await screen.findByRole('region', { name: /^Response/ });
    await waitFor(() => expect(response.textContent).toContain('from History'));
    expect(response.textContent).toContain('Opened from History');
    showResultTab('Token');
    expect(screen.getByRole('table', { name: 'Claims' })).toBeTruthy();
    // A token from History is not re-fetched automatically, and not verified without being asked.
    expect(screen.queryByRole('checkbox', { name: 'Refresh automatically' })).toBeNull();
    expect(api.callsTo('token:verify')).toHaveLength(0);
    expect(openButtons()[1]?.getAttribute('aria-current')).toBe('true');
  });

  it('deletes one attempt, and clears all after a confirmation (Cancel keeps them)', async () => {
    const { api } = await renderConsole(seeded().handlers);
    fireEvent.click(within(rows()[0] as HTMLElement).getByRole('button', { name: /^Delete attempt of / }));
    await waitFor(() => expect(rows()).toHaveLength(1));
    expect(api.callsTo('history:delete')).toEqual([{ id: 'old-401' }]);
    // The row leaves with the store's update; the status line is set in a later render.
    await waitFor(() => expect(within(panel()).getByRole('status').textContent).toMatch(/^Deleted the attempt of /));

    fireEvent.click(within(panel()).getByRole('button', { name: 'Clear all' }));
    const confirm = screen.getByRole('dialog', { name: 'Clear all history?' });
    fireEvent.click(within(confirm).getByRole('button', { name: 'Cancel' }));
    expect(api.callsTo('history:clear')).toHaveLength(0);
    expect(rows()).toHaveLength(1);

    fireEvent.click(within(panel()).getByRole('button', { name: 'Clear all' }));
    fireEvent.click(
      within(screen.getByRole('dialog', { name: 'Clear all history?' })).getByRole('button', { name: 'Clear all' }),
    );
    await waitFor(() => expect(panel().textContent).toContain('No attempts yet'));
    expect(api.callsTo('history:clear')).toHaveLength(1);
    // Clear all went with the entries; the empty state takes focus instead of <body>.
    await waitFor(() => expect(document.activeElement).toBe(within(panel()).getByText(/^No attempts yet/)));
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('moves focus from a deleted row to the next row, else the previous one, else the empty state', async () => {
    const now = Date.now();
    const history = fakeHistory([
      { ...unauthorizedAttempt(now - 60_000), id: 'first' },
      tokenAttempt(now - 120_000, { id: 'second' }),
      tokenAttempt(now - 180_000, { id: 'third' }),
    ]);
    await renderConsole(history.handlers);
    const deleteIn = (row: number) =>
      within(rows()[row] as HTMLElement).getByRole('button', { name: /^Delete attempt of / });
    const pressDelete = async (row: number, left: number) => {
      const button = deleteIn(row);
      button.focus();
      fireEvent.click(button);
      await waitFor(() => expect(rows()).toHaveLength(left));
    };

    // The middle row: the one that moved up into its place.
    const [, , third] = openButtons();
    await pressDelete(1, 2);
    await waitFor(() => expect(document.activeElement).toBe(third));
    // The last row: there is no next one, so the row above.
    const [first] = openButtons();
    await pressDelete(1, 1);
    await waitFor(() => expect(document.activeElement).toBe(first));
    // The only row: the empty state says what is left.
    await pressDelete(0, 0);
    await waitFor(() => expect(document.activeElement).toBe(within(panel()).getByText(/^No attempts yet/)));
  });

  it('leaves focus where it is when a delete fails', async () => {
    const history = seeded();
    await renderConsole({
      ...history.handlers,
      'history:delete': () => ({ ok: false, error: { code: 'INTERNAL', message: 'History is locked.' } }),
    });
    const button = within(rows()[0] as HTMLElement).getByRole('button', { name: /^Delete attempt of / });
    button.focus();
    fireEvent.click(button);
    await waitFor(() => expect(within(panel()).getByRole('status').textContent).toBe('History is locked.'));
    expect(rows()).toHaveLength(2);
    expect(document.activeElement).toBe(button);
  });

  it('shows a load failure with a retry, and a vanished attempt in words', async () => {
    let fail = true;
    const history = seeded();
    await renderConsole({
      ...history.handlers,
      'history:list': (request) =>
        fail
          ? { ok: false, error: { code: 'INTERNAL', message: 'History is locked.' } }
          : history.handlers['history:list']!(request),
    });
    expect((await within(panel()).findByRole('alert')).textContent).toContain('History is locked.');
    fail = false;
    fireEvent.click(within(panel()).getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(rows()).toHaveLength(2));
    history.attempts.splice(0, 1);
    fireEvent.click(openButtons()[0] as HTMLElement);
    await waitFor(() =>
      expect(within(panel()).getByRole('status').textContent).toBe('This attempt is no longer in History.'),
    );
    expect(rows()).toHaveLength(1);
  });
});
