import { describe, expect, it } from 'vitest';
import { inspectCredentialValue } from '../../../shared/domain/invisible-characters';
import { credentialContextFor } from './credential-context';
import { diagnoseTokenAttempt } from './diagnose';
import {
  attemptOf,
  find,
  ids,
  NOW,
  oauthError,
  text,
  tokenResponse,
  type ExchangeSpec,
} from './diagnosis-test-support';
import type { CredentialContext, TokenDiagnosisInput } from './types';

const SECRET = 'yCGhTVKTr1Vxqr8DBB7LFC1LPdAXkPsuCFiV5fUMSFA';
const RESERVED = 'Mp7+Rx/Qk=%3D&Zt 9w:Lb4+Vn2/Hs';
const refused = oauthError(401, 'invalid_client');
const ok: ExchangeSpec = tokenResponse();

const diagnose = (spec: ExchangeSpec, extra: Partial<TokenDiagnosisInput>) =>
  diagnoseTokenAttempt({ attempt: attemptOf(spec), clientId: 'demo-client', nowMs: NOW, ...extra });

const context = (clientId: string, secret: string, encoding: 'form' | 'raw' = 'form'): CredentialContext =>
  credentialContextFor(clientId, secret, encoding);

describe('pasted extras in the id or the secret', () => {
  it.each([
    [
      'a trailing line break in the secret',
      'demo-client',
      `${SECRET}\n`,
      'credential-whitespace',
      /Client secret: a line break at the end/,
    ],
    ['a leading space in the id', ' demo-client', SECRET, 'credential-whitespace', /Client ID: a space at the start/],
    [
      'quotes around the secret',
      'demo-client',
      `"${SECRET}"`,
      'credential-quotes',
      /Client secret: quotes around the value/,
    ],
    [
      'a zero-width space in the id',
      'demo\u200b-client',
      SECRET,
      'credential-invisible',
      /zero-width space \(U\+200B\) at position 5/,
    ],
    [
      'a non-breaking space in the secret',
      'demo-client',
      `${SECRET.slice(0, 10)}\u00a0${SECRET.slice(10)}`,
      'credential-invisible',
      /non-breaking space/,
    ],
  ])('%s is an error when the server refused', (_name, clientId, secret, id, evidence) => {
    const finding = find(diagnose(refused, { credentials: context(clientId, secret) }), id as never);
    expect(finding).toMatchObject({ severity: 'error', certainty: 'likely' });
    expect(text(finding)).toMatch(evidence);
    expect(text(finding)).not.toContain(SECRET);
  });

  it('is only a note when the server accepted the values anyway', () => {
    const finding = find(diagnose(ok, { credentials: context('demo-client', ` ${SECRET}`) }), 'credential-whitespace');
    expect(finding).toMatchObject({ severity: 'info', certainty: 'possible' });
  });

  it('finds nothing for clean values', () => {
    expect(ids(diagnose(refused, { credentials: context('demo-client', SECRET) }))).toEqual(['invalid-client']);
  });

  it('reads only the anomalies the caller passes', () => {
    const credentials: CredentialContext = {
      clientIdInspection: { anomalies: [] },
      secretInspection: { anomalies: inspectCredentialValue(`${SECRET}\t`).anomalies },
      basicEncoding: 'form',
      secretHasReservedChars: false,
    };
    expect(ids(diagnose(refused, { credentials }))).toContain('credential-whitespace');
  });
});

describe('Basic encoding of secrets with reserved characters', () => {
  it.each([
    ['form', 'raw'],
    ['raw', 'form-encoded'],
  ] as const)(
    'leads with the other mode after a refusal sent %s, offers to settle it, and the probe',
    (encoding, other) => {
      const finding = find(
        diagnose(refused, { credentials: context('demo-client', RESERVED, encoding) }),
        'basic-encoding-mismatch',
      );
      expect(finding?.severity).toBe('error');
      expect(finding?.nextStep).toContain(`Send the same credentials once ${other} to settle it`);
      expect(finding?.certainty).toBe('likely');
      expect(finding?.nextStep).toContain('client-auth probe');
      expect(text(finding)).not.toContain(RESERVED);
    },
  );

  it('stays quiet when the secret reads the same both ways', () => {
    expect(ids(diagnose(refused, { credentials: context('demo-client', SECRET) }))).not.toContain(
      'basic-encoding-mismatch',
    );
  });

  it('notes that a working reserved-character secret will fail for clients encoding the other way', () => {
    const findings = diagnose(ok, { credentials: context('demo-client', RESERVED) });
    expect(find(findings, 'credential-reserved-characters')?.cause).toMatch(/raw way will get 401/);
  });

  it('does not blame Basic encoding when the request used client_secret_post', () => {
    const post = {
      ...refused,
      requestHeaders: [['Content-Type', 'application/x-www-form-urlencoded']] as [string, string][],
      requestBody: 'grant_type=client_credentials&client_id=demo-client&client_secret=%3Cs%3E',
    };
    expect(ids(diagnose(post, { credentials: context('demo-client', RESERVED) }))).not.toContain(
      'basic-encoding-mismatch',
    );
  });
});

describe('merchant VAT', () => {
  it.each([
    ['DK-12345678', /Leave out the dash/],
    ['12345678', /Add the country prefix/],
    ['dk13585628', /capital letters/],
    ['DK1234567', /exactly 8 digits/],
  ])('%s is malformed', (vat, message) => {
    const finding = find(diagnose(oauthError(400, 'invalid_request'), { requestedVat: vat }), 'vat-malformed');
    expect(finding).toMatchObject({ severity: 'error', certainty: 'likely' });
    expect(finding?.nextStep).toMatch(message);
  });

  it('is a warning when the request has not been refused', () => {
    expect(
      find(diagnose({ failure: { kind: 'refused', message: 'x' } }, { requestedVat: 'DK-1' }), 'vat-malformed')
        ?.severity,
    ).toBe('warning');
  });

  it('notes a failed checksum, and nothing for a valid VAT or none', () => {
    expect(find(diagnose(ok, { requestedVat: 'DK12345678' }), 'vat-checksum')?.severity).toBe('info');
    expect(diagnose(ok, { requestedVat: 'DK13585628' })).toEqual([]);
    expect(diagnose(ok, { requestedVat: '' })).toEqual([]);
  });
});
