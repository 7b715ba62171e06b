import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_CLIENTS, DEMO_MERCHANTS, KEY_FILE_NAME, startSandbox } from './index';
import type { RunningSandbox } from './index';
import type { HttpAnswer } from './sandbox-test-helpers';
import { httpGet, makeTempDir, mintToken, posHeaders, sandboxClaims, signWithSandboxKey } from './sandbox-test-helpers';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const [nordlys, revontuli, kiosk] = DEMO_MERCHANTS as [
  (typeof DEMO_MERCHANTS)[0],
  (typeof DEMO_MERCHANTS)[0],
  (typeof DEMO_MERCHANTS)[0],
];
const nordlysStore = nordlys.stores[0]!;
const nordlysPos = nordlys.pointsOfSale[0]!;
const revontuliStore = revontuli.stores[0]!;
const revontuliPos = revontuli.pointsOfSale[0]!;

let sandbox: RunningSandbox;
let dataDir: Awaited<ReturnType<typeof makeTempDir>>;
let unbound: string;
let boundToNordlys: string;

beforeAll(async () => {
  dataDir = await makeTempDir();
  sandbox = await startSandbox({ dataDir: dataDir.path });
  [unbound, boundToNordlys] = await Promise.all([
    mintToken(sandbox.tokenUrl, DEMO_CLIENTS[0]!),
    mintToken(sandbox.tokenUrl, DEMO_CLIENTS[0]!, nordlys.merchantVat),
  ]);
});

afterAll(async () => {
  await sandbox?.close();
  await dataDir?.remove();
});

const get = (path: string, headers: Parameters<typeof httpGet>[1]) => httpGet(`${sandbox.posBase}${path}`, headers);

function expectError(answer: HttpAnswer, status: number, code: string): void {
  expect({ status: answer.status, code: answer.json?.code }).toEqual({ status, code });
  expect(Object.keys(answer.json ?? {})).toEqual(['code', 'message', 'correlationId']);
  expect(answer.json?.correlationId).toBe(answer.headers.get('correlationid'));
  expect(String(answer.json?.message).length).toBeGreaterThan(10);
}

describe('PoS V10 reads with a good token', () => {
  it('lists the stores of the merchant in the token, with a CorrelationId header', async () => {
    const answer = await get('/stores', posHeaders(boundToNordlys));
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toContain('application/json');
    expect(answer.headers.get('correlationid')).toMatch(GUID);
    expect(answer.json).toEqual({ storeIds: nordlys.stores.map((store) => store.storeId) });
  });

  it('lists the stores of the merchant in the VAT header when the token is not bound', async () => {
    const answer = await get('/stores', posHeaders(unbound, revontuli.merchantVat));
    expect(answer.json).toEqual({ storeIds: revontuli.stores.map((store) => store.storeId) });
  });

  it('finds one store by merchantBrandId + merchantLocationId', async () => {
    const query = `?merchantBrandId=${nordlysStore.merchantBrandId}&merchantLocationId=${nordlysStore.merchantLocationId}`;
    expect((await get(`/stores${query}`, posHeaders(boundToNordlys))).json).toEqual({
      storeIds: [nordlysStore.storeId],
    });
  });

  it('reads a store with exactly the documented fields', async () => {
    const answer = await get(`/stores/${nordlysStore.storeId}`, posHeaders(boundToNordlys));
    expect(answer.status).toBe(200);
    expect(answer.json).toEqual({ ...nordlysStore });
    expect(Object.keys(answer.json ?? {})).toEqual([
      'storeId',
      'storeName',
      'storeStreet',
      'storeZipCode',
      'storeCity',
      'brandName',
      'merchantBrandId',
      'merchantLocationId',
    ]);
    expect(answer.json?.merchantBrandId).toMatch(/^(MPPOS|POSDK|POSFI)[A-Z0-9]{5}$/);
  });

  it.each([
    [
      'storeId',
      `storeId=${nordlysStore.storeId}`,
      nordlys.pointsOfSale.filter((pos) => pos.storeId === nordlysStore.storeId),
    ],
    ['beaconId', `beaconId=${nordlysPos.beaconId}`, [nordlysPos]],
    ['merchantPosId', `merchantPosId=${nordlysPos.merchantPosId}`, [nordlysPos]],
    ['an unknown merchantPosId', 'merchantPosId=nope', []],
  ])('lists points of sale by %s', async (_name, query, expected) => {
    const answer = await get(`/pointofsales?${query}`, posHeaders(boundToNordlys));
    expect(answer.json).toEqual({ posIds: expected.map((pos) => pos.posId) });
  });

  it('reads a point of sale with exactly the documented fields', async () => {
    const answer = await get(`/pointofsales/${nordlysPos.posId}`, posHeaders(unbound, nordlys.merchantVat));
    expect(answer.status).toBe(200);
    expect(Object.keys(answer.json ?? {})).toEqual([
      'posId',
      'merchantPosId',
      'storeId',
      'name',
      'beaconId',
      'supportedBeaconTypes',
      'requirePaymentBeforeCheckin',
    ]);
    expect(answer.json).toEqual({ ...nordlysPos });
  });

  it('accepts the VAT header when it names the same merchant as the token', async () => {
    expect((await get('/stores', posHeaders(boundToNordlys, nordlys.merchantVat))).status).toBe(200);
  });

  it('has stores and points of sale for the documentation merchant DK12345678 too', async () => {
    const answer = await get('/stores', posHeaders(unbound, 'DK12345678'));
    expect(answer.json).toEqual({ storeIds: kiosk.stores.map((store) => store.storeId) });
  });
});

describe('PoS V10 400 codes', () => {
  const version = 'x-mobilepay-client-system-version';
  it.each([
    ['1153: no client system version', { [version]: undefined }, '1153'],
    ['1157: the version header twice', { [version]: ['2.1.1', '2.1.1'] }, '1157'],
    ['1161: version 2.1', { [version]: '2.1' }, '1161'],
    ['1161: version v2.1.1', { [version]: 'v2.1.1' }, '1161'],
    ['1161: version 2.1.1.4', { [version]: '2.1.1.4' }, '1161'],
    ['1151: unbound token and no VAT header', {}, '1151'],
    ['1155: the VAT header twice', { 'x-mobilepay-merchant-vat-number': ['DK13585628', 'DK13585628'] }, '1155'],
    ['1159: VAT with a dash (the pre-2020 format)', { 'x-mobilepay-merchant-vat-number': 'DK-13585628' }, '1159'],
    ['1159: lower-case VAT', { 'x-mobilepay-merchant-vat-number': 'dk13585628' }, '1159'],
    ['1159: 7 digits', { 'x-mobilepay-merchant-vat-number': 'DK1358562' }, '1159'],
  ])('%s', async (_name, overrides, code) => {
    const headers: Record<string, string | string[] | undefined> = { ...posHeaders(unbound), ...overrides };
    for (const name of Object.keys(headers)) if (headers[name] === undefined) delete headers[name];
    expectError(await get('/stores', headers as Record<string, string | string[]>), 400, code);
  });

  it.each([['DK-12345678'], ['SE12345678'], [12345678]])(
    '1182: a token whose merchant_vat claim is %j',
    async (claim) => {
      const keyFile = join(dataDir.path, KEY_FILE_NAME);
      const token = await signWithSandboxKey(keyFile, { ...sandboxClaims(sandbox.authBase), merchant_vat: claim });
      expectError(await get('/stores', posHeaders(token, 'DK12345678')), 400, '1182');
    },
  );

  it.each([
    ['1121: pointofsales without a filter', '/pointofsales', '1121'],
    ['1121: pointofsales with only unknown parameters', '/pointofsales?name=Kasse', '1121'],
    [
      '1122: merchantBrandId without merchantLocationId',
      `/stores?merchantBrandId=${nordlysStore.merchantBrandId}`,
      '1122',
    ],
    ['1119: a malformed merchantBrandId', '/stores?merchantBrandId=ABC&merchantLocationId=00001', '1119'],
    [
      '1120: a malformed merchantLocationId',
      `/stores?merchantBrandId=${nordlysStore.merchantBrandId}&merchantLocationId=1`,
      '1120',
    ],
    ['1099: a storeId that is not a GUID', '/pointofsales?storeId=store-1', '1099'],
  ])('%s', async (_name, path, code) => {
    expectError(await get(path, posHeaders(boundToNordlys)), 400, code);
  });

  it('checks the version before the VAT (1153 wins over 1151)', async () => {
    expectError(await get('/stores', { authorization: `Bearer ${unbound}` }), 400, '1153');
  });
});

describe('PoS V10 403 and 404', () => {
  it("403 1411: the VAT header names another merchant than the token's merchant_vat", async () => {
    const answer = await get('/stores', posHeaders(boundToNordlys, revontuli.merchantVat));
    expectError(answer, 403, '1411');
    expect(answer.json?.message).toContain(nordlys.merchantVat);
  });

  it("403 1410: another merchant's store, read or used as a filter", async () => {
    expectError(await get(`/stores/${revontuliStore.storeId}`, posHeaders(boundToNordlys)), 403, '1410');
    expectError(await get(`/pointofsales?storeId=${revontuliStore.storeId}`, posHeaders(boundToNordlys)), 403, '1410');
  });

  it("403 1400: another merchant's point of sale", async () => {
    expectError(await get(`/pointofsales/${revontuliPos.posId}`, posHeaders(boundToNordlys)), 403, '1400');
  });

  it('404: unknown store and point of sale ids', async () => {
    const unknown = '00000000-0000-4000-8000-000000000000';
    expectError(await get(`/stores/${unknown}`, posHeaders(boundToNordlys)), 404, '1002');
    expectError(await get(`/stores/not-a-guid`, posHeaders(boundToNordlys)), 404, '1002');
    expectError(await get(`/pointofsales/${unknown}`, posHeaders(boundToNordlys)), 404, '1000');
  });

  it('404 for paths the subset does not serve, before any authentication', async () => {
    expectError(await get('/payments', {}), 404, '404');
    expectError(await get(`/stores/${nordlysStore.storeId}/extra`, {}), 404, '404');
  });

  it('405 with Allow: GET for other methods', async () => {
    const response = await fetch(`${sandbox.posBase}/stores`, { method: 'POST', headers: posHeaders(boundToNordlys) });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET');
  });
});
