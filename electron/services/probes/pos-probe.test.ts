import { createServer, type IncomingHttpHeaders, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { headerValue } from '../../../shared/domain/exchange';
import { decodeToken } from '../../../shared/domain/token-view';
import { diagnosePosCall } from '../diagnosis/diagnose';
import { buildPosRequest, callPos, garbleJwt, posPaths, type PosCallInput, type PosTamper } from './pos-probe';

/**
 * A tiny stand-in for the PoS V10 API (DOMAIN.md §5), on loopback: it checks the Bearer token by exact match,
 * the version and VAT headers, and answers with MobilePay's error shapes.
 */
const b64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
const jwt = (claims: Record<string, unknown>) =>
  `${b64url({ alg: 'RS256', kid: 'ABC' })}.${b64url(claims)}.${Buffer.from('signature-bytes').toString('base64url')}`;
const now = Math.floor(Date.now() / 1000);
const UNBOUND = jwt({
  iss: 'http://127.0.0.1/integrator-authentication',
  client_id: 'demo',
  iat: now,
  nbf: now,
  exp: now + 3700,
});
const BOUND = jwt({
  iss: 'http://127.0.0.1/integrator-authentication',
  client_id: 'demo',
  merchant_vat: 'DK13585628',
  iat: now,
  nbf: now,
  exp: now + 3700,
});
const STORE = '6f1c2a8e-4b7d-4c1e-9a3f-2d5e8b9c0a11';

let server: Server;
let posBase: string;
const seen: IncomingHttpHeaders[] = [];

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}
const fail = (res: ServerResponse, status: number, code: string, message: string) =>
  send(res, status, { code, message, correlationId: '0f8fad5b-d9cb-469f-a165-70867728950e' });

function answer(url: URL, headers: IncomingHttpHeaders, res: ServerResponse): void {
  const authorization = headers.authorization;
  if (!authorization?.startsWith('Bearer ')) {
    send(res, 401, '', { 'www-authenticate': 'Bearer' });
    return;
  }
  const token = authorization.slice('Bearer '.length);
  if (token !== UNBOUND && token !== BOUND) {
    send(res, 401, '', {
      'www-authenticate': 'Bearer error="invalid_token", error_description="The signature is invalid"',
    });
    return;
  }
  const version = headers['x-mobilepay-client-system-version'];
  if (version === undefined) return fail(res, 400, '1153', 'Missing client system version header');
  if (!/^\d+\.\d+\.\d+$/.test(String(version))) return fail(res, 400, '1161', 'Invalid client system version');
  const vat = headers['x-mobilepay-merchant-vat-number'];
  if (vat === undefined && token === UNBOUND) return fail(res, 400, '1151', 'Missing merchant VAT header');
  if (vat !== undefined && !/^(DK|FI)\d{8}$/.test(String(vat)))
    return fail(res, 400, '1159', 'Invalid merchant VAT header');
  if (url.pathname === '/pos/v10/stores') return send(res, 200, { storeIds: [STORE] });
  if (url.pathname === `/pos/v10/stores/${STORE}`) return send(res, 200, { storeId: STORE, storeName: 'Demo store' });
  if (url.pathname === '/pos/v10/pointofsales') {
    const storeId = url.searchParams.get('storeId');
    if (!storeId) return fail(res, 400, '1121', 'storeId, beaconId or merchantPosId is required');
    return send(res, 200, { posIds: storeId === STORE ? ['a0b1c2d3-0000-4000-8000-000000000001'] : [] });
  }
  fail(res, 404, '1099', 'Not found');
}

beforeAll(async () => {
  server = createServer((req, res) => {
    seen.push(req.headers);
    answer(new URL(req.url ?? '/', 'http://127.0.0.1'), req.headers, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  posBase = `http://127.0.0.1:${(server.address() as AddressInfo).port}/pos/v10/`;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

const call = (extra: Partial<PosCallInput> = {}) =>
  callPos(fetch, { posBase, path: '/stores', token: UNBOUND, merchantVat: 'DK13585628', ...extra });
const lastSeen = () => seen[seen.length - 1]!;
const environment = { id: 'local', label: 'Local sandbox' };
const diagnose = (exchange: Parameters<typeof diagnosePosCall>[0]['exchange']) => {
  const decoded = decodeToken(UNBOUND);
  if (!decoded.ok) throw new Error(decoded.message);
  return diagnosePosCall({
    exchange,
    environment,
    token: { view: decoded.view, environmentId: 'local', environmentLabel: 'Local sandbox' },
    nowMs: Date.now(),
  });
};

describe('callPos', () => {
  it('lists stores with the three headers, showing the token without its signature', async () => {
    const result = await call();
    expect(result.status).toBe(200);
    expect(result.json).toEqual({ storeIds: [STORE] });
    expect(result.tampered).toEqual([]);
    expect(lastSeen()).toMatchObject({
      authorization: `Bearer ${UNBOUND}`,
      'x-mobilepay-client-system-version': '1.0.0',
      'x-mobilepay-merchant-vat-number': 'DK13585628',
    });
    const [header, payload] = UNBOUND.split('.');
    expect(headerValue(result.exchange.request.headers, 'Authorization')).toBe(
      `Bearer ${header}.${payload}.<signature hidden>`,
    );
    expect(result.exchange.request.url).toBe(`${posBase.replace(/\/$/, '')}/stores`);
    expect(JSON.stringify(result)).not.toContain(UNBOUND.split('.')[2]);
  });

  it('reads a store and its points of sale', async () => {
    const store = await call({ path: posPaths.store(STORE) });
    expect(store.json).toMatchObject({ storeName: 'Demo store' });
    const points = await call({ path: posPaths.pointOfSalesOfStore(STORE) });
    expect(points.json).toEqual({ posIds: ['a0b1c2d3-0000-4000-8000-000000000001'] });
  });

  it('sends no VAT header when none is given, and a bound token needs none', async () => {
    const result = await call({ token: BOUND, merchantVat: undefined, clientSystemVersion: '2.1.1' });
    expect(result.status).toBe(200);
    expect(lastSeen()['x-mobilepay-merchant-vat-number']).toBeUndefined();
    expect(lastSeen()['x-mobilepay-client-system-version']).toBe('2.1.1');
  });

  it.each([
    [{ omitAuthorization: true }, 401, undefined, 'pos-missing-bearer', 'Authorization left out'],
    [{ omitBearerPrefix: true }, 401, undefined, 'pos-missing-bearer', '"Bearer " prefix left out'],
    [{ garbleToken: true }, 401, undefined, 'pos-token-tampered', 'token signature garbled'],
    [{ omitVersion: true }, 400, '1153', 'pos-1153', 'X-MobilePay-Client-System-Version left out'],
    [{ garbleVersion: true }, 400, '1161', 'pos-1161', 'X-MobilePay-Client-System-Version garbled'],
    [{ omitVat: true }, 400, '1151', 'pos-1151', 'X-MobilePay-Merchant-VAT-Number left out'],
    [{ garbleVat: true }, 400, '1159', 'pos-1159', 'X-MobilePay-Merchant-VAT-Number garbled'],
  ] as [PosTamper, number, string | undefined, string, string][])(
    'reproduces %j and the diagnosis names it',
    async (tamper, status, code, finding, note) => {
      const result = await call({ tamper });
      expect(result.status).toBe(status);
      expect(result.error?.code).toBe(code);
      expect(result.tampered).toEqual([note]);
      expect(diagnose(result.exchange)[0]?.id).toBe(finding);
      expect(JSON.stringify(result)).not.toContain(UNBOUND.split('.')[2]);
    },
  );

  it('garbles the VAT the way customers did (a dash), and the token only in its signature', async () => {
    await call({ tamper: { garbleVat: true } });
    expect(lastSeen()['x-mobilepay-merchant-vat-number']).toBe('DK-13585628');
    const garbled = garbleJwt(UNBOUND);
    expect(garbled.split('.').slice(0, 2)).toEqual(UNBOUND.split('.').slice(0, 2));
    expect(garbled.split('.')[2]).not.toBe(UNBOUND.split('.')[2]);
    expect(garbled.length).toBe(UNBOUND.length);
  });

  it('explains a point-of-sale lookup without a query', async () => {
    const result = await call({ path: '/pointofsales?storeId=' });
    expect(result.error?.code).toBe('1121');
    expect(diagnose(result.exchange).map((finding) => finding.id)).toEqual(['pos-1121']);
  });

  it('shows a token that is not a JWT only as a fingerprint', () => {
    const { shown, wire } = buildPosRequest({ posBase, path: '/stores', token: 'opaque-token-value' });
    expect(headerValue(wire.headers, 'Authorization')).toBe('Bearer opaque-token-value');
    expect(headerValue(shown.headers, 'Authorization')).toMatch(/^Bearer <token sha256:[0-9a-f]{8}…, 18 chars>$/);
  });

  it.each(['/../admin', 'https://elsewhere.test/stores', '/stores/a/b', '/payments'])('refuses the path %s', (path) => {
    expect(() => buildPosRequest({ posBase, path: path as never, token: UNBOUND })).toThrow(RangeError);
  });

  it.each([
    'http://api.example.test/pos/v10',
    'ftp://127.0.0.1/pos/v10',
    'https://user:pw@api.example.test/pos/v10',
    'not a url',
  ])('never sends the token to %s', (base) => {
    expect(() => buildPosRequest({ posBase: base, path: '/stores', token: UNBOUND })).toThrow(RangeError);
  });

  it.each(['https://api.sandbox.mobilepay.dk/pos/v10', 'http://localhost:1234/pos/v10', 'http://[::1]:1234/pos/v10'])(
    'accepts %s',
    (base) => {
      expect(buildPosRequest({ posBase: base, path: '/stores', token: UNBOUND }).wire.url).toBe(`${base}/stores`);
    },
  );

  it('captures a refused connection as a network failure', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const result = await call({ posBase: `http://127.0.0.1:${port}/pos/v10` });
    expect(result.status).toBeUndefined();
    expect(result.exchange.failure?.kind).toBe('refused');
    expect(diagnose(result.exchange).map((finding) => finding.id)).toEqual(['network-refused']);
  });
});
