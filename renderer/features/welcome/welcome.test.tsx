// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeSettings } from '../../test-support/fake-settings';
import { renderApp, resetDocument } from '../../test-support/render-app';

beforeEach(resetDocument);
afterEach(() => {
  cleanup();
  resetDocument();
});

const welcome = () => screen.queryByRole('dialog', { name: 'Welcome to Integrator Console' });

describe('first-run welcome', () => {
  it('explains the environments and the local sandbox, links help over https, and shows only once', async () => {
    const settings = fakeSettings({ welcomeSeen: false });
    const first = await renderApp(settings.handlers);
    const dialog = welcome();
    expect(dialog).not.toBeNull();
    const text = dialog?.textContent ?? '';
    for (const environment of [
      'Local sandbox (the default)',
      'Local production',
      'MobilePay SandBox',
      'MobilePay Production',
      'Custom',
    ]) {
      expect(text).toContain(environment);
    }
    expect(text).toContain('retired in 2024');
    expect(text).toContain('Use demo credentials');
    const links = within(dialog as HTMLElement).getAllByRole('link');
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) {
      expect(link.getAttribute('href')).toMatch(/^https:\/\//);
      expect(link.getAttribute('target')).toBe('_blank');
    }

    fireEvent.click(within(dialog as HTMLElement).getByRole('button', { name: 'Get started' }));
    await waitFor(() => expect(welcome()).toBeNull());
    expect(settings.settings.welcomeSeen).toBe(true);
    expect(first.api.callsTo('settings:update')).toEqual([{ welcomeSeen: true }]);

    first.unmount();
    resetDocument();
    await renderApp(settings.handlers);
    expect(welcome()).toBeNull();
  });

  it('counts Escape as seen too', async () => {
    const settings = fakeSettings({ welcomeSeen: false });
    await renderApp(settings.handlers);
    fireEvent.keyDown(welcome() as HTMLElement, { key: 'Escape' });
    await waitFor(() => expect(welcome()).toBeNull());
    expect(settings.settings.welcomeSeen).toBe(true);
  });

  it('does not appear once it has been seen', async () => {
    await renderApp(fakeSettings({ welcomeSeen: true }).handlers);
    expect(welcome()).toBeNull();
  });
});
