import type { BasicHeaderReport } from '../../shared/domain/basic-header';
import type { Finding } from '../../shared/domain/diagnosis';
import type { ClientAuthProbeResult, ProbeRow } from '../../shared/domain/probes';
import type { PosAttempt } from '../../shared/ipc/contract';

/** Findings, probe results and PoS attempts shaped like main's diagnosis and probe services return them. */
export function findingFixture(id: Finding['id'], overrides: Partial<Finding> = {}): Finding {
  return {
    id,
    severity: 'error',
    certainty: 'certain',
    cause: `Cause of ${id}.`,
    evidence: [`Evidence for ${id}.`],
    nextStep: `Next for ${id}.`,
    ...overrides,
  };
}

export const INVALID_CLIENT = findingFixture('invalid-client', {
  cause: 'Local sandbox did not accept this client id and secret.',
  evidence: ['HTTP 401 Unauthorized.', 'error: invalid_client.'],
  nextStep: "Check that both values are Local sandbox's pair.",
});

export const CLOCK_NOTE = findingFixture('clock-skew', {
  severity: 'info',
  certainty: 'possible',
  cause: "This machine's clock is 2 min behind the server's.",
  evidence: [],
  nextStep: 'Sync the clock.',
});

const POS_BASE = 'http://127.0.0.1:54321/pos/v10';

export interface PosAttemptOptions {
  id?: string;
  path?: string;
  status?: number;
  body?: unknown;
  findings?: Finding[];
  tampered?: string[];
  environment?: PosAttempt['environment'];
}

export function posAttemptFixture(options: PosAttemptOptions = {}): PosAttempt {
  const status = options.status ?? 200;
  const body = JSON.stringify(options.body ?? { storeIds: ['store-1', 'store-2'] });
  const json = JSON.parse(body) as unknown;
  const error = status >= 400 ? (json as PosAttempt['error']) : undefined;
  return {
    id: options.id ?? 'pos-1',
    environment: options.environment ?? { id: 'local', label: 'Local sandbox', production: false },
    exchange: {
      startedAt: '2026-01-01T00:00:00.000Z',
      durationMs: 12,
      request: {
        method: 'GET',
        url: `${POS_BASE}${options.path ?? '/stores'}`,
        headers: [
          ['Authorization', 'Bearer eyJhbGciOiJSUzI1NiJ9.e30.<signature hidden>'],
          ['X-MobilePay-Client-System-Version', '1.0.0'],
        ],
        body: '',
      },
      response: {
        status,
        statusText: '',
        headers: [['content-type', 'application/json']],
        body,
        size: body.length,
        truncated: false,
      },
    },
    status,
    json,
    ...(error ? { error } : {}),
    tampered: options.tampered ?? [],
    findings: options.findings ?? [],
  };
}

export function probeRow(method: ProbeRow['method'], accepted: boolean): ProbeRow {
  const status = accepted ? 200 : 401;
  return {
    method,
    status,
    outcome: accepted ? 'token' : 'oauth-error',
    accepted,
    ...(accepted ? {} : { oauthError: { error: 'invalid_client' } }),
    durationMs: 21,
    exchange: {
      startedAt: '2026-01-01T00:00:00.000Z',
      durationMs: 21,
      request: { method: 'POST', url: 'http://x/connect/token', headers: [], body: '' },
    },
  };
}

export const PROBE_RESULT: ClientAuthProbeResult = {
  rows: [probeRow('basic-form', true), probeRow('basic-raw', false), probeRow('post', true)],
  differingCharacters: [
    { char: '+', position: 4, formEncoded: '%2B' },
    { char: 'space', position: 17, formEncoded: '+' },
  ],
  verdict: 'The server accepts form-encoded Basic and client_secret_post but refuses raw Basic.',
};

export const BASIC_REPORT: BasicHeaderReport = {
  clientId: 'demo-client-1\u200b',
  secret: { fingerprint: '1a2b3c4d', length: 43 },
  looksFormEncoded: true,
  formDecoded: { clientIdChanged: false, secretFingerprint: '99aa88bb', secretLength: 41 },
  problems: ['The client id has a zero-width space (U+200B) at position 14.'],
  matchesProfile: { profileId: 'p1', name: 'Shop sandbox', via: 'form-decoded' },
};
