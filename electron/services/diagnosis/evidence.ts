import { headerValue, type Exchange } from '../../../shared/domain/exchange';
import { statusWithReason } from '../../../shared/domain/http-status';

/** Small readers of a captured exchange that several rule files share. */

function parseJsonRecord(text: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

/** A JSON field whatever its case (MobilePay's error bodies vary: code/Code, correlationId/CorrelationId). */
export function caselessField(record: Record<string, unknown> | undefined, name: string): string | undefined {
  if (!record) return undefined;
  const key = Object.keys(record).find((candidate) => candidate.toLowerCase() === name.toLowerCase());
  const value = key === undefined ? undefined : record[key];
  if (typeof value === 'string') return value;
  return typeof value === 'number' ? String(value) : undefined;
}

export function responseJson(exchange: Exchange): Record<string, unknown> | undefined {
  return exchange.response ? parseJsonRecord(exchange.response.body) : undefined;
}

export function looksLikeHtml(exchange: Exchange): boolean {
  const response = exchange.response;
  if (!response) return false;
  const type = headerValue(response.headers, 'content-type') ?? '';
  return /html/i.test(type) || /^\s*<(!doctype|html|head|body|[a-z][a-z0-9]*[\s>])/i.test(response.body);
}

/** The page's <title> (or first <h1>), tidied and cut short: it usually names the proxy or the error. */
export function htmlTitle(body: string): string | undefined {
  const match = /<title[^>]*>([^<]*)<\/title>/i.exec(body) ?? /<h1[^>]*>([^<]*)<\/h1>/i.exec(body);
  const text = match?.[1]?.replace(/\s+/g, ' ').trim();
  return text ? truncate(text, 120) : undefined;
}

export function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

export interface AuthenticateChallenge {
  scheme: string;
  params: Record<string, string>;
}

/** Reads `Bearer error="invalid_token", error_description="…"` (one challenge is enough here). */
export function parseAuthenticate(value: string | undefined): AuthenticateChallenge | undefined {
  if (!value) return undefined;
  const scheme = /^\s*([A-Za-z0-9_-]+)/.exec(value)?.[1];
  if (!scheme) return undefined;
  const params: Record<string, string> = {};
  const pattern = /([A-Za-z_][A-Za-z0-9_-]*)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s,]+))/g;
  for (const match of value.slice(scheme.length).matchAll(pattern)) {
    const key = match[1]?.toLowerCase();
    if (key) params[key] = (match[2] ?? match[3] ?? '').replace(/\\(.)/g, '$1');
  }
  return { scheme, params };
}

export function statusLine(exchange: Exchange): string {
  const response = exchange.response;
  if (!response) return 'No HTTP response.';
  return `The server answered ${statusWithReason(response.status, response.statusText)}.`;
}

export function authenticateLine(exchange: Exchange): string | undefined {
  const value = exchange.response ? headerValue(exchange.response.headers, 'www-authenticate') : undefined;
  return value ? `WWW-Authenticate: ${truncate(value, 200)}` : undefined;
}

export function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return 'the server';
  }
}

export function formatDuration(ms: number): string {
  const total = Math.round(Math.abs(ms) / 1000);
  if (total < 60) return `${total} s`;
  const minutes = Math.floor(total / 60);
  if (minutes < 60) return `${minutes} min ${total % 60} s`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `${hours} h ${minutes % 60} min`;
  return `${Math.floor(hours / 24)} days`;
}

export function isoOf(epochMs: number): string {
  return new Date(epochMs).toISOString();
}

/** Drops undefined lines so rules can write evidence as one array literal. */
export function lines(...candidates: (string | undefined | false)[]): string[] {
  return candidates.filter((line): line is string => typeof line === 'string' && line !== '');
}
