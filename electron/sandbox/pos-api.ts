import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { PosTokenVerifier } from './pos-auth';
import { findPointOfSale, findStore, merchantByVat } from './pos-data';
import type { DemoPointOfSale, DemoStore } from './pos-data';
import { checkClientSystemVersion, headerValues, isPosFailure, resolveMerchantVat } from './pos-headers';
import { POS_ERROR_CODES as CODES, sendPosFailure, sendPosJson, sendUnauthorized } from './pos-responses';
import type { PosFailure } from './pos-responses';
import type { RequestHandler } from './router';

/** Where the PoS V10 subset is mounted on the sandbox's server (DOMAIN.md §2: `{host}/pos/v10`). */
export const POS_BASE_PATH = '/pos/v10';

type Route =
  { name: 'stores' } | { name: 'store'; id: string } | { name: 'pointofsales' } | { name: 'pointofsale'; id: string };

type Query = URLSearchParams;
type RouteResult = { body: unknown } | PosFailure;

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const BRAND_ID = /^(MPPOS|POSDK|POSFI)[A-Za-z0-9]{5}$/;
const LOCATION_ID = /^[A-Za-z0-9]{5}$/;

/**
 * The read-only PoS V10 calls that prove a token works (DOMAIN.md §5), checked in this order: route → bearer
 * token (401) → client system version (400) → merchant VAT (400/403) → the call itself (400/403/404).
 */
export function createPosApi(verifyBearer: PosTokenVerifier): RequestHandler {
  return async function answerPosRequest(req: IncomingMessage, res: ServerResponse) {
    const correlationId = randomUUID();
    const url = new URL(req.url ?? '/', 'http://pos.invalid');
    const route = matchRoute(url.pathname);
    if (!route) {
      sendPosFailure(res, notFoundRoute(), correlationId);
      return;
    }
    if (req.method !== 'GET') {
      const failure = {
        status: 405,
        code: CODES.methodNotAllowed,
        message: `Only GET is served here (the sandbox's PoS subset is read-only).`,
      } as const;
      sendPosFailure(res, failure, correlationId, { Allow: 'GET' });
      return;
    }
    const auth = await verifyBearer(headerValues(req, 'authorization'));
    if (!auth.ok) {
      sendUnauthorized(res, auth.description, correlationId);
      return;
    }
    const merchant = checkClientSystemVersion(req) ?? resolveMerchantVat(req, auth.claims);
    if (isPosFailure(merchant)) {
      sendPosFailure(res, merchant, correlationId);
      return;
    }
    const result = answerRoute(route, url.searchParams, merchant.vat);
    if ('body' in result) sendPosJson(res, 200, result.body, correlationId);
    else sendPosFailure(res, result, correlationId);
  };
}

function matchRoute(pathname: string): Route | undefined {
  const parts = pathname.split('/').filter(Boolean);
  const [collection, id, extra] = parts.map((part) => safeDecode(part));
  if (extra !== undefined || collection === undefined) return undefined;
  if (collection === 'stores') return id === undefined ? { name: 'stores' } : { name: 'store', id };
  if (collection === 'pointofsales') return id === undefined ? { name: 'pointofsales' } : { name: 'pointofsale', id };
  return undefined;
}

function answerRoute(route: Route, query: Query, vat: string): RouteResult {
  switch (route.name) {
    case 'stores':
      return listStores(query, vat);
    case 'store':
      return readStore(route.id, vat);
    case 'pointofsales':
      return listPointsOfSale(query, vat);
    case 'pointofsale':
      return readPointOfSale(route.id, vat);
  }
}

/** GET /stores[?merchantBrandId=&merchantLocationId=]: the merchant's stores, optionally one brand + location. */
function listStores(query: Query, vat: string): RouteResult {
  const brandId = query.get('merchantBrandId');
  const locationId = query.get('merchantLocationId');
  if ((brandId === null) !== (locationId === null)) {
    return badRequest(
      CODES.storeFilterNotSpecific,
      'Store filter not specific enough: send merchantBrandId and merchantLocationId together, or neither.',
    );
  }
  if (brandId !== null && !BRAND_ID.test(brandId)) {
    return badRequest(
      CODES.invalidMerchantBrandId,
      'Invalid merchantBrandId: use MPPOSXXXXX, POSDKXXXXX or POSFIXXXXX.',
    );
  }
  if (locationId !== null && !LOCATION_ID.test(locationId)) {
    return badRequest(CODES.invalidMerchantLocationId, 'Invalid merchantLocationId: it has exactly 5 characters.');
  }
  const stores = (merchantByVat(vat)?.stores ?? []).filter(
    (store) => brandId === null || (store.merchantBrandId === brandId && store.merchantLocationId === locationId),
  );
  return { body: { storeIds: stores.map((store) => store.storeId) } };
}

function readStore(storeId: string, vat: string): RouteResult {
  const found = GUID.test(storeId) ? findStore(storeId) : undefined;
  if (!found) return { status: 404, code: CODES.storeNotFound, message: `Store not found: ${clip(storeId)}` };
  if (found.ownerVat !== vat) return storeOfAnotherMerchant(storeId, vat);
  return { body: storeBody(found.store) };
}

/** GET /pointofsales?storeId=&beaconId=&merchantPosId=: at least one filter (else 1121); filters combine. */
function listPointsOfSale(query: Query, vat: string): RouteResult {
  const storeId = query.get('storeId');
  const beaconId = query.get('beaconId');
  const merchantPosId = query.get('merchantPosId');
  if (!storeId && !beaconId && !merchantPosId) {
    return badRequest(
      CODES.posFilterNotSpecific,
      'Point of sale filter not specific enough: send storeId, beaconId or merchantPosId.',
    );
  }
  if (storeId) {
    if (!GUID.test(storeId)) return badRequest(CODES.unknownBadRequest, 'Invalid storeId: it is a GUID.');
    const owner = findStore(storeId)?.ownerVat;
    if (owner !== undefined && owner !== vat) return storeOfAnotherMerchant(storeId, vat);
  }
  const matches = (merchantByVat(vat)?.pointsOfSale ?? []).filter(
    (pos) =>
      (!storeId || pos.storeId === storeId.toLowerCase()) &&
      (!beaconId || pos.beaconId === beaconId) &&
      (!merchantPosId || pos.merchantPosId === merchantPosId),
  );
  return { body: { posIds: matches.map((pos) => pos.posId) } };
}

function readPointOfSale(posId: string, vat: string): RouteResult {
  const found = GUID.test(posId) ? findPointOfSale(posId) : undefined;
  if (!found)
    return { status: 404, code: CODES.pointOfSaleNotFound, message: `Point of sale not found: ${clip(posId)}` };
  if (found.ownerVat !== vat) {
    return {
      status: 403,
      code: CODES.pointOfSaleOfAnotherMerchant,
      message: `Point of sale ${posId} belongs to another merchant than ${vat}; it cannot be queried for this merchant.`,
    };
  }
  return { body: posBody(found.pos) };
}

function storeOfAnotherMerchant(storeId: string, vat: string): PosFailure {
  return {
    status: 403,
    code: CODES.storeOfAnotherMerchant,
    message: `Store ${storeId} belongs to another merchant than ${vat}; it cannot be queried for this merchant.`,
  };
}

function storeBody(store: DemoStore): DemoStore {
  const { storeId, storeName, storeStreet, storeZipCode, storeCity, brandName, merchantBrandId, merchantLocationId } =
    store;
  return { storeId, storeName, storeStreet, storeZipCode, storeCity, brandName, merchantBrandId, merchantLocationId };
}

function posBody(pos: DemoPointOfSale): DemoPointOfSale {
  const { posId, merchantPosId, storeId, name, beaconId, supportedBeaconTypes, requirePaymentBeforeCheckin } = pos;
  return { posId, merchantPosId, storeId, name, beaconId, supportedBeaconTypes, requirePaymentBeforeCheckin };
}

function notFoundRoute(): PosFailure {
  return {
    status: 404,
    code: CODES.routeNotFound,
    message: `Not served here. This sandbox serves GET ${POS_BASE_PATH}/stores, /stores/{storeId}, /pointofsales and /pointofsales/{posId}.`,
  };
}

const badRequest = (code: string, message: string): PosFailure => ({ status: 400, code, message });

function safeDecode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

function clip(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}...` : text;
}
