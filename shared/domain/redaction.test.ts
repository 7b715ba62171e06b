import { describe, expect, it } from 'vitest';
import { SIGNATURE_PLACEHOLDER, stripJwtSignatures } from './redaction';

// Base64url of JSON, spelled out (shared/ has no encoder): the comment is the JSON.
const PAYLOAD = 'eyJjbGllbnRfaWQiOiJkZW1vLWludGVncmF0b3IiLCJleHAiOjE3OTU2MzczOTl9'; // {"client_id":"demo-integrator","exp":1795637399}
const SIGNATURE = 'c2lnbmF0dXJlLWJ5dGVzLWhlcmUtdGhhdC1tYWtlLWl0LXVzYWJsZQ';
const jwt = (header: string) => `${header}.${PAYLOAD}.${SIGNATURE}`;

describe('stripJwtSignatures', () => {
  it.each([
    ['compact JSON (eyJ…)', 'eyJhbGciOiJSUzI1NiIsImtpZCI6IkFCQyJ9'], // {"alg":"RS256","kid":"ABC"}
    ['spaced JSON (eyAi…)', 'eyAiYWxnIjogIlJTMjU2IiB9'], // { "alg": "RS256" }
    ['JSON on several lines (ewog…)', 'ewogICJhbGciOiAiUlMyNTYiLAogICJ0eXAiOiAiSldUIgp9'], // {\n  "alg": "RS256",\n  "typ": "JWT"\n}
  ])('drops the signature of a JWT whose header is %s, keeping header and payload', (_name, header) => {
    const token = jwt(header);
    const text = `{"access_token":"${token}","token_type":"Bearer"}\nAuthorization: Bearer ${token}`;
    const stripped = stripJwtSignatures(text);
    expect(stripped).not.toContain(SIGNATURE);
    expect(stripped).toContain(`${header}.${PAYLOAD}.${SIGNATURE_PLACEHOLDER}`);
    expect(stripJwtSignatures(stripped)).toBe(stripped);
  });

  it('finds a JWT right after another dotted word', () => {
    const header = 'eyJhbGciOiJSUzI1NiJ9'; // {"alg":"RS256"}
    expect(stripJwtSignatures(`see abcd.${jwt(header)} here`)).toBe(
      `see abcd.${header}.${PAYLOAD}.${SIGNATURE_PLACEHOLDER} here`,
    );
  });

  it.each([
    'integrator-authentication.connect.token',
    'api.mobilepay.dk/integrator-authentication',
    'version 2.1.1 and 10.20.30.40',
    jwt('eyJ0eXAiOiJKV1QifQ'), // {"typ":"JWT"}: JSON without alg is not a JWS header
    jwt('WyJhbGciXQ'), // ["alg"]
  ])('leaves text that is not a JWT alone: %s', (text) => {
    expect(stripJwtSignatures(text)).toBe(text);
  });
});
