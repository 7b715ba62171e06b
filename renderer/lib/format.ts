import { reasonPhrase } from '../../shared/domain/exchange';
import type { CapturedRequest, CapturedResponse, HeaderList } from '../../shared/domain/exchange';

/** Small, pure text formatters for the response and token views. */

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

export function formatDuration(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(2)} s`;
}

function formatSpan(ms: number): string {
  const abs = Math.abs(ms);
  if (abs < 1000) return `${Math.round(abs)} ms`;
  if (abs < 60_000) return `${(abs / 1000).toFixed(1)} s`;
  const minutes = Math.round(abs / 60_000);
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) {
    const rest = minutes % 60;
    return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
  }
  // A pasted token from an old log: "54349 h 13 min" says nothing; days, then years, do.
  const days = Math.floor(hours / 24);
  const years = Math.floor(days / 365.25);
  return years >= 2 ? `${years} years` : `${days} days`;
}

/** Positive skew = the server's clock is ahead of this machine's. */
export function formatClockSkew(skewMs: number): string {
  if (Math.abs(skewMs) < 1000) return 'in sync (under 1 s)';
  return `server ${formatSpan(skewMs)} ${skewMs > 0 ? 'ahead' : 'behind'}`;
}

/** "in 1 h 2 min" or "3 min ago", from a point in time relative to now. */
export function formatRelative(targetMs: number, nowMs: number): string {
  const diff = targetMs - nowMs;
  if (Math.abs(diff) < 1000) return 'now';
  return diff > 0 ? `in ${formatSpan(diff)}` : `${formatSpan(diff)} ago`;
}

/** The request as it went over the wire: request line, headers, blank line, body. */
export function formatWireRequest(request: CapturedRequest): string {
  const headers = request.headers.map(([name, value]) => `${name}: ${value}`);
  return [`${request.method} ${request.url}`, ...headers, '', request.body].join('\n');
}

export interface PrettyBody {
  text: string;
  json: boolean;
}

/** JSON bodies are indented for reading; anything else is shown exactly as received. */
export function prettyBody(body: string): PrettyBody {
  const trimmed = body.trim();
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    try {
      return { text: JSON.stringify(JSON.parse(trimmed), null, 2), json: true };
    } catch {
      // not JSON after all: fall through to the raw text
    }
  }
  return { text: body, json: false };
}

export function formatClaimValue(value: unknown): string {
  if (typeof value === 'string') return value;
  return JSON.stringify(value) ?? String(value);
}

/** Header lines as they travel: `Name: value`, one per line. */
export function formatHeaderLines(headers: HeaderList): string {
  return headers.map(([name, value]) => `${name}: ${value}`).join('\n');
}

/**
 * The response as wire text: status line, headers, blank line, body. The capture does not record the protocol
 * version, so the status line says HTTP/1.1 (what the token request uses unless the server upgrades it).
 */
export function formatWireResponse(response: CapturedResponse): string {
  const statusLine = `HTTP/1.1 ${response.status} ${reasonPhrase(response.status, response.statusText)}`.trimEnd();
  return [statusLine, ...response.headers.map(([name, value]) => `${name}: ${value}`), '', response.body].join('\n');
}

/** A moment with its date, written the same way in every panel: "Nov 26, 2026, 01:37:39". */
export function formatDateTime(epochMs: number): string {
  return new Date(epochMs).toLocaleString([], {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  });
}

/** A moment today, to the second: "01:37:39". */
export function formatClockTime(epochMs: number): string {
  return new Date(epochMs).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit', second: '2-digit' });
}
