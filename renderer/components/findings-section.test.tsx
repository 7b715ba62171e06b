// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { unauthorizedAttempt } from '../test-support/attempts';
import { CLOCK_NOTE, INVALID_CLIENT, findingFixture } from '../test-support/diagnosis-fixtures';
import { formInput, renderConsole } from '../test-support/render-console';
import { FindingsSection } from './findings-section';

afterEach(cleanup);

describe('FindingsSection', () => {
  it('shows each finding with severity icon and word, bold cause, evidence, next step and certainty, in the given order', () => {
    render(<FindingsSection findings={[INVALID_CLIENT, CLOCK_NOTE]} />);
    const region = screen.getByRole('region', { name: 'Findings (2)' });
    const [first, second] = within(region)
      .getAllByRole('listitem')
      .filter((item) => item.classList.contains('finding'));
    expect(first?.textContent).toContain('Problem');
    expect(first?.querySelector('.finding-icon')?.getAttribute('aria-hidden')).toBe('true');
    expect(first?.querySelector('strong')?.textContent).toBe('Local sandbox did not accept this client id and secret.');
    expect(within(first as HTMLElement).getByRole('list', { name: 'Evidence' }).textContent).toContain(
      'error: invalid_client.',
    );
    expect(first?.textContent).toContain("Next step: Check that both values are Local sandbox's pair.");
    expect(first?.textContent).toContain('Certain');
    expect(second?.textContent).toContain('Note');
    expect(second?.textContent).toContain('Possible');
    expect(within(second as HTMLElement).queryByRole('list', { name: 'Evidence' })).toBeNull();
  });

  it("keeps main's order rather than re-sorting", () => {
    const warning = findingFixture('clock-skew', { severity: 'warning', cause: 'Warned first.' });
    render(<FindingsSection findings={[warning, INVALID_CLIENT]} />);
    const causes = screen
      .getAllByRole('listitem')
      .filter((item) => item.classList.contains('finding'))
      .map((item) => item.querySelector('strong')?.textContent);
    expect(causes).toEqual(['Warned first.', INVALID_CLIENT.cause]);
  });

  it('says "No problems found" when there are none', () => {
    render(<FindingsSection findings={[]} />);
    expect(screen.getByRole('region', { name: 'Findings' }).textContent).toContain('No problems found.');
  });

  it('appears in the response column next to the response of a token request', async () => {
    const attempt = { ...unauthorizedAttempt(Date.now()), findings: [INVALID_CLIENT] };
    await renderConsole({ 'token:request': () => ({ ok: true, value: attempt }) });
    fireEvent.change(formInput('Client ID'), { target: { value: 'my-client' } });
    fireEvent.change(formInput('Client secret'), { target: { value: 'my-secret' } });
    fireEvent.click(screen.getByRole('button', { name: 'Request token' }));
    const response = await screen.findByRole('region', { name: /^Response/ });
    await waitFor(() =>
      expect(within(response).getByRole('region', { name: 'Findings (1)' }).textContent).toContain(
        INVALID_CLIENT.cause,
      ),
    );
  });
});
