import { describe, expect, it, vi } from 'vitest';
import { aboutText, buildMenuTemplate, HELP_LINKS } from './menu-template';

const actions = () => ({ showAbout: vi.fn(), openLink: vi.fn() });
type Item = { role?: string; label?: string; submenu?: Item[]; click?: () => void };

describe('application menu', () => {
  it('has the usual roles on Windows and Linux, with About under Help', () => {
    const spy = actions();
    const menu = buildMenuTemplate('linux', 'Integrator Console', spy) as Item[];
    expect(menu.map((item) => item.role ?? item.label)).toEqual(['File', 'editMenu', 'View', 'windowMenu', 'help']);
    expect(menu[0]?.submenu?.[0]?.role).toBe('quit');
    const help = menu.at(-1)!.submenu!;
    help.find((item) => item.label === 'About Integrator Console')!.click!();
    expect(spy.showAbout).toHaveBeenCalledOnce();
  });

  it('puts About and Quit in the app menu on macOS', () => {
    const menu = buildMenuTemplate('darwin', 'Integrator Console', actions()) as Item[];
    expect(menu[0]?.label).toBe('Integrator Console');
    expect(menu[0]?.submenu?.map((item) => item.role ?? item.label)).toContain('About Integrator Console');
    expect(menu[0]?.submenu?.map((item) => item.role)).toContain('quit');
  });

  it('opens help links through the one external-link wrapper, all https', () => {
    const spy = actions();
    const help = (buildMenuTemplate('linux', 'X', spy) as Item[]).at(-1)!.submenu!;
    for (const item of help.filter((entry) => entry.label && HELP_LINKS.some((link) => link.label === entry.label)))
      item.click!();
    expect(spy.openLink.mock.calls.map(([url]) => url)).toEqual(HELP_LINKS.map((link) => link.url));
    expect(HELP_LINKS.every((link) => link.url.startsWith('https://'))).toBe(true);
  });

  it('shows every version a support ticket needs', () => {
    const text = aboutText({ app: '0.1.0', electron: '45.5.0', chrome: '146', node: '22', v8: '14' }, 'linux x64');
    expect(text).toMatch(/Version 0\.1\.0/);
    expect(text).toMatch(/Electron 45\.5\.0 · Chromium 146 · Node 22 · V8 14/);
  });
});
