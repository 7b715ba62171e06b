// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { VaultStatus } from '../../../shared/domain/vault';
import { fakeProfiles } from '../../test-support/fake-profiles';
import { renderConsole } from '../../test-support/render-console';

afterEach(cleanup);

const banner = () => screen.getByRole('region', { name: 'Secret storage' });

async function withVault(vault: VaultStatus) {
  return renderConsole(fakeProfiles({ vault }).handlers);
}

describe('vault banner', () => {
  it('says quietly that secrets are encrypted', async () => {
    await withVault({ mode: 'encrypted', backend: 'gnome_libsecret', message: 'Encrypted.' });
    expect(banner().textContent).toContain('Secrets encrypted with the OS keychain (gnome_libsecret).');
    expect(within(banner()).queryByRole('button')).toBeNull();
  });

  it('says when secrets are kept for this session only', async () => {
    await withVault({ mode: 'session-only', message: 'Encryption is not available on this system.' });
    expect(banner().textContent).toBe(
      'Secrets are kept for this session only: Encryption is not available on this system.',
    );
  });

  it('offers weak protection only after a plain warning and a confirmation', async () => {
    const { api } = await withVault({
      mode: 'weak-refused',
      backend: 'basic_text',
      message: 'No system keyring is available.',
    });
    expect(banner().textContent).toContain('Secrets are not saved to disk: No system keyring is available.');
    fireEvent.click(within(banner()).getByRole('button', { name: 'Save secrets with weak protection' }));
    const dialog = screen.getByRole('dialog', { name: 'Save secrets with weak protection?' });
    expect(dialog.textContent).toContain('anyone who can read your files can read the secrets');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(api.callsTo('vault:allow-weak-encryption')).toHaveLength(0);

    fireEvent.click(within(banner()).getByRole('button', { name: 'Save secrets with weak protection' }));
    fireEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Save with weak protection' }));
    await waitFor(() => expect(banner().textContent).toContain('Secrets are saved with weak protection'));
    expect(api.callsTo('vault:allow-weak-encryption')).toEqual([{ allow: true }]);
    // The dialog closes once the list has been re-read, a moment after the banner changed.
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());

    fireEvent.click(within(banner()).getByRole('button', { name: 'Stop saving secrets' }));
    await waitFor(() => expect(banner().textContent).toContain('Secrets are not saved to disk'));
    expect(api.callsTo('vault:allow-weak-encryption')).toEqual([{ allow: true }, { allow: false }]);
  });
});

describe('start-up notices', () => {
  it('shows each moved-aside file in a dismissible alert', async () => {
    const notices = [
      {
        source: 'profiles',
        movedTo: 'profiles.json.corrupt-1',
        message: 'The saved profiles could not be read, so the file was moved aside as profiles.json.corrupt-1.',
      },
      {
        source: 'secrets',
        movedTo: 'secrets.json.corrupt-1',
        message: 'The saved client secrets could not be read, so the file was moved aside as secrets.json.corrupt-1.',
      },
    ] as const;
    await renderConsole(fakeProfiles({ notices: [...notices] }).handlers);
    const alerts = screen.getAllByRole('alert');
    expect(alerts.map((alert) => alert.textContent)).toEqual([
      expect.stringContaining(notices[0].message),
      expect.stringContaining(notices[1].message),
    ]);
    fireEvent.click(within(alerts[0] as HTMLElement).getByRole('button', { name: 'Dismiss' }));
    expect(screen.getAllByRole('alert')).toHaveLength(1);
    expect(screen.getByRole('alert').textContent).toContain('secrets.json.corrupt-1');
  });

  it('shows a load failure instead of an empty list', async () => {
    await renderConsole({
      'profiles:list': () => ({ ok: false, error: { code: 'INTERNAL', message: 'The profiles file is locked.' } }),
    });
    expect(screen.getByRole('alert').textContent).toContain('The profiles file is locked.');
  });
});

describe('profiles set aside at start', () => {
  const keptAs = 'profiles.json.set-aside-2026-01-01T00-00-00-000Z';
  const notice = {
    source: 'profiles',
    movedTo: keptAs,
    message: `1 profile could not be read and was set aside (…). The others are here; the file as it was is kept as ${keptAs}.`,
  } as const;

  function withSetAside(setAside: { name?: string; reason: string }[]) {
    const fake = fakeProfiles({ notices: [notice] });
    const list = fake.handlers['profiles:list'];
    return renderConsole({
      ...fake.handlers,
      'profiles:list': async (request) => {
        const listed = await list!(request);
        return listed.ok ? { ok: true, value: { ...listed.value, setAside, setAsideKeptAs: keptAs } } : listed;
      },
    });
  }

  it('lists the one profile, why, and where the file as it was is kept, instead of a notice', async () => {
    await withSetAside([{ name: 'Shop A', reason: 'Name: at most 80 characters.' }]);
    const list = screen.getByRole('region', { name: 'Profiles set aside' });
    expect(list.textContent).toContain('1 profile set aside: Shop A — Name: at most 80 characters.');
    expect(list.textContent).toContain(
      `Create it again here; the file as it was is kept in the app's data folder as ${keptAs}.`,
    );
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('lists several, one a line', async () => {
    await withSetAside([
      { name: 'Shop A', reason: 'Name: at most 80 characters.' },
      { reason: 'Another profile has the same id.' },
    ]);
    const list = screen.getByRole('region', { name: 'Profiles set aside' });
    expect(list.textContent).toContain('2 profiles set aside:');
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      'Shop A — Name: at most 80 characters.',
      'A profile without a readable name — Another profile has the same id.',
    ]);
  });
});
