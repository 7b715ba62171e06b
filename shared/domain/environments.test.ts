import { describe, expect, it } from 'vitest';
import { checkCustomTokenUrl, ENVIRONMENTS, tokenEndpointOf } from './environments';

describe('environments', () => {
  it('has the local sandbox first and MobilePay hosts from DOMAIN.md, production marked', () => {
    expect(ENVIRONMENTS[0]?.id).toBe('local');
    const production = ENVIRONMENTS.find((env) => env.id === 'mp-production');
    expect(production?.production).toBe(true);
    expect(tokenEndpointOf(production?.authBase ?? '')).toBe(
      'https://api.mobilepay.dk/integrator-authentication/connect/token',
    );
    const sandbox = ENVIRONMENTS.find((env) => env.id === 'mp-sandbox');
    expect(tokenEndpointOf(sandbox?.authBase ?? '')).toBe(
      'https://api.sandbox.mobilepay.dk/integrator-authentication/connect/token',
    );
  });

  it.each([
    'https://auth.example.com/connect/token',
    'http://127.0.0.1:7070/integrator-authentication/connect/token',
    'http://localhost:8080/connect/token',
    'http://[::1]:9000/connect/token',
  ])('accepts %s', (url) => expect(checkCustomTokenUrl(url).ok).toBe(true));

  it.each([
    ['', /Type the token endpoint/],
    ['auth.example.com/connect/token', /not a complete URL/],
    ['http://auth.example.com/connect/token', /Use https/],
    ['ftp://auth.example.com/x', /Only https/],
    ['https://user:pw@auth.example.com/connect/token', /credentials out of the URL/],
  ])('refuses %j with a reason', (url, reason) => {
    const result = checkCustomTokenUrl(url);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(reason);
  });
});
