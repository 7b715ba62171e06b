import type { CapturedRequest, Exchange } from '../../../shared/domain/exchange';
import { CLOCK_SKEW_LIMIT_MS } from '../diagnosis/index';
import { redactUrl } from './export-redaction';
import type { ExportedAttempt } from './exported-attempt';

/** The pieces of "Copy for support" that need more than a lookup: correlation ids, clock skew, local time, PoS curl. */

/** Response headers servers and gateways use to tie a request to their logs (MobilePay: CorrelationId). */
const CORRELATION_HEADERS = [
  'correlationid',
  'correlation-id',
  'x-correlation-id',
  'request-id',
  'x-request-id',
  'x-ms-request-id',
  'x-global-transaction-id',
  'x-amzn-requestid',
  'traceparent',
];

/** `Name: value` for every correlation id in the answer: headers first, then the PoS error body's correlationId. */
export function correlationIds(entry: ExportedAttempt): string[] {
  const headers = entry.attempt.exchange.response?.headers ?? [];
  const found = headers
    .filter(([name]) => CORRELATION_HEADERS.includes(name.toLowerCase()))
    .map(([name, value]) => `${name}: ${value}`);
  const bodyId = entry.kind === 'pos' ? entry.attempt.error?.correlationId : undefined;
  if (bodyId) found.push(`correlationId (response body): ${bodyId}`);
  return found;
}

const seconds = (ms: number) => `${Math.round(Math.abs(ms) / 1000)} s`;

/** How far the server's clock (its Date header) is from this machine's, in words. */
export function clockSkewLine(exchange: Exchange): string {
  if (exchange.clockSkewMs === undefined) return 'unknown (no Date header in the answer)';
  const skew = exchange.clockSkewMs;
  const server = exchange.serverDate ? ` (server Date ${exchange.serverDate})` : '';
  if (Math.abs(skew) < 1000) return `none measurable, within 1 s${server}`;
  const over = Math.abs(skew) > CLOCK_SKEW_LIMIT_MS ? `, over the ${seconds(CLOCK_SKEW_LIMIT_MS)} limit` : '';
  return `server is ${seconds(skew)} ${skew > 0 ? 'ahead of' : 'behind'} this machine${over}${server}`;
}

const pad = (value: number) => String(value).padStart(2, '0');

/** `2026-11-25 11:30:05 UTC+01:00` in this machine's time zone. */
export function localTime(ms: number): string {
  const date = new Date(ms);
  const offset = -date.getTimezoneOffset();
  const sign = offset >= 0 ? '+' : '-';
  const zone = `UTC${sign}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
  const day = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  return `${day} ${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())} ${zone}`;
}

const ACCESS_TOKEN_VARIABLE = 'MOBILEPAY_ACCESS_TOKEN';
const LEFT_OUT_HEADERS = new Set(['user-agent', 'content-length']);

function shellQuote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

/**
 * The PoS call as curl, the token read from $MOBILEPAY_ACCESS_TOKEN. Headers left out or garbled on purpose stay
 * that way (that is what is being reproduced); a garbled signature cannot be, so it is said in a comment.
 */
export function posCurl(request: CapturedRequest, tampered: readonly string[]): string {
  const lines = [`# Reads the token from ${ACCESS_TOKEN_VARIABLE}; nothing secret is written here.`];
  if (tampered.length > 0) lines.push(`# Reproduces a deliberate mistake: ${tampered.join('; ')}.`);
  const options = request.headers
    .filter(([name]) => !LEFT_OUT_HEADERS.has(name.toLowerCase()))
    .map(([name, value]) => {
      if (name.toLowerCase() !== 'authorization') return `--header ${shellQuote(`${name}: ${value}`)}`;
      const prefix = /^bearer\s/i.test(value) ? 'Bearer ' : '';
      return `--header "Authorization: ${prefix}$${ACCESS_TOKEN_VARIABLE}"`;
    });
  lines.push(
    ['curl --silent --request GET', ...options, `--url ${shellQuote(redactUrl(request.url))}`].join(' \\\n  '),
  );
  return lines.join('\n');
}
