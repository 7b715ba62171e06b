import type { Exchange } from '../../../shared/domain/exchange';
import { headerValue } from '../../../shared/domain/exchange';
import { caselessField, lines, parseAuthenticate, responseJson, statusLine, truncate } from './evidence';

/** What a captured PoS call says: the headers sent, MobilePay's error body, the 401 challenge. */

export const VAT_HEADER = 'X-MobilePay-Merchant-VAT-Number';
export const VERSION_HEADER = 'X-MobilePay-Client-System-Version';

import type { PosError } from '../../../shared/domain/probes';

export type { PosError };

export function posError(exchange: Exchange): PosError | undefined {
  const json = responseJson(exchange);
  if (!json) return undefined;
  const error = {
    code: caselessField(json, 'code'),
    message: caselessField(json, 'message'),
    correlationId: caselessField(json, 'correlationId'),
  };
  return error.code === undefined && error.message === undefined && error.correlationId === undefined
    ? undefined
    : error;
}

export function errorLines(error: PosError | undefined): string[] {
  if (!error) return [];
  const out: string[] = [];
  if (error.code !== undefined)
    out.push(`code: ${error.code}${error.message ? ` ("${truncate(error.message, 160)}")` : ''}.`);
  else if (error.message) out.push(`message: "${truncate(error.message, 160)}".`);
  if (error.correlationId) out.push(`correlationId: ${error.correlationId} (quote it to MobilePay support).`);
  return out;
}

/** All values of a request header (a header sent twice shows up twice). */
export function sentValues(exchange: Exchange, name: string): string[] {
  const lower = name.toLowerCase();
  return exchange.request.headers.filter(([key]) => key.toLowerCase() === lower).map(([, value]) => value);
}

export function sentHeaderLine(exchange: Exchange, name: string): string {
  const values = sentValues(exchange, name);
  if (values.length === 0) return `${name} was not sent.`;
  return values.length === 1
    ? `${name}: ${values[0]}`
    : `${name} was sent ${values.length} times: ${values.join(' | ')}`;
}

export function bearerChallenge(exchange: Exchange): { error?: string; description?: string; raw?: string } {
  const raw = exchange.response ? headerValue(exchange.response.headers, 'www-authenticate') : undefined;
  const parsed = parseAuthenticate(raw);
  return { error: parsed?.params.error, description: parsed?.params.error_description, raw };
}

/** The status and the 401 challenge, the first evidence of every authentication finding. */
export function challengeLines(input: { exchange: Exchange }): string[] {
  const { raw } = bearerChallenge(input.exchange);
  return lines(statusLine(input.exchange), raw && `WWW-Authenticate: ${truncate(raw, 200)}`);
}

export function claimText(claims: Record<string, unknown> | undefined, name: string): string | undefined {
  const value = claims?.[name];
  return typeof value === 'string' ? value : undefined;
}
