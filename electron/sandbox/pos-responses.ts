import type { ServerResponse } from 'node:http';

/**
 * How the PoS V10 subset answers. Every response carries a `CorrelationId` header; errors have MobilePay's body
 * `{"code":"<string>","message":"<string>","correlationId":"<guid>"}` (DOMAIN.md §5). A 401 has no documented
 * body: like ASP.NET's JwtBearer handler (which MobilePay most plausibly ran [I]) it is empty, and the reason is
 * in `WWW-Authenticate: Bearer error="invalid_token", error_description="..."`.
 */

/** An error the PoS API answers with a MobilePay error body. */
export interface PosFailure {
  status: 400 | 403 | 404 | 405;
  code: string;
  message: string;
}

/** MobilePay's error codes as the sandbox uses them. 1410 and 1411 are the sandbox's own picks [I]. */
export const POS_ERROR_CODES = Object.freeze({
  unknownBadRequest: '1099',
  pointOfSaleNotFound: '1000',
  storeNotFound: '1002',
  invalidMerchantBrandId: '1119',
  invalidMerchantLocationId: '1120',
  posFilterNotSpecific: '1121',
  storeFilterNotSpecific: '1122',
  missingVatHeader: '1151',
  missingVersionHeader: '1153',
  duplicatedVatHeader: '1155',
  duplicatedVersionHeader: '1157',
  invalidVatHeader: '1159',
  invalidVersionHeader: '1161',
  invalidMerchantVatClaim: '1182',
  /** Documented: "point of sale created by a different integrator"; here: one of another merchant. */
  pointOfSaleOfAnotherMerchant: '1400',
  /** [I] MobilePay documented only 404 for stores; a store of another merchant gets 403 here. */
  storeOfAnotherMerchant: '1410',
  /** [I] The VAT header names another merchant than the token's merchant_vat claim. */
  vatHeaderDiffersFromClaim: '1411',
  /** Not MobilePay's: an unknown path or method under /pos/v10. */
  routeNotFound: '404',
  methodNotAllowed: '405',
});

const COMMON_HEADERS = { 'Cache-Control': 'no-store' } as const;

export function sendPosJson(res: ServerResponse, status: number, body: unknown, correlationId: string): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    ...COMMON_HEADERS,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    CorrelationId: correlationId,
  });
  res.end(text);
}

export function sendPosFailure(
  res: ServerResponse,
  failure: PosFailure,
  correlationId: string,
  extraHeaders: Record<string, string> = {},
): void {
  for (const [name, value] of Object.entries(extraHeaders)) res.setHeader(name, value);
  sendPosJson(res, failure.status, { code: failure.code, message: failure.message, correlationId }, correlationId);
}

/** 401 with an empty body; `description` says why (it is quoted, so quotes and backslashes are replaced). */
export function sendUnauthorized(res: ServerResponse, description: string, correlationId: string): void {
  res.writeHead(401, {
    ...COMMON_HEADERS,
    'Content-Length': 0,
    'WWW-Authenticate': `Bearer error="invalid_token", error_description="${quotable(description)}"`,
    CorrelationId: correlationId,
  });
  res.end();
}

/** A quoted-string that any header parser reads back as written: printable ASCII without " and \. */
function quotable(text: string): string {
  const clean = text.replace(/["\\]/g, "'").replace(/[^\x20-\x7e]/g, '?');
  return clean.length > 300 ? `${clean.slice(0, 300)}...` : clean;
}
