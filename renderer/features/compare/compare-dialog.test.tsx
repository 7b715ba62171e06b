// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { tokenAttempt, unauthorizedAttempt } from '../../test-support/attempts';
import { fakeHistory } from '../../test-support/fake-history';
import { renderConsole } from '../../test-support/render-console';

afterEach(cleanup);

const history = () => screen.getByRole('region', { name: 'History' });
const picks = () => within(history()).getAllByRole('checkbox', { name: /for comparison$/ }) as HTMLInputElement[];
const compareButton = () => within(history()).getByRole('button', { name: 'Compare' }) as HTMLButtonElement;

function seeded() {
  const now = Date.now();
  return fakeHistory([
    { ...unauthorizedAttempt(now - 60_000), id: 'bad' },
    tokenAttempt(now - 120_000, { id: 'good' }),
    tokenAttempt(now - 180_000, { id: 'older' }),
  ]);
}

describe('Compare two attempts', () => {
  it('takes at most two, then compares them side by side with differences marked in words', async () => {
    const { api } = await renderConsole(seeded().handlers);
    expect(compareButton().disabled).toBe(true);
    expect(history().textContent).toContain('0 of 2 selected');
    fireEvent.click(picks()[0] as HTMLInputElement);
    fireEvent.click(picks()[1] as HTMLInputElement);
    expect(picks()[2]?.disabled).toBe(true);
    expect(compareButton().disabled).toBe(false);
    fireEvent.click(compareButton());
    const dialog = screen.getByRole('dialog', { name: 'Compare two attempts' });
    const status = await within(dialog).findByRole('table', { name: /^Status/ });
    expect(api.callsTo('history:get')).toEqual([{ id: 'bad' }, { id: 'good' }]);
    const statusRow = within(status).getByRole('rowheader', { name: 'Status' }).closest('tr');
    expect(statusRow?.className).toBe('diff-row-differs');
    expect(statusRow?.textContent).toContain('401 Unauthorized');
    expect(statusRow?.textContent).toContain('200 OK');
    expect(statusRow?.textContent).toContain('Differs');
    const overview = within(dialog).getByRole('table', { name: /^Overview/ });
    expect(within(overview).getByRole('rowheader', { name: 'Environment' }).closest('tr')?.textContent).toContain(
      'Same',
    );
    expect(dialog.textContent).toMatch(/\d+ fields differ/);
    fireEvent.click(within(dialog).getByRole('checkbox', { name: 'Show only differences' }));
    expect(within(overview).queryByRole('rowheader', { name: 'Environment' })).toBeNull();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('unselecting frees a slot, and a vanished attempt is reported', async () => {
    const seed = seeded();
    await renderConsole(seed.handlers);
    fireEvent.click(picks()[0] as HTMLInputElement);
    fireEvent.click(picks()[2] as HTMLInputElement);
    fireEvent.click(picks()[0] as HTMLInputElement);
    expect(picks()[1]?.disabled).toBe(false);
    fireEvent.click(picks()[1] as HTMLInputElement);
    seed.attempts.splice(1, 1);
    fireEvent.click(compareButton());
    expect((await within(screen.getByRole('dialog')).findByRole('alert')).textContent).toContain(
      'no longer in History',
    );
  });
});
