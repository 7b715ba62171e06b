import { describe, expect, it } from 'vitest';
import type { Exchange } from '../../shared/domain/exchange';
import { readTokenAnswer } from './token-exchange';

const answered = (status: number, body: string): Exchange => ({
  startedAt: new Date(0).toISOString(),
  durationMs: 5,
  request: { method: 'POST', url: 'http://127.0.0.1:1/connect/token', headers: [], body: 'grant_type=client_credentials' },
  response: { status, statusText: '', headers: [], body, size: body.length, truncated: false },
});

describe('readTokenAnswer: the usable token beside what may be shown', () => {
  it.each([
    [200, '{"access_token":"a.b.c","expires_in":3700}', 'a.b.c'],
    [200, '{"access_token":""}', undefined],
    [200, '{"access_token":42}', undefined],
    [200, '{"error":"invalid_client"}', undefined],
    [200, 'null', undefined],
    [200, '<html>', undefined],
    [401, '{"access_token":"a.b.c"}', undefined],
  ])('%s %s → %s', (status, body, token) => {
    expect(readTokenAnswer(answered(status, body)).accessToken).toBe(token);
  });

  it('keeps only the signature-less token in what may be shown', () => {
    const jwt = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJlLXZhbHVl';
    const { read, accessToken } = readTokenAnswer(answered(200, JSON.stringify({ access_token: jwt })));
    expect(accessToken).toBe(jwt);
    expect(read.exchange.response?.body).not.toContain('c2lnbmF0dXJlLXZhbHVl');
  });
});
