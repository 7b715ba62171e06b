import { expect, it } from 'vitest';
import { contentSecurityPolicy, devContentSecurityPolicy } from './csp';

it('pins the renderer CSP: nothing but our own scripts, styles and data: images; no inline, no eval, no network', () => {
  expect(contentSecurityPolicy()).toBe(
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; " +
      "base-uri 'none'; form-action 'none'; object-src 'none'; frame-ancestors 'none'",
  );
});

it('relaxes the CSP for the Electron dev server only by inline scripts and styles and its own loopback WebSocket', () => {
  expect(devContentSecurityPolicy('http://127.0.0.1:5173')).toBe(
    "default-src 'none'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; " +
      "connect-src 'self' ws://127.0.0.1:5173; base-uri 'none'; form-action 'none'; object-src 'none'; frame-ancestors 'none'",
  );
});
