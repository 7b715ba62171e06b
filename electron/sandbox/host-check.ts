import type { IncomingMessage, ServerResponse } from 'node:http';
import { sendJson } from './router';

/**
 * The Host names the sandbox answers for: its own address on its port, and the other loopback spellings of it when
 * it listens on loopback. Anything else is a page on another site reaching it through DNS rebinding, or a client
 * that would have a foreign host reflected into what it reads: refused before any handler runs.
 * Undefined (any Host) when it listens on every interface, where the names that reach it cannot be known.
 */
const LOOPBACK_NAMES = ['127.0.0.1', 'localhost', '[::1]'];

export function allowedHosts(host: string, port: number): ReadonlySet<string> | undefined {
  if (host === '0.0.0.0' || host === '::') return undefined;
  const bracketed = host.includes(':') && !host.startsWith('[') ? `[${host}]` : host;
  const names = LOOPBACK_NAMES.includes(bracketed.toLowerCase()) ? LOOPBACK_NAMES : [bracketed];
  return new Set(names.map((name) => `${name}:${port}`.toLowerCase()));
}

/** Answers 421 Misdirected Request and returns true when the Host header is not one of ours. */
export function refusedForeignHost(req: IncomingMessage, res: ServerResponse, allowed: ReadonlySet<string> | undefined): boolean {
  if (!allowed || allowed.has((req.headers.host ?? '').toLowerCase())) return false;
  sendJson(res, 421, { error: 'invalid_request', error_description: 'this sandbox answers only for its own address: the Host header names another' });
  return true;
}
