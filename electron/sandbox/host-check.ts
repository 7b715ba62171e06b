import type { IncomingMessage, ServerResponse } from 'node:http';
import { sendJson } from './router';

/**
 * The Host names a sandbox on loopback answers for: the loopback spellings of its address and port. Anything else is
 * a page on another site reaching it through DNS rebinding: refused before any handler runs. Undefined (any Host)
 * when it listens beyond loopback (`--host` for a team), where the names that reach it cannot be known; discovery
 * builds its URLs from the issuer either way, so no Host is ever reflected.
 */
const LOOPBACK_NAMES = ['127.0.0.1', 'localhost', '[::1]'];

export function allowedHosts(host: string, port: number): ReadonlySet<string> | undefined {
  const bracketed = host.includes(':') && !host.startsWith('[') ? `[${host}]` : host;
  if (!LOOPBACK_NAMES.includes(bracketed.toLowerCase())) return undefined;
  return new Set(LOOPBACK_NAMES.map((name) => `${name}:${port}`));
}

/** Answers 421 Misdirected Request and returns true when the Host header is not one of ours. */
export function refusedForeignHost(
  req: IncomingMessage,
  res: ServerResponse,
  allowed: ReadonlySet<string> | undefined,
): boolean {
  if (!allowed || allowed.has((req.headers.host ?? '').toLowerCase())) return false;
  sendJson(res, 421, {
    error: 'invalid_request',
    error_description: 'this sandbox answers only for its own address: the Host header names another',
  });
  return true;
}
