// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { UiSettings } from '../../../shared/domain/profile';
import type { IpcResult } from '../../../shared/ipc/result';
import { App } from '../../app/app';
import { ApiProvider } from '../../lib/api-context';
import { createFakeApi } from '../../test-support/fake-api';
import { fakeSettings } from '../../test-support/fake-settings';
import { renderApp, resetDocument } from '../../test-support/render-app';

beforeEach(resetDocument);
afterEach(() => {
  cleanup();
  resetDocument();
});

const presentationSwitch = () => screen.getByRole('button', { name: 'Presentation mode' });
const historyPanel = () => screen.queryByRole('region', { name: 'History' });
const press = (init: KeyboardEventInit) => fireEvent.keyDown(document, { key: 'P', shiftKey: true, ...init });

describe('presentation mode', () => {
  it('is off by default: History shown, plain title, switch not pressed', async () => {
    await renderApp(fakeSettings().handlers);
    expect(presentationSwitch().getAttribute('aria-pressed')).toBe('false');
    expect(historyPanel()).not.toBeNull();
    expect(document.title).toBe('Integrator Console');
    expect(document.documentElement.classList.contains('presentation-mode')).toBe(false);
  });

  it('the header switch turns it on: saved in settings, title and badge say so, type enlarged, History hidden', async () => {
    const settings = fakeSettings();
    const { api } = await renderApp(settings.handlers);
    fireEvent.click(presentationSwitch());
    await waitFor(() => expect(settings.settings.presentationMode).toBe(true));
    expect(api.callsTo('settings:update')).toEqual([{ presentationMode: true }]);
    expect(presentationSwitch().getAttribute('aria-pressed')).toBe('true');
    expect(document.title).toBe('Integrator Console — Presentation mode');
    expect(document.documentElement.classList.contains('presentation-mode')).toBe(true);
    expect(screen.getByRole('banner').textContent).toContain('Values masked');
    expect(historyPanel()).toBeNull();
    expect(screen.getByText('History is hidden in presentation mode.')).toBeTruthy();
  });

  it('Ctrl+Shift+P and ⌘⇧P toggle it, and each change is saved', async () => {
    const settings = fakeSettings();
    const { api } = await renderApp(settings.handlers);
    press({ ctrlKey: true });
    await waitFor(() => expect(presentationSwitch().getAttribute('aria-pressed')).toBe('true'));
    expect(settings.settings.presentationMode).toBe(true);
    press({ metaKey: true });
    await waitFor(() => expect(presentationSwitch().getAttribute('aria-pressed')).toBe('false'));
    expect(settings.settings.presentationMode).toBe(false);
    expect(document.title).toBe('Integrator Console');
    expect(historyPanel()).not.toBeNull();
    // Neither Shift+P alone nor Ctrl+P is the shortcut.
    fireEvent.keyDown(document, { key: 'P', shiftKey: true });
    fireEvent.keyDown(document, { key: 'p', ctrlKey: true });
    expect(api.callsTo('settings:update')).toEqual([{ presentationMode: true }, { presentationMode: false }]);
  });

  it('comes back on after a restart when it was left on', async () => {
    const settings = fakeSettings();
    const first = await renderApp(settings.handlers);
    press({ ctrlKey: true });
    await waitFor(() => expect(settings.settings.presentationMode).toBe(true));
    first.unmount();
    resetDocument();
    await renderApp(settings.handlers);
    expect(presentationSwitch().getAttribute('aria-pressed')).toBe('true');
    expect(document.title).toBe('Integrator Console — Presentation mode');
    expect(historyPanel()).toBeNull();
  });

  it('paints nothing of the console until the settings are known, while its data loads hidden meanwhile', async () => {
    let answer: (result: IpcResult<UiSettings>) => void = () => undefined;
    const api = createFakeApi({ 'settings:get': () => new Promise((resolve) => (answer = resolve)) });
    render(
      <ApiProvider api={api}>
        <App />
      </ApiProvider>,
      { container: document.body.appendChild(Object.assign(document.createElement('div'), { id: 'root' })) },
    );
    expect(document.querySelector('.app-loading')?.getAttribute('role')).toBe('status');
    // Hidden (not painted, not in the accessibility tree) until the mode is known, and not yet ready.
    expect(screen.queryByRole('textbox', { name: 'Client ID' })).toBeNull();
    await waitFor(() => expect(api.callsTo('profiles:list')).toHaveLength(1));
    expect(document.getElementById('root')?.hasAttribute('data-app-ready')).toBe(false);
    answer({ ok: true, value: { presentationMode: true, welcomeSeen: true } });
    await waitFor(() => expect(screen.queryByLabelText('Client ID', { selector: 'input' })).not.toBeNull());
    await waitFor(() => expect(document.getElementById('root')?.getAttribute('data-app-ready')).toBe('true'));
    expect(document.title).toBe('Integrator Console — Presentation mode');
  });

  it('keeps the mode for this session and says so when it cannot be saved', async () => {
    await renderApp({
      ...fakeSettings().handlers,
      'settings:update': () => ({ ok: false, error: { code: 'INTERNAL', message: 'The settings file is read-only.' } }),
    });
    fireEvent.click(presentationSwitch());
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toContain('could not be saved (The settings file is read-only.)'),
    );
    expect(presentationSwitch().getAttribute('aria-pressed')).toBe('true');
    expect(historyPanel()).toBeNull();
  });
});
