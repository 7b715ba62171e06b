// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeProfiles } from '../../test-support/fake-profiles';
import { formInput, renderConsole } from '../../test-support/render-console';

afterEach(cleanup);

const SECRET = 'yCGhTVKTr1Vxqr8DBB7LFC1LPdAXkPsuCFiV5fUMSFA';
const PASTED = `client_id: demo-integrator\nclient_secret: ${SECRET}\u200B \n`;

async function openImport() {
  const fake = fakeProfiles();
  const rendered = await renderConsole(fake.handlers);
  fireEvent.click(screen.getByRole('button', { name: 'Import credentials' }));
  const dialog = screen.getByRole('dialog', { name: 'Import credentials' });
  const pasted = within(dialog).getByLabelText('Pasted credentials') as HTMLTextAreaElement;
  return { ...rendered, fake, dialog, pasted };
}

describe('Import credentials', () => {
  it('shows the zero-width character and the trailing space in the secret without showing the secret', async () => {
    const { dialog, pasted } = await openImport();
    fireEvent.change(pasted, { target: { value: PASTED } });
    const findings = within(dialog).getByRole('region', { name: 'What was found' });
    expect(findings.textContent).toContain('demo-integrator');
    expect(findings.textContent).toContain(`${SECRET.length + 2} characters, hidden`);
    expect(findings.textContent).toContain(
      'Client secret: a zero-width space (U+200B) at position 44; a space at the end',
    );
    expect(dialog.textContent).not.toContain(SECRET);
    expect(document.body.innerHTML).not.toContain(SECRET);
    expect((within(dialog).getByRole('checkbox', { name: 'Trim these characters' }) as HTMLInputElement).checked).toBe(
      false,
    );
    expect((within(dialog).getByLabelText('Name', { selector: 'input' }) as HTMLInputElement).value).toBe(
      'Imported demo-integrator',
    );
  });

  it('saves the raw values unless the user agrees to trim', async () => {
    const { api, dialog, pasted } = await openImport();
    fireEvent.change(pasted, { target: { value: PASTED } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save profile' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(api.callsTo('profiles:create')).toEqual([
      {
        name: 'Imported demo-integrator',
        environment: 'local',
        clientId: 'demo-integrator',
        clientSecret: `${SECRET}\u200B `,
      },
    ]);
  });

  it('trims only after the user ticks Trim these characters, then selects the new profile', async () => {
    const { api, dialog, pasted, fake } = await openImport();
    fireEvent.change(pasted, {
      target: {
        value: `{"client_id": " demo-integrator\u00A0", "client_secret": "${SECRET}\u200B ", "merchant_vat": "DK13585628"}`,
      },
    });
    expect(within(dialog).getByText(/Client ID: a space at the start; a non-breaking space/)).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('checkbox', { name: 'Trim these characters' }));
    expect(within(dialog).getByRole('region', { name: 'What was found' }).textContent).toContain(
      `; ${SECRET.length} after trimming`,
    );
    fireEvent.change(within(dialog).getByLabelText('Name', { selector: 'input' }), {
      target: { value: 'Demo, trimmed' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save profile' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(api.callsTo('profiles:create')).toEqual([
      {
        name: 'Demo, trimmed',
        environment: 'local',
        clientId: 'demo-integrator',
        clientSecret: SECRET,
        defaultMerchantVat: 'DK13585628',
      },
    ]);
    expect(fake.secrets.get('p1')).toBe(SECRET);
    await waitFor(() =>
      expect((screen.getByRole('radio', { name: 'Demo, trimmed' }) as HTMLInputElement).checked).toBe(true),
    );
    expect(formInput('Client ID').value).toBe('demo-integrator');
    expect(formInput('Merchant VAT').value).toBe('DK13585628');
  });

  it('keeps Save disabled without a client id, lists the problems, and forgets the paste on cancel', async () => {
    const { dialog, pasted } = await openImport();
    expect(pasted.className).toContain('masked-text');
    fireEvent.change(pasted, { target: { value: 'client_secret=only-a-secret\nthis line is noise' } });
    expect((within(dialog).getByRole('button', { name: 'Save profile' }) as HTMLButtonElement).disabled).toBe(true);
    const problems = within(dialog).getByRole('list', { name: 'Problems with the pasted text' });
    expect(problems.textContent).toContain('No client ID found');
    expect(problems.textContent).toContain('Line 2 could not be read');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    const ask = screen.getByRole('alertdialog', { name: 'Discard your changes?' });
    fireEvent.click(within(ask).getByRole('button', { name: 'Discard' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Import credentials' }));
    expect((screen.getByLabelText('Pasted credentials') as HTMLTextAreaElement).value).toBe('');
  });

  it('takes the environment from the paste when it says', async () => {
    const { dialog, pasted } = await openImport();
    fireEvent.change(pasted, { target: { value: 'environment: production\nclient_id: live-1\nclient_secret: s' } });
    expect((within(dialog).getByLabelText('Environment') as HTMLSelectElement).value).toBe('mp-production');
  });
});
