import { describe, expect, it } from 'vitest';
import type { TokenAttempt } from '../../../shared/ipc/contract';
import { tokenAttempt, unauthorizedAttempt } from '../../test-support/attempts';
import { INVALID_CLIENT } from '../../test-support/diagnosis-fixtures';
import { compareAttempts, countDifferences, decodedBasic, formParameters } from './attempt-diff';
import type { DiffSection } from './attempt-diff';

const NOW = Date.parse('2026-01-01T12:00:00Z');
const AUTH = (fingerprint: string, clientId = 'demo-client-1', encoding = 'form-encoded') =>
  `Basic <secret sha256:${fingerprint}…, 43 chars> (client id ${clientId}, ${encoding})`;

function withAuthorization(attempt: TokenAttempt, value: string): TokenAttempt {
  const headers = attempt.exchange.request.headers.map(([name, old]): [string, string] => [
    name,
    name === 'Authorization' ? value : old,
  ]);
  return { ...attempt, exchange: { ...attempt.exchange, request: { ...attempt.exchange.request, headers } } };
}

const section = (sections: DiffSection[], id: DiffSection['id']) => sections.find((s) => s.id === id)?.rows ?? [];
const rowOf = (sections: DiffSection[], id: DiffSection['id'], label: string) =>
  section(sections, id).find((r) => r.label === label);

describe('compareAttempts', () => {
  const ok = withAuthorization(tokenAttempt(NOW), AUTH('aaaa1111'));
  const refused = {
    ...withAuthorization(unauthorizedAttempt(NOW), AUTH('bbbb2222', 'demo-client-1', 'raw')),
    findings: [INVALID_CLIENT],
  };
  const sections = compareAttempts(ok, refused);

  it('has the seven parts in order, after an overview', () => {
    expect(sections.map((s) => s.title)).toEqual([
      'Overview',
      'Request headers',
      'Decoded Basic',
      'Parameters',
      'Status',
      'Body',
      'Claims',
      'Findings',
    ]);
  });

  it('decodes the redacted Basic description: same client id, different secret and encoding', () => {
    expect(rowOf(sections, 'basic', 'Client id')).toEqual({
      label: 'Client id',
      left: 'demo-client-1',
      right: 'demo-client-1',
      differs: false,
    });
    expect(rowOf(sections, 'basic', 'Secret')).toMatchObject({
      left: 'sha256:aaaa1111…, 43 chars',
      right: 'sha256:bbbb2222…, 43 chars',
      differs: true,
    });
    expect(rowOf(sections, 'basic', 'Encoding')).toMatchObject({ left: 'form-encoded', right: 'raw', differs: true });
  });

  it('lines up form parameters by name; one only on one side is a difference with the other absent', () => {
    expect(rowOf(sections, 'parameters', 'grant_type')).toMatchObject({ differs: false });
    expect(rowOf(sections, 'parameters', 'merchant_vat')).toEqual({
      label: 'merchant_vat',
      left: 'DK13585628',
      right: undefined,
      differs: true,
    });
  });

  it('compares status, body, claims and findings', () => {
    expect(rowOf(sections, 'status', 'Status')).toMatchObject({
      left: '200 OK',
      right: '401 Unauthorized',
      differs: true,
    });
    expect(rowOf(sections, 'body', 'Response body')?.differs).toBe(true);
    expect(rowOf(sections, 'claims', 'client_id')).toMatchObject({
      left: 'demo-client-1',
      right: undefined,
      differs: true,
    });
    expect(rowOf(sections, 'findings', 'invalid-client')).toMatchObject({
      left: undefined,
      right: `Problem: ${INVALID_CLIENT.cause}`,
    });
    expect(countDifferences(sections)).toBeGreaterThan(5);
  });

  it('matches headers case-insensitively and finds nothing to mark between an attempt and itself', () => {
    const lower = {
      ...ok,
      exchange: {
        ...ok.exchange,
        request: {
          ...ok.exchange.request,
          headers: ok.exchange.request.headers.map(([n, v]): [string, string] => [n.toLowerCase(), v]),
        },
      },
    };
    const same = compareAttempts(ok, lower);
    expect(section(same, 'headers').every((r) => !r.differs)).toBe(true);
    expect(countDifferences(compareAttempts(ok, ok))).toBe(0);
  });
});

describe('decodedBasic and formParameters', () => {
  it('falls back to the raw value, or says the header was not sent', () => {
    expect(decodedBasic([['Authorization', 'Bearer x']])).toEqual([['Authorization', 'Bearer x']]);
    expect(decodedBasic([])).toEqual([['Authorization', 'not sent (client_secret_post or none)']]);
  });

  it('reads form bodies, repeated names included', () => {
    expect(formParameters('a=1&b=x+y&a=2')).toEqual([
      ['a', '1'],
      ['b', 'x y'],
      ['a', '2'],
    ]);
    expect(formParameters('')).toEqual([]);
  });
});
