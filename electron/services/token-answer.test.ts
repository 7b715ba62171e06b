import { describe, expect, it } from 'vitest';
import type { Exchange } from '../../shared/domain/exchange';
import { readTokenAnswer } from './token-exchange';

const answered = (status: number, body: string): Exchange => ({
  startedAt: new Date(0).toISOString(),
  durationMs: 5,
  request: {
    method: 'POST',
    url: 'http://127.0.0.1:1/connect/token',
    headers: [],
    body: 'grant_type=client_credentials',
  },
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

  it('fingerprints an opaque access token and a refresh token in what may be shown; main keeps the usable one', () => {
    const opaque = 'OPAQUEaccessTOKEN9f8e7d6c5b4a39281706';
    const refresh = 'REFRESHtoken0123456789abcdef';
    const body = JSON.stringify({
      access_token: opaque,
      refresh_token: refresh,
      token_type: 'Bearer',
      expires_in: 3600,
    });
    const { read, accessToken } = readTokenAnswer(answered(200, body));
    expect(accessToken).toBe(opaque);
    const shown = read.exchange.response?.body ?? '';
    expect(shown).not.toContain(opaque);
    expect(shown).not.toContain(refresh);
    expect(shown).toMatch(/"access_token":"<token sha256:[0-9a-f]{8}…, 37 chars>"/);
    expect(shown).toMatch(/"refresh_token":"<token sha256:[0-9a-f]{8}…, 28 chars>"/);
    expect(shown).toContain('"expires_in":3600');
  });

  it('strips the signature of a JWT whose header JSON is spaced (eyAi…, not eyJ…)', () => {
    const jwt = 'eyAiYWxnIjogIlJTMjU2IiB9.eyJzdWIiOiJ4In0.c2lnbmF0dXJlLXZhbHVl'; // header { "alg": "RS256" }
    const { read } = readTokenAnswer(answered(200, JSON.stringify({ access_token: jwt })));
    expect(read.exchange.response?.body).toContain('eyAiYWxnIjogIlJTMjU2IiB9.eyJzdWIiOiJ4In0.<signature hidden>');
  });
});
