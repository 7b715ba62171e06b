import { describe, expect, it } from 'vitest';
import { basicAuthorization, fingerprintSecret } from '../basic-auth';
import { redactAuthorization, redactBodyText, redactFormText, redactHeaders, redactUrl } from './export-redaction';

const SECRET = 'Mp7+Rx/Qk=%3D&Zt 9w:Lb4+Vn2/Hs';
const JWT = `${Buffer.from('{"alg":"RS256"}').toString('base64url')}.${Buffer.from('{"iss":"x"}').toString('base64url')}.c2lnbmF0dXJlLXJlYWw`;
const STRIPPED = JWT.replace(/\.[^.]+$/, '.<signature hidden>');
const { fingerprint } = fingerprintSecret(SECRET);
const described = `<secret sha256:${fingerprint}…, ${SECRET.length} chars>`;

describe('redactAuthorization', () => {
  it.each([
    [
      'Basic, form-encoded',
      basicAuthorization('client-1', SECRET, 'form'),
      /^Basic <secret sha256:[0-9a-f]{8}…, \d+ chars> \(client id client-1\)$/,
    ],
    [
      'Basic, raw',
      basicAuthorization('client-1', SECRET, 'raw'),
      new RegExp(`^Basic ${described.replace(/[+*?()[\]]/g, '\\$&')} \\(client id client-1\\)$`),
    ],
    ['Basic, not Base64', 'Basic not base64 at all!', /^Basic <credential sha256:[0-9a-f]{8}…, 18 chars>$/],
    ['Bearer JWT', `Bearer ${JWT}`, new RegExp(`^Bearer ${STRIPPED.replace(/[.<>]/g, '\\$&')}$`)],
    ['Bearer opaque', 'Bearer 2YotnFZFEjr1zCsicMWpAA', /^Bearer <token sha256:[0-9a-f]{8}…, 22 chars>$/],
    ['JWT without the Bearer prefix', JWT, /^eyJ[\w-]+\.eyJ[\w-]+\.<signature hidden>$/],
    ['an opaque value without a scheme', 'sk_live_abcdef', /^<token sha256:[0-9a-f]{8}…, 14 chars>$/],
  ])('%s', (_name, value, expected) => {
    const redacted = redactAuthorization(value);
    expect(redacted).toMatch(expected);
    expect(redacted).not.toContain(SECRET);
    expect(redacted).not.toContain('c2lnbmF0dXJlLXJlYWw');
  });

  it.each([
    ['the token service redaction', `Basic ${described} (client id demo, form-encoded)`],
    ['the PoS probe redaction', `Bearer ${STRIPPED} (signature garbled on purpose)`],
    ['a scheme alone', 'Bearer'],
  ])('leaves %s as it is', (_name, value) => {
    expect(redactAuthorization(value)).toBe(value);
  });
});

describe('redactHeaders', () => {
  it('replaces credential headers and strips signatures in the others, keeping names and order', () => {
    const headers = redactHeaders([
      ['authorization', basicAuthorization('a', SECRET, 'form')],
      ['X-IBM-Client-Secret', SECRET],
      ['Set-Cookie', 'session=abc; HttpOnly'],
      ['x-ibm-client-id', 'demo-integrator'],
      ['X-Echo', `token ${JWT}`],
    ]);
    expect(headers.map(([name]) => name)).toEqual([
      'authorization',
      'X-IBM-Client-Secret',
      'Set-Cookie',
      'x-ibm-client-id',
      'X-Echo',
    ]);
    expect(headers[1]?.[1]).toMatch(/^<credential sha256:/);
    expect(headers[2]?.[1]).toMatch(/^<credential sha256:/);
    expect(headers[3]?.[1]).toBe('demo-integrator');
    expect(headers[4]?.[1]).toBe(`token ${STRIPPED}`);
    expect(JSON.stringify(headers)).not.toContain(SECRET);
  });
});

describe('form, URL and body redaction', () => {
  it('replaces client_secret in a form body and keeps the other pairs byte for byte', () => {
    const text = `grant_type=client_credentials&client_id=a%2Bb&client_secret=${encodeURIComponent(SECRET)}&merchant_vat=DK13585628`;
    expect(redactFormText(text)).toBe(
      `grant_type=client_credentials&client_id=a%2Bb&client_secret=${described}&merchant_vat=DK13585628`,
    );
  });

  it('keeps an already redacted client_secret', () => {
    const text = `grant_type=client_credentials&client_secret=${described}`;
    expect(redactFormText(text)).toBe(text);
  });

  it('replaces a secret query parameter and keeps the URL a URI', () => {
    const url = redactUrl(`http://127.0.0.1:1/connect/token?client_secret=${encodeURIComponent(SECRET)}&x=1`);
    expect(url).not.toMatch(/\s/);
    expect(new URL(url).searchParams.get('client_secret')).toBe(described);
    expect(new URL(url).searchParams.get('x')).toBe('1');
  });

  it('replaces opaque tokens in JSON bodies and strips JWT signatures, keeping the layout', () => {
    const body = `{\n  "access_token": "opaque-123",\n  "id_token": "${JWT}",\n  "expires_in": 3700\n}`;
    const redacted = redactBodyText(body, 'application/json');
    expect(redacted).toMatch(/^\{\n {2}"access_token": "<token sha256:[0-9a-f]{8}…, 10 chars>",\n {2}"id_token": "eyJ/);
    expect(redacted).toContain(`"id_token": "${STRIPPED}"`);
    expect(redacted).toContain('"expires_in": 3700\n}');
  });
});
