import type { CapturedRequest, Exchange, HeaderList } from '../../../shared/domain/exchange';
import { stripJwtSignatures } from '../../../shared/domain/redaction';
import type { PosCallResult, PosTamper } from '../../../shared/domain/probes';
import { posError, VAT_HEADER, VERSION_HEADER } from '../diagnosis/pos-facts';

export type { PosCallResult, PosTamper };
import { describeCredential } from '../credential-redaction';
import { scrubberFor } from '../known-secrets';
import { safeExchange, tokenCredential } from '../safe-exchange';
import {
  DEFAULT_CAPTURE,
  sendAndCapture,
  type CaptureOptions,
  type FetchLike,
  type OutgoingRequest,
} from '../http-capture';
import { USER_AGENT } from '../token-exchange';
import { assertSafeTarget } from './url-policy';

/**
 * "Call the PoS API with this token": one read-only PoS V10 GET with the headers of DOMAIN.md §5, each of which
 * can be left out or garbled on purpose to reproduce a customer's mistake. The full token is used on the wire only;
 * the captured copy shows it without its signature.
 */
export type PosPath = '/stores' | `/stores/${string}` | `/pointofsales?${string}` | `/pointofsales/${string}`;

export interface PosCallInput {
  /** e.g. http://127.0.0.1:PORT/pos/v10 or https://api.sandbox.mobilepay.dk/pos/v10 */
  posBase: string;
  path: PosPath;
  /** The whole access token; main-side only. */
  token: string;
  /** Major.Minor.Build; default 1.0.0. */
  clientSystemVersion?: string;
  /** Sent as X-MobilePay-Merchant-VAT-Number when given (needed when the token has no merchant_vat claim). */
  merchantVat?: string;
  tamper?: PosTamper;
}

const DEFAULT_CLIENT_SYSTEM_VERSION = '1.0.0';
const PATH_PATTERN = /^\/(stores|pointofsales)(\/[A-Za-z0-9-]{1,64})?(\?[A-Za-z0-9=&%._-]{0,300})?$/;
const B64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

export const posPaths = {
  stores: (): PosPath => '/stores',
  store: (storeId: string): PosPath => `/stores/${encodeURIComponent(storeId)}`,
  pointOfSalesOfStore: (storeId: string): PosPath => `/pointofsales?storeId=${encodeURIComponent(storeId)}`,
  pointOfSale: (posId: string): PosPath => `/pointofsales/${encodeURIComponent(posId)}`,
};

/** Shifts each signature character one place in the base64url alphabet: same length, never valid. */
export function garbleJwt(token: string): string {
  const parts = token.split('.');
  const signature = parts[2];
  if (parts.length !== 3 || !signature) return `${token}x`;
  const shifted = [...signature].map((ch) => B64URL[(B64URL.indexOf(ch) + 1) % B64URL.length] ?? ch).join('');
  return `${parts[0]}.${parts[1]}.${shifted}`;
}

function redactToken(token: string): string {
  const stripped = stripJwtSignatures(token);
  return stripped !== token ? stripped : describeCredential('token', token);
}

function garbleVat(vat: string | undefined): string {
  const value = vat?.trim() || 'DK00000000';
  return /^[A-Z]{2}\d/i.test(value) ? `${value.slice(0, 2)}-${value.slice(2)}` : `${value}-`;
}

export function buildPosRequest(input: PosCallInput): {
  wire: OutgoingRequest;
  shown: CapturedRequest;
  tampered: string[];
} {
  if (!PATH_PATTERN.test(input.path))
    throw new RangeError('Only the read-only PoS V10 store and point-of-sale paths can be called.');
  assertSafeTarget(input.posBase);
  const tamper = input.tamper ?? {};
  const tampered: string[] = [];
  const wire: HeaderList = [];
  const shown: HeaderList = [];
  const add = (name: string, wireValue: string, shownValue = wireValue) => {
    wire.push([name, wireValue]);
    shown.push([name, shownValue]);
  };
  if (tamper.omitAuthorization) tampered.push('Authorization left out');
  else {
    const token = tamper.garbleToken ? garbleJwt(input.token) : input.token;
    const prefix = tamper.omitBearerPrefix ? '' : 'Bearer ';
    if (tamper.garbleToken) tampered.push('token signature garbled');
    if (tamper.omitBearerPrefix) tampered.push('"Bearer " prefix left out');
    add(
      'Authorization',
      `${prefix}${token}`,
      `${prefix}${redactToken(input.token)}${tamper.garbleToken ? ' (signature garbled on purpose)' : ''}`,
    );
  }
  const version = input.clientSystemVersion?.trim() || DEFAULT_CLIENT_SYSTEM_VERSION;
  if (tamper.omitVersion) tampered.push(`${VERSION_HEADER} left out`);
  else {
    if (tamper.garbleVersion) tampered.push(`${VERSION_HEADER} garbled`);
    add(VERSION_HEADER, tamper.garbleVersion ? 'not-a-version' : version);
  }
  if (tamper.omitVat) {
    if (input.merchantVat) tampered.push(`${VAT_HEADER} left out`);
  } else if (tamper.garbleVat) {
    tampered.push(`${VAT_HEADER} garbled`);
    add(VAT_HEADER, garbleVat(input.merchantVat));
  } else if (input.merchantVat) add(VAT_HEADER, input.merchantVat);
  add('Accept', 'application/json');
  add('User-Agent', USER_AGENT);
  const url = `${input.posBase.replace(/\/+$/, '')}${input.path}`;
  return {
    wire: { method: 'GET', url, headers: wire },
    shown: { method: 'GET', url, headers: shown, body: '' },
    tampered,
  };
}

export async function callPos(
  fetchImpl: FetchLike,
  input: PosCallInput,
  options: Partial<CaptureOptions> = {},
): Promise<PosCallResult> {
  const { wire, shown, tampered } = buildPosRequest(input);
  const captured = await sendAndCapture(fetchImpl, wire, shown, { ...DEFAULT_CAPTURE, ...options });
  const response = captured.response;
  if (!response) return { exchange: captured, tampered };
  // A PoS API has no reason to echo a token, but whatever comes back is stored and exported: never a usable one.
  const exchange: Exchange = safeExchange(captured, scrubberFor([tokenCredential(input.token)]));
  const json = parseJson(exchange.response?.body ?? '');
  const error = response.status >= 400 ? posError(exchange) : undefined;
  return {
    exchange,
    status: response.status,
    ...(json === undefined ? {} : { json }),
    ...(error ? { error } : {}),
    tampered,
  };
}

function parseJson(text: string): unknown {
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
