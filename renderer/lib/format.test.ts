// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { formatBytes, formatClockSkew, formatDateTime, formatRelative, formatWireRequest, prettyBody } from './format';

describe('format', () => {
  it('writes the request as wire text: request line, headers, blank line, body', () => {
    const text = formatWireRequest({
      method: 'POST',
      url: 'https://h/connect/token',
      headers: [
        ['Content-Type', 'application/x-www-form-urlencoded'],
        ['Authorization', 'Basic <redacted>'],
      ],
      body: 'grant_type=client_credentials',
    });
    expect(text).toBe(
      'POST https://h/connect/token\nContent-Type: application/x-www-form-urlencoded\nAuthorization: Basic <redacted>\n\ngrant_type=client_credentials',
    );
  });

  it('pretty-prints JSON bodies and leaves everything else exactly as received', () => {
    expect(prettyBody('{"error":"invalid_client"}')).toEqual({ text: '{\n  "error": "invalid_client"\n}', json: true });
    expect(prettyBody('<html>401</html>')).toEqual({ text: '<html>401</html>', json: false });
    expect(prettyBody('{not json')).toEqual({ text: '{not json', json: false });
  });

  it('formats sizes, skew and relative times', () => {
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(2048)).toBe('2.0 KB');
    expect(formatClockSkew(300)).toBe('in sync (under 1 s)');
    expect(formatClockSkew(2500)).toBe('server 2.5 s ahead');
    expect(formatClockSkew(-120_000)).toBe('server 2 min behind');
    expect(formatRelative(10_000 + 3_720_000, 10_000)).toBe('in 1 h 2 min');
    expect(formatRelative(0, 180_000)).toBe('3 min ago');
    expect(formatRelative(0, 47 * 3_600_000)).toBe('47 h ago');
    expect(formatRelative(0, 49 * 3_600_000)).toBe('2 days ago');
    expect(formatRelative(0, (54_349 * 60 + 13) * 60_000)).toBe('6 years ago');
    expect(formatRelative(400 * 86_400_000, 0)).toBe('in 400 days');
    expect(formatRelative(0, 730 * 86_400_000)).toBe('730 days ago');
    expect(formatRelative(0, 731 * 86_400_000)).toBe('2 years ago');
  });

  it('writes a moment with its date the same way everywhere: year, month, day and the time to the second', () => {
    const text = formatDateTime(new Date(2026, 10, 26, 1, 37, 39).getTime());
    expect(text).toMatch(/2026/);
    expect(text).toMatch(/26/);
    expect(text).toMatch(/0?1:37:39/);
  });
});
