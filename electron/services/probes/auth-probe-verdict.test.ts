import { describe, expect, it } from 'vitest';
import type { ProbeMethod, ProbeRow } from './auth-probe-types';
import { probeVerdict } from './auth-probe-verdict';
import { differingCharacters } from './secret-differences';

const row = (method: ProbeMethod, status: number, error?: string): ProbeRow => ({
  method,
  status,
  outcome: status === 200 ? 'token' : error ? 'oauth-error' : 'http-error',
  accepted: status === 200,
  durationMs: 1,
  exchange: { startedAt: '', durationMs: 1, request: { method: 'POST', url: 'u', headers: [], body: '' } },
  ...(error ? { oauthError: { error } } : {}),
});

describe('probeVerdict', () => {
  it.each([
    [[200, 401, 200], true, /form-encoded Basic and client_secret_post but refuses raw Basic/],
    [
      [401, 200, 200],
      true,
      /accepts raw Basic and client_secret_post but refuses form-encoded Basic: it does not form-decode/,
    ],
    [[401, 401, 200], true, /Only client_secret_post works/],
    [[200, 200, 401], false, /accepts form-encoded Basic and raw Basic and refuses client_secret_post/],
    [[200, 200, 200], true, /tolerates both/],
    [[500, 500, 500], false, /refuses all three; the statuses/],
  ] as [number[], boolean, RegExp][])('%j (secret differs: %s)', (statuses, differs, verdict) => {
    const rows = (['basic-form', 'basic-raw', 'post'] as const).map((method, i) =>
      row(method, statuses[i]!, statuses[i] === 401 ? 'invalid_client' : undefined),
    );
    expect(probeVerdict(rows, differs)).toMatch(verdict);
  });
});

describe('differingCharacters', () => {
  it('names ASCII punctuation and whitespace, and only classes the rest', () => {
    expect(differingCharacters('a!b\tcæ-_.*~')).toEqual([
      { char: '!', position: 2, formEncoded: '%21' },
      { char: 'tab', position: 4, formEncoded: '%09' },
      { char: 'non-ASCII character', position: 6, formEncoded: '%XX%XX' },
      { char: '~', position: 11, formEncoded: '%7E' },
    ]);
  });

  it('counts positions in characters, not UTF-16 units', () => {
    expect(differingCharacters('😀+')).toEqual([
      { char: 'non-ASCII character', position: 1, formEncoded: '%XX%XX%XX%XX' },
      { char: '+', position: 2, formEncoded: '%2B' },
    ]);
  });
});
