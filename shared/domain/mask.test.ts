import { describe, expect, it } from 'vitest';
import { MASK_CHAR, maskText, maskValue } from './mask';
import type { KnownValue, MaskKind } from './mask';

const DEMO_ID = 'demo-integrator';
const GUID_ID = '0b7ebbc9-d801-4ba9-8bea-3953f4cae655';
const SECRET = 'yCGhTVKTr1Vxqr8DBB7LFC1LPdAXkPsuCFiV5fUMSFA';
const JWT_HEAD_PAYLOAD =
  'eyJhbGciOiJSUzI1NiIsImtpZCI6IkFCQyJ9.eyJjbGllbnRfaWQiOiJkZW1vLWludGVncmF0b3IiLCJtZXJjaGFudF92YXQiOiJESzEzNTg1NjI4In0';
const JWT = `${JWT_HEAD_PAYLOAD}.c2lnbmF0dXJlLWJ5dGVzLWhlcmU`;
/** The header `{ "alg":"RS256"}`: spaced JSON, so base64url "eyAi…" rather than "eyJ…". */
const SPACED_HEADER_JWT = 'eyAiYWxnIjoiUlMyNTYifQ.eyJjbGllbnRfaWQiOiJ4In0.c2lnbmF0dXJlLWJ5dGVzLWhlcmU';

describe('maskValue', () => {
  const cases: [MaskKind, string, string][] = [
    ['clientId', DEMO_ID, 'demo••••••tor'],
    ['clientId', GUID_ID, '0b7e••••••655'],
    ['clientId', 'abcdefgh', 'ab••••••h'],
    ['clientId', 'abc', '••••••'],
    ['vat', 'DK13585628', 'DK••••••28'],
    ['vat', 'FI20774740', 'FI••••••40'],
    ['vat', 'DK-13585628', 'DK-••••••28'],
    ['token', JWT, 'eyJhbGciOi…'],
    ['token', `${JWT_HEAD_PAYLOAD}.<signature hidden>`, 'eyJhbGciOi…'],
    ['token', SPACED_HEADER_JWT, 'eyAiYWxnIj…'],
    ['secret', SECRET, '••••••••'],
    ['secret', 'Mp7+Rx/Qk=%3D&Zt 9w:Lb4+Vn2/Hs', '••••••••'],
    ['fingerprint', '1a2b3c4d', '1a••••••'],
  ];

  // Test names land in the reports: secrets and tokens are named by their length, never shown.
  const named = cases.map(([kind, value, masked]) => ({
    kind,
    value,
    masked,
    name: kind === 'secret' || kind === 'token' ? `(${value.length} characters)` : value,
  }));

  it.each(named)('$kind $name → $masked', ({ kind, value, masked }) => {
    expect(maskValue(kind, value)).toBe(masked);
  });

  it.each(named)('never gives back the whole $kind, and masking twice changes nothing ($name)', ({ kind, value }) => {
    const once = maskValue(kind, value);
    expect(once).not.toBe(value);
    expect(once).toContain(kind === 'token' ? '…' : MASK_CHAR);
    expect(maskValue(kind, once)).toBe(once);
  });

  it('keeps at most 4 leading and 3 trailing characters of a client id, and at most 10 of a token', () => {
    for (const id of [DEMO_ID, GUID_ID, 'x'.repeat(200)]) {
      const visible = maskValue('clientId', id).replaceAll(MASK_CHAR, '');
      expect(visible.length).toBeLessThanOrEqual(7);
    }
    expect(maskValue('token', 'eyJ'.repeat(100)).length).toBe(11);
  });

  it('leaves an empty value empty', () => {
    expect(maskValue('clientId', '')).toBe('');
  });
});

describe('maskText', () => {
  const known: KnownValue[] = [
    { kind: 'clientId', value: DEMO_ID },
    { kind: 'clientId', value: GUID_ID },
  ];

  const texts: [string, string, string[]][] = [
    [
      'a token response body',
      `{"access_token":"${JWT_HEAD_PAYLOAD}.<signature hidden>","expires_in":3700}`,
      [JWT_HEAD_PAYLOAD],
    ],
    [
      'a PoS request',
      `GET /pos/v10/stores\nAuthorization: Bearer ${JWT_HEAD_PAYLOAD}.<signature hidden>\nX-MobilePay-Merchant-VAT-Number: DK13585628`,
      [JWT_HEAD_PAYLOAD, '13585628'],
    ],
    ['a form body', 'grant_type=client_credentials&merchant_vat=DK13585628', ['DK13585628']],
    [
      'a post-auth body',
      `client_id=${DEMO_ID}&client_secret=${encodeURIComponent(SECRET)}`,
      [DEMO_ID, SECRET, encodeURIComponent(SECRET)],
    ],
    ['claims JSON', `{"client_id":"${GUID_ID}","merchant_vat":"FI20774740"}`, [GUID_ID, 'FI20774740']],
    ['an unknown id in a JSON field', '{"client_id":"someone-elses-client"}', ['someone-elses-client']],
    ['an IBM gateway header', 'x-ibm-client-id: some-other-client-id', ['some-other-client-id']],
    [
      'a real Basic header',
      'Authorization: Basic ZGVtby1pbnRlZ3JhdG9yOnlDR2hUVktUcjFW',
      ['ZGVtby1pbnRlZ3JhdG9yOnlDR2hUVktUcjFW'],
    ],
    ['a redacted secret fingerprint', 'Authorization: Basic <redacted sha256:1a2b3c4d…, 44 chars>', ['1a2b3c4d']],
    ['a known id in prose', `The client ${DEMO_ID} was refused; ${GUID_ID} too.`, [DEMO_ID, GUID_ID]],
    ['a URL-encoded known id', `client_id%3D${encodeURIComponent(DEMO_ID)}`, [DEMO_ID]],
    [
      'a redacted Basic header with its client id',
      'Authorization: Basic <secret sha256:1a2b3c4d…, 43 chars> (client id some-client-x, form-encoded)',
      ['some-client-x', '1a2b3c4d'],
    ],
    ['a HAR header', '{"name":"x-ibm-client-id","value":"har-client-id-1"}', ['har-client-id-1']],
    ['a garbled VAT', 'X-MobilePay-Merchant-VAT-Number: DK-13585628', ['13585628']],
    ['a JWT with a spaced header', `{"access_token":"${SPACED_HEADER_JWT}"}`, [SPACED_HEADER_JWT.split('.')[1]!]],
  ];

  it.each(texts)('masks %s and is idempotent', (_name, text, secrets) => {
    const masked = maskText(text, known);
    for (const secret of secrets) expect(masked).not.toContain(secret);
    expect(maskText(masked, known)).toBe(masked);
  });

  it('leaves ordinary text alone', () => {
    const prose = 'Basic authentication failed: invalid_client. Bearer prefix missing. HTTP 401 at 12:00, 3700 s.';
    expect(maskText(prose, known)).toBe(prose);
  });

  it('keeps the shape readable: the mask of each value stands where the value was', () => {
    expect(maskText(`merchant_vat=DK13585628&client_id=${DEMO_ID}`, known)).toBe(
      'merchant_vat=DK••••••28&client_id=demo••••••tor',
    );
  });
});
