// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { FakeHandlers } from '../../test-support/fake-api';
import { fakeProfiles, profileFixture } from '../../test-support/fake-profiles';
import { formInput, renderConsole } from '../../test-support/render-console';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const SECRET = 'kept-in-main-only';
const shop = profileFixture('shop', {
  name: 'Shop sandbox',
  environment: 'mp-sandbox',
  clientId: 'shop-client',
  notes: 'Team A',
});

async function setup(extra: FakeHandlers = {}) {
  const fake = fakeProfiles({ profiles: [shop], secrets: { shop: SECRET }, selectedId: 'shop' });
  const rendered = await renderConsole({ ...fake.handlers, ...extra });
  return { ...rendered, fake };
}

const button = (name: string) => screen.getByRole('button', { name });
const feedback = () => document.querySelector('.profiles-feedback')?.textContent ?? '';

describe('profile management', () => {
  it('creates a profile: validates the VAT, sends the typed secret once and selects the new profile', async () => {
    const { api } = await setup();
    fireEvent.click(button('New profile'));
    const dialog = screen.getByRole('dialog', { name: 'New profile' });
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    const field = (name: string) => within(dialog).getByLabelText(name, { selector: 'input' }) as HTMLInputElement;
    fireEvent.click(within(dialog).getByRole('button', { name: 'Create profile' }));
    expect(within(dialog).getByText('Give the profile a name.')).toBeTruthy();
    expect(api.callsTo('profiles:create')).toHaveLength(0);
    // Focus goes to the first field that says what is wrong, not left on the button.
    await waitFor(() => expect(document.activeElement).toBe(field('Name')));
    fireEvent.change(field('Name'), { target: { value: 'Kiosk' } });
    fireEvent.change(field('Client ID'), { target: { value: 'kiosk-id' } });
    fireEvent.change(field('Client secret'), { target: { value: 'kiosk-secret' } });
    expect(field('Client secret').type).toBe('password');
    expect(dialog.innerHTML).not.toContain('kiosk-secret');
    fireEvent.change(field('Default merchant VAT'), { target: { value: 'DK-123' } });
    expect(field('Default merchant VAT').getAttribute('aria-invalid')).toBe('true');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Create profile' }));
    expect(api.callsTo('profiles:create')).toHaveLength(0);
    await waitFor(() => expect(document.activeElement).toBe(field('Default merchant VAT')));
    fireEvent.change(field('Default merchant VAT'), { target: { value: 'DK13585628' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Create profile' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(api.callsTo('profiles:create')).toEqual([
      {
        name: 'Kiosk',
        environment: 'mp-sandbox',
        clientId: 'kiosk-id',
        clientSecret: 'kiosk-secret',
        defaultMerchantVat: 'DK13585628',
        basicEncoding: 'form',
        sendIbmClientId: false,
        notes: '',
      },
    ]);
    await waitFor(() => expect((screen.getByRole('radio', { name: 'Kiosk' }) as HTMLInputElement).checked).toBe(true));
    expect(formInput('Client ID').value).toBe('kiosk-id');
    expect(formInput('Merchant VAT').value).toBe('DK13585628');
    expect(feedback()).toContain('Saved profile Kiosk.');
  });

  it('edits a profile: a blank secret keeps the stored one and a cleared VAT is sent as null', async () => {
    const { api } = await setup();
    fireEvent.click(button('Edit'));
    const dialog = screen.getByRole('dialog', { name: 'Edit profile Shop sandbox' });
    const secret = within(dialog).getByLabelText('Client secret', { selector: 'input' }) as HTMLInputElement;
    expect(secret.value).toBe('');
    expect(secret.placeholder).toBe('Leave blank to keep the stored secret');
    fireEvent.change(within(dialog).getByLabelText('Client ID', { selector: 'input' }), {
      target: { value: 'shop-client-2' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const [call] = api.callsTo('profiles:update') as { id: string; patch: Record<string, unknown> }[];
    expect(call?.patch).toMatchObject({
      clientId: 'shop-client-2',
      notes: 'Team A',
      defaultMerchantVat: null,
      customTokenUrl: null,
    });
    expect(call?.patch).not.toHaveProperty('clientSecret');
    expect(formInput('Client ID').value).toBe('shop-client-2');
  });

  it('asks before deleting, in a modal that Escape cancels and that gives focus back', async () => {
    const { api } = await setup();
    const deleteButton = button('Delete');
    deleteButton.focus();
    fireEvent.click(deleteButton);
    const dialog = screen.getByRole('dialog', { name: 'Delete profile Shop sandbox?' });
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Cancel' }));
    fireEvent.keyDown(dialog, { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(deleteButton);
    expect(api.callsTo('profiles:delete')).toHaveLength(0);

    fireEvent.click(button('Delete'));
    const again = screen.getByRole('dialog', { name: 'Delete profile Shop sandbox?' });
    fireEvent.click(within(again).getByRole('button', { name: 'Delete profile' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(api.callsTo('profiles:delete')).toEqual([{ id: 'shop' }]);
    expect(screen.queryByRole('radio', { name: 'Shop sandbox' })).toBeNull();
    expect((screen.getByRole('radio', { name: 'Ad-hoc (no profile)' }) as HTMLInputElement).checked).toBe(true);
    // The Delete button went with the profile: focus lands on the choice now selected, not on <body>.
    expect(document.activeElement).toBe(screen.getByRole('radio', { name: 'Ad-hoc (no profile)' }));
  });

  it('keeps Tab inside an open dialog', async () => {
    await setup();
    fireEvent.click(button('Delete'));
    const dialog = screen.getByRole('dialog');
    const [cancel, confirm] = within(dialog).getAllByRole('button');
    confirm?.focus();
    fireEvent.keyDown(dialog, { key: 'Tab' });
    expect(document.activeElement).toBe(cancel);
    fireEvent.keyDown(dialog, { key: 'Tab', shiftKey: true });
    expect(document.activeElement).toBe(confirm);
  });

  it('duplicates and selects the copy', async () => {
    await setup();
    fireEvent.click(button('Duplicate'));
    await waitFor(() =>
      expect((screen.getByRole('radio', { name: 'Shop sandbox (copy)' }) as HTMLInputElement).checked).toBe(true),
    );
    expect(feedback()).toContain('Duplicated as Shop sandbox (copy).');
  });

  it('copies the secret through main and says when the clipboard is cleared; shows UNSUPPORTED plainly', async () => {
    const { api } = await setup();
    fireEvent.click(button('Copy secret'));
    await waitFor(() => expect(feedback()).toBe('Copied — the clipboard is cleared in 30 s.'));
    expect(api.callsTo('profiles:copy-secret')).toEqual([{ id: 'shop' }]);
    cleanup();
    const message =
      'Copy secret works in the desktop app only: the browser preview never hands a saved secret to the page.';
    await setup({ 'profiles:copy-secret': () => ({ ok: false, error: { code: 'UNSUPPORTED', message } }) });
    fireEvent.click(button('Copy secret'));
    await waitFor(() => expect(feedback()).toBe(message));
  });

  it('compares a pasted secret in main and clears the field after each try', async () => {
    const { api } = await setup();
    fireEvent.click(button('Compare secret'));
    const dialog = screen.getByRole('dialog', { name: 'Compare secret' });
    const input = within(dialog).getByLabelText('Secret to compare') as HTMLInputElement;
    expect(input.type).toBe('password');
    fireEvent.change(input, { target: { value: 'wrong' } });
    within(dialog).getByRole('button', { name: 'Compare' }).focus();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Compare' }));
    await waitFor(() =>
      expect(within(dialog).getByRole('status').textContent).toBe('Does not match the saved secret.'),
    );
    expect(input.value).toBe('');
    // The emptied field disables Compare: focus waits in the field for the next try, not on <body>.
    expect(document.activeElement).toBe(input);
    fireEvent.change(input, { target: { value: SECRET } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Compare' }));
    await waitFor(() => expect(within(dialog).getByRole('status').textContent).toBe('Matches the saved secret.'));
    expect(api.callsTo('profiles:compare-secret')).toEqual([
      { id: 'shop', candidate: 'wrong' },
      { id: 'shop', candidate: SECRET },
    ]);
  });

  it('saves the ad-hoc form as a profile, typed secret included', async () => {
    const fake = fakeProfiles();
    const { api } = await renderConsole(fake.handlers);
    fireEvent.change(formInput('Client ID'), { target: { value: 'adhoc-id' } });
    fireEvent.change(formInput('Client secret'), { target: { value: 'adhoc-secret' } });
    button('Save as profile…').focus();
    fireEvent.click(button('Save as profile…'));
    const dialog = screen.getByRole('dialog', { name: 'New profile' });
    expect((within(dialog).getByLabelText('Client ID', { selector: 'input' }) as HTMLInputElement).value).toBe(
      'adhoc-id',
    );
    fireEvent.change(within(dialog).getByLabelText('Name', { selector: 'input' }), { target: { value: 'From form' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Create profile' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(api.callsTo('profiles:create')[0]).toMatchObject({
      name: 'From form',
      clientId: 'adhoc-id',
      clientSecret: 'adhoc-secret',
      environment: 'local',
    });
    await waitFor(() => expect(formInput('Client secret').value).toBe(''));
    // "Save as profile…" went with the ad-hoc form: focus lands on the new profile's choice, not on <body>.
    expect(document.activeElement).toBe(screen.getByRole('radio', { name: 'From form' }));
  });

  it('exports a backup as a download and says no secrets are included', async () => {
    const createObjectURL = vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:backup');
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    await setup({
      'profiles:export': () => ({
        ok: true,
        value: { json: '{"profiles":[]}', fileName: 'integrator-console-profiles-2026-01-01.json' },
      }),
    });
    fireEvent.click(button('Export profiles'));
    await waitFor(() =>
      expect(feedback()).toBe(
        'Exported 1 profile to integrator-console-profiles-2026-01-01.json. No secrets are included.',
      ),
    );
    expect(click).toHaveBeenCalledTimes(1);
    expect(createObjectURL).toHaveBeenCalledTimes(1);
    expect(click.mock.contexts[0]).toMatchObject({
      download: 'integrator-console-profiles-2026-01-01.json',
      href: 'blob:backup',
    });
  });

  it('imports a backup file and reports what was imported and skipped', async () => {
    const { api } = await setup({
      'profiles:import': () => ({
        ok: true,
        value: { imported: 2, skipped: [{ index: 2, reason: 'name: Give the profile a name.' }] },
      }),
    });
    const file = new File(['{"format":"integrator-console-profiles"}'], 'backup.json', { type: 'application/json' });
    fireEvent.change(screen.getByLabelText('Import backup'), { target: { files: [file] } });
    await waitFor(() => expect(feedback()).toBe('Imported 2 profiles; skipped 1: #3 name: Give the profile a name.'));
    expect(api.callsTo('profiles:import')).toEqual([{ json: '{"format":"integrator-console-profiles"}' }]);
    expect(api.callsTo('profiles:list').length).toBeGreaterThanOrEqual(2);
  });
});
