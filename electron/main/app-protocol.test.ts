import { describe, expect, it, vi } from 'vitest';

// A fake Electron: the real module needs the binary. Only registerSchemesAsPrivileged is reached.
const registerSchemesAsPrivileged = vi.hoisted(() => vi.fn());
vi.mock('electron', () => ({ protocol: { registerSchemesAsPrivileged } }));
const { registerAppScheme } = await import('./app-protocol');

describe('registerAppScheme', () => {
  it('registers app:// as a standard, secure scheme with the V8 code cache, and grants nothing more', () => {
    registerAppScheme();
    expect(registerSchemesAsPrivileged).toHaveBeenCalledTimes(1);
    // Exactly these: no bypassCSP, corsEnabled, serviceWorkers or fetch privileges sneak in with the cache.
    // codeCache without standard is refused by Electron, so both are pinned together.
    expect(registerSchemesAsPrivileged.mock.calls[0]![0]).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, codeCache: true } },
    ]);
  });
});
