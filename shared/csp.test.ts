import { expect, it } from 'vitest';
import { contentSecurityPolicy } from './csp';

it('pins the renderer CSP: nothing but our own scripts, styles and data: images; no inline, no eval, no network', () => {
  expect(contentSecurityPolicy()).toBe(
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; " +
      "base-uri 'none'; form-action 'none'; object-src 'none'; frame-ancestors 'none'",
  );
});
