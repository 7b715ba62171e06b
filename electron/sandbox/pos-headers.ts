import type { IncomingMessage } from 'node:http';
import type { JWTPayload } from 'jose';
import { MERCHANT_VAT_PATTERN } from '../../shared/domain/vat';
import { POS_ERROR_CODES as CODES } from './pos-responses';
import type { PosFailure } from './pos-responses';

const CLIENT_SYSTEM_VERSION_HEADER = 'X-MobilePay-Client-System-Version';
const MERCHANT_VAT_HEADER = 'X-MobilePay-Merchant-VAT-Number';
const VERSION_PATTERN = /^\d{1,9}\.\d{1,9}\.\d{1,9}$/;

/**
 * Every value of one request header, in order. Node joins repeated custom headers with ", " in `req.headers`
 * (and drops repeated Authorization headers), so duplicates are only visible in `req.rawHeaders`.
 */
export function headerValues(req: IncomingMessage, name: string): string[] {
  const wanted = name.toLowerCase();
  const values: string[] = [];
  for (let i = 0; i + 1 < req.rawHeaders.length; i += 2) {
    if (req.rawHeaders[i]?.toLowerCase() === wanted) values.push(req.rawHeaders[i + 1] ?? '');
  }
  return values;
}

const badRequest = (code: string, message: string): PosFailure => ({ status: 400, code, message });

/** `X-MobilePay-Client-System-Version`: required, once, Major.Minor.Build (1153 / 1157 / 1161). */
export function checkClientSystemVersion(req: IncomingMessage): PosFailure | undefined {
  const values = headerValues(req, CLIENT_SYSTEM_VERSION_HEADER).filter((value) => value.trim() !== '');
  if (values.length === 0) {
    return badRequest(
      CODES.missingVersionHeader,
      `Missing ${CLIENT_SYSTEM_VERSION_HEADER} header. Send the version of your PoS system as Major.Minor.Build, e.g. 2.1.1.`,
    );
  }
  if (values.length > 1) {
    return badRequest(
      CODES.duplicatedVersionHeader,
      `Duplicated ${CLIENT_SYSTEM_VERSION_HEADER} header (sent ${values.length} times). Send it once.`,
    );
  }
  const value = values[0] ?? '';
  if (!VERSION_PATTERN.test(value)) {
    return badRequest(
      CODES.invalidVersionHeader,
      `Invalid ${CLIENT_SYSTEM_VERSION_HEADER} '${clip(value)}'. Use Major.Minor.Build with numbers only, e.g. 2.1.1.`,
    );
  }
  return undefined;
}

/**
 * The merchant a call is made for: the token's `merchant_vat` claim, or else the VAT header
 * (1155 duplicated header, 1159 malformed header, 1182 malformed claim, 1151 neither; 403/1411 when both are
 * present and name different merchants).
 */
export function resolveMerchantVat(req: IncomingMessage, claims: JWTPayload): { vat: string } | PosFailure {
  const headers = headerValues(req, MERCHANT_VAT_HEADER).filter((value) => value.trim() !== '');
  if (headers.length > 1) {
    return badRequest(
      CODES.duplicatedVatHeader,
      `Duplicated ${MERCHANT_VAT_HEADER} header (sent ${headers.length} times). Send it once.`,
    );
  }
  const header = headers[0];
  if (header !== undefined && !MERCHANT_VAT_PATTERN.test(header)) {
    return badRequest(CODES.invalidVatHeader, `Invalid ${MERCHANT_VAT_HEADER} '${clip(header)}'. ${vatRule(header)}`);
  }
  const hasClaim = Object.hasOwn(claims, 'merchant_vat');
  const claim = claims.merchant_vat;
  if (hasClaim && (typeof claim !== 'string' || !MERCHANT_VAT_PATTERN.test(claim))) {
    return badRequest(
      CODES.invalidMerchantVatClaim,
      `The token's merchant_vat claim '${clip(typeof claim === 'string' ? claim : (JSON.stringify(claim) ?? ''))}' is invalid. ` +
        'Request a new token with merchant_vat=DK12345678 (DK or FI + 8 digits), or without merchant_vat and send the VAT header.',
    );
  }
  if (typeof claim === 'string') {
    if (header !== undefined && header !== claim) {
      return {
        status: 403,
        code: CODES.vatHeaderDiffersFromClaim,
        message: `The token is bound to merchant ${claim} (merchant_vat claim) but ${MERCHANT_VAT_HEADER} names ${header}. A merchant-bound token works only for that merchant.`,
      };
    }
    return { vat: claim };
  }
  if (header === undefined) {
    return badRequest(
      CODES.missingVatHeader,
      `Missing ${MERCHANT_VAT_HEADER} header. The token has no merchant_vat claim, so every call must name the merchant, e.g. DK12345678.`,
    );
  }
  return { vat: header };
}

function vatRule(value: string): string {
  const rule = 'Use DK or FI followed by exactly 8 digits, no dash, e.g. DK12345678.';
  if (/^(DK|FI)-\d{8}$/i.test(value)) return `${rule} (The dashed form was the format before 2020-03.)`;
  if (/^(dk|fi)/i.test(value) && !/^(DK|FI)/.test(value)) return `${rule} The country prefix must be upper case.`;
  return rule;
}

function clip(text: string): string {
  const printable = text.replace(/[^\x20-\x7e]/g, '?');
  return printable.length > 40 ? `${printable.slice(0, 40)}...` : printable;
}

export function isPosFailure(value: unknown): value is PosFailure {
  return typeof value === 'object' && value !== null && 'status' in value && 'code' in value;
}
