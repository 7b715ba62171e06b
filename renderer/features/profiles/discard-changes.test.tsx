// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeProfiles, profileFixture } from '../../test-support/fake-profiles';
import { renderConsole } from '../../test-support/render-console';

afterEach(cleanup);

const SECRET = 'typed-secret-never-echoed';
const shop = profileFixture('shop', {
  name: 'Shop sandbox',
  environment: 'mp-sandbox',
  clientId: 'shop-client',
  notes: 'Team A',
});

async function setup() {
  const fake = fakeProfiles({ profiles: [shop], secrets: { shop: 'stored' }, selectedId: 'shop' });
  return renderConsole(fake.handlers);
}

const button = (name: string) => screen.getByRole('button', { name });
const question = () => screen.queryByRole('alertdialog', { name: 'Discard your changes?' });
const field = (dialog: HTMLElement, name: string) =>
  within(dialog).getByLabelText(name, { selector: 'input, textarea' }) as HTMLInputElement;

function openNewProfile() {
  fireEvent.click(button('New profile'));
  return screen.getByRole('dialog', { name: 'New profile' });
}

function fillNewProfile(dialog: HTMLElement) {
  fireEvent.change(field(dialog, 'Name'), { target: { value: 'Kiosk' } });
  fireEvent.change(field(dialog, 'Client ID'), { target: { value: 'kiosk-id' } });
  fireEvent.change(field(dialog, 'Client secret'), { target: { value: SECRET } });
  fireEvent.change(field(dialog, 'Notes'), { target: { value: 'Front desk' } });
}

describe('closing a profile dialog with unsaved changes', () => {
  it('closes a pristine New profile dialog at once on Escape', async () => {
    await setup();
    fireEvent.keyDown(openNewProfile(), { key: 'Escape' });
    expect(question()).toBeNull();
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('asks on Escape; Keep editing (focused first) keeps every value; the question never shows the secret', async () => {
    const { api } = await setup();
    const dialog = openNewProfile();
    fillNewProfile(dialog);
    field(dialog, 'Notes').focus();
    fireEvent.keyDown(field(dialog, 'Notes'), { key: 'Escape' });
    const ask = question();
    expect(ask).not.toBeNull();
    expect(ask?.textContent).toContain('“New profile” has not been saved');
    expect(ask?.innerHTML).not.toContain(SECRET);
    expect(ask?.textContent).not.toContain('kiosk-id');
    expect(document.activeElement).toBe(within(ask as HTMLElement).getByRole('button', { name: 'Keep editing' }));

    fireEvent.click(within(ask as HTMLElement).getByRole('button', { name: 'Keep editing' }));
    expect(question()).toBeNull();
    expect(screen.getByRole('dialog', { name: 'New profile' })).toBe(dialog);
    expect(field(dialog, 'Name').value).toBe('Kiosk');
    expect(field(dialog, 'Client ID').value).toBe('kiosk-id');
    expect(field(dialog, 'Client secret').value).toBe(SECRET);
    expect(field(dialog, 'Notes').value).toBe('Front desk');
    expect(document.activeElement).toBe(field(dialog, 'Notes'));
    expect(api.callsTo('profiles:create')).toHaveLength(0);
  });

  it('Discard closes the dialog and drops what was typed', async () => {
    const { api } = await setup();
    const dialog = openNewProfile();
    fillNewProfile(dialog);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    fireEvent.click(within(question() as HTMLElement).getByRole('button', { name: 'Discard' }));
    expect(question()).toBeNull();
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(api.callsTo('profiles:create')).toHaveLength(0);
    const again = openNewProfile();
    expect(field(again, 'Name').value).toBe('');
    expect(field(again, 'Client secret').value).toBe('');
  });

  it('Edit profile asks only once something differs from the saved profile', async () => {
    await setup();
    fireEvent.click(button('Edit'));
    const dialog = screen.getByRole('dialog', { name: 'Edit profile Shop sandbox' });
    fireEvent.change(field(dialog, 'Notes'), { target: { value: 'Team B' } });
    fireEvent.keyDown(dialog, { key: 'Escape' });
    expect(question()).not.toBeNull();
    fireEvent.click(within(question() as HTMLElement).getByRole('button', { name: 'Keep editing' }));
    fireEvent.change(field(dialog, 'Notes'), { target: { value: 'Team A' } });
    fireEvent.keyDown(dialog, { key: 'Escape' });
    expect(question()).toBeNull();
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('Import credentials asks before dropping a paste, and closes at once when nothing was pasted', async () => {
    await setup();
    fireEvent.click(button('Import credentials'));
    fireEvent.keyDown(screen.getByRole('dialog', { name: 'Import credentials' }), { key: 'Escape' });
    expect(question()).toBeNull();
    expect(screen.queryByRole('dialog')).toBeNull();

    fireEvent.click(button('Import credentials'));
    const dialog = screen.getByRole('dialog', { name: 'Import credentials' });
    const pasted = within(dialog).getByLabelText('Pasted credentials') as HTMLTextAreaElement;
    fireEvent.change(pasted, { target: { value: `client_id: demo\nclient_secret: ${SECRET}` } });
    fireEvent.keyDown(pasted, { key: 'Escape' });
    const ask = question();
    expect(ask?.innerHTML).not.toContain(SECRET);
    fireEvent.click(within(ask as HTMLElement).getByRole('button', { name: 'Keep editing' }));
    expect(pasted.value).toBe(`client_id: demo\nclient_secret: ${SECRET}`);
    fireEvent.keyDown(pasted, { key: 'Escape' });
    fireEvent.click(within(question() as HTMLElement).getByRole('button', { name: 'Discard' }));
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});
