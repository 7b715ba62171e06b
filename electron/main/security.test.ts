import { beforeEach, describe, expect, it, vi } from 'vitest';
import { HELP_LINKS } from '../../shared/domain/help-links';

// A fake Electron: the real module needs the binary. Only shell.openExternal is reached.
const openExternal = vi.hoisted(() => vi.fn(async (_url: string) => undefined));
vi.mock('electron', () => ({ shell: { openExternal } }));
const { EXTERNAL_LINK_HOSTS, hardenWebContents, openExternalLink } = await import('./security');

beforeEach(() => {
  openExternal.mockClear();
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

describe('openExternalLink', () => {
  it('opens every help link in the browser, and allows exactly their hosts', () => {
    for (const link of HELP_LINKS) expect(openExternalLink(link.url)).toBe(true);
    expect(openExternal.mock.calls.map(([url]) => url)).toEqual(HELP_LINKS.map((link) => link.url));
    expect([...EXTERNAL_LINK_HOSTS].sort()).toEqual(['github.com', 'www.electronjs.org', 'www.rfc-editor.org']);
  });

  it.each([
    ['another host', 'https://evil.example/'],
    ['a look-alike host', 'https://github.com.evil.example/MobilePayDev'],
    ['a subdomain', 'https://gist.github.com/x'],
    ['plain http', 'http://github.com/MobilePayDev'],
    ['another port', 'https://github.com:8443/MobilePayDev'],
    ['credentials in the link', 'https://user:pw@github.com/MobilePayDev'],
    ['file:', 'file:///etc/passwd'],
    ['javascript:', 'javascript:alert(1)'],
    ['a custom scheme', 'ms-msdt:/id PCWDiagnostic'],
    ['not a URL', 'github.com/MobilePayDev'],
  ])('refuses %s', (_what, url) => {
    expect(openExternalLink(url)).toBe(false);
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('is what a page reaches with window.open or target=_blank, and no window is ever created', () => {
    let handler: ((details: { url: string }) => { action: string }) | undefined;
    const contents = { setWindowOpenHandler: (fn: typeof handler) => (handler = fn), on: () => contents };
    hardenWebContents(contents as never);
    expect(handler!({ url: HELP_LINKS[0].url })).toEqual({ action: 'deny' });
    expect(handler!({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
    expect(openExternal.mock.calls.map(([url]) => url)).toEqual([HELP_LINKS[0].url]);
  });
});
