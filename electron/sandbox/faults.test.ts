import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_FAULTS, DEMO_CLIENTS, IBM_GATEWAY_UNAUTHORIZED, startSandbox } from './index';
import type { RunningSandbox } from './index';
import {
  CLIENT_CREDENTIALS,
  formBasic,
  getJson,
  httpGet,
  makeTempDir,
  mintToken,
  posHeaders,
  postToken,
  rawBasic,
  tokenParts,
} from './sandbox-test-helpers';

const [demo, reserved] = DEMO_CLIENTS as [(typeof DEMO_CLIENTS)[0], (typeof DEMO_CLIENTS)[0]];
let sandbox: RunningSandbox;
let dataDir: Awaited<ReturnType<typeof makeTempDir>>;

beforeAll(async () => {
  dataDir = await makeTempDir();
  sandbox = await startSandbox({ dataDir: dataDir.path });
});

afterEach(() => {
  sandbox.setFaults({ ...DEFAULT_FAULTS });
});

afterAll(async () => {
  await sandbox?.close();
  await dataDir?.remove();
});

const requestToken = (client = demo, authorization = formBasic(client.clientId, client.clientSecret), headers = {}) =>
  fetch(sandbox.tokenUrl, {
    method: 'POST',
    headers: { authorization, 'content-type': 'application/x-www-form-urlencoded', ...headers },
    body: new URLSearchParams(CLIENT_CREDENTIALS).toString(),
  });
const stores = (token: string) => httpGet(`${sandbox.posBase}/stores`, posHeaders(token, 'DK12345678'));
const nowSeconds = () => Math.floor(Date.now() / 1000);

describe('tokenLifetimeSeconds', () => {
  it('makes expires_in and exp - iat follow the setting', async () => {
    sandbox.setFaults({ tokenLifetimeSeconds: 90 });
    const body = (await (await requestToken()).json()) as { expires_in: number; access_token: string };
    const { claims } = tokenParts(body.access_token);
    expect(body.expires_in).toBe(90);
    expect(Number(claims.exp) - Number(claims.iat)).toBe(90);
  });

  it('a 1-second token is refused once the PoS clock has moved past exp + leeway (no waiting: skew jumps ahead)', async () => {
    sandbox.setFaults({ tokenLifetimeSeconds: 1 });
    const token = await mintToken(sandbox.tokenUrl, demo);
    expect((await stores(token)).status).toBe(200); // within exp + 30 s leeway
    sandbox.setFaults({ clockSkewSeconds: 32 });
    const answer = await stores(token);
    expect(answer.status).toBe(401);
    expect(answer.headers.get('www-authenticate')).toContain('token expired at');
  });
});

describe('clockSkewSeconds', () => {
  it('skews the Date header and the token times, consistently with the PoS checks', async () => {
    sandbox.setFaults({ clockSkewSeconds: 3600 });
    const response = await requestToken();
    const date = Date.parse(response.headers.get('date') ?? '') / 1000;
    expect(Math.abs(date - (nowSeconds() + 3600))).toBeLessThan(5);
    const token = ((await response.json()) as { access_token: string }).access_token;
    const { claims } = tokenParts(token);
    expect(Math.abs(Number(claims.iat) - (nowSeconds() + 3600))).toBeLessThan(5);
    expect(claims.nbf).toBe(claims.iat);
    expect((await stores(token)).status).toBe(200);
    const discovery = await getJson(sandbox.discoveryUrl);
    expect(Math.abs(Date.parse(discovery.headers.get('date') ?? '') / 1000 - (nowSeconds() + 3600))).toBeLessThan(5);
  });

  it('a clock set back makes a token minted "in the future" not yet valid', async () => {
    sandbox.setFaults({ clockSkewSeconds: 600 });
    const token = await mintToken(sandbox.tokenUrl, demo);
    sandbox.setFaults({ clockSkewSeconds: -60 });
    const answer = await stores(token);
    expect(answer.status).toBe(401);
    expect(answer.headers.get('www-authenticate')).toContain('not yet valid');
    expect(Math.abs(Date.parse(answer.headers.get('date') ?? '') / 1000 - (nowSeconds() - 60))).toBeLessThan(5);
  });
});

describe('serverError', () => {
  it.each([500, 503] as const)(
    'answers token and PoS requests with %i and an HTML page; discovery stays up',
    async (status) => {
      const token = await mintToken(sandbox.tokenUrl, demo);
      sandbox.setFaults({ serverError: status });
      const tokenAnswer = await requestToken();
      expect(tokenAnswer.status).toBe(status);
      expect(tokenAnswer.headers.get('content-type')).toBe('text/html');
      expect(await tokenAnswer.text()).toContain(`<title>${status} `);
      const posAnswer = await stores(token);
      expect(posAnswer.status).toBe(status);
      expect(posAnswer.text).toMatch(/^<html>/);
      expect((await getJson(sandbox.discoveryUrl)).status).toBe(200);
      sandbox.setFaults({ serverError: null });
      expect((await stores(token)).status).toBe(200);
    },
  );
});

describe('delayMs', () => {
  it('answers token and PoS requests no sooner than the delay', async () => {
    const token = await mintToken(sandbox.tokenUrl, demo);
    sandbox.setFaults({ delayMs: 250 });
    let started = performance.now();
    expect((await requestToken()).status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(245);
    started = performance.now();
    expect((await stores(token)).status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(245);
  });
});

describe('dropConnection', () => {
  it('closes the connection without an answer for token and PoS requests', async () => {
    const token = await mintToken(sandbox.tokenUrl, demo);
    sandbox.setFaults({ dropConnection: true });
    await expect(requestToken()).rejects.toThrow(/fetch failed/);
    await expect(stores(token)).rejects.toThrow(/socket hang up|ECONNRESET/);
    expect((await getJson(sandbox.jwksUrl)).status).toBe(200);
  });
});

describe('requireIbmClientId', () => {
  it.each([
    ['no x-ibm-client-id', {}],
    ['an unknown client id', { 'x-ibm-client-id': '11111111-2222-3333-4444-555555555555' }],
    ["another client's id than the Basic credentials", { 'x-ibm-client-id': reserved.clientId }],
  ])('answers %s with the IBM gateway 401 JSON', async (_name, headers) => {
    sandbox.setFaults({ requireIbmClientId: true });
    const answer = await requestToken(demo, formBasic(demo.clientId, demo.clientSecret), headers);
    expect(answer.status).toBe(401);
    expect(await answer.json()).toEqual(IBM_GATEWAY_UNAUTHORIZED);
  });

  it('lets the request through with the matching client id, Basic or client_secret_post', async () => {
    sandbox.setFaults({ requireIbmClientId: true });
    expect(
      (await requestToken(demo, formBasic(demo.clientId, demo.clientSecret), { 'x-ibm-client-id': demo.clientId }))
        .status,
    ).toBe(200);
    const post = await fetch(sandbox.tokenUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-ibm-client-id': reserved.clientId },
      body: new URLSearchParams({
        ...CLIENT_CREDENTIALS,
        client_id: reserved.clientId,
        client_secret: reserved.clientSecret,
      }).toString(),
    });
    expect(post.status).toBe(200);
  });
});

describe('basicDecoding', () => {
  it("'raw' flips which Basic encoding of a reserved-character secret works", async () => {
    const form = formBasic(reserved.clientId, reserved.clientSecret);
    const raw = rawBasic(reserved.clientId, reserved.clientSecret);
    expect((await requestToken(reserved, form)).status).toBe(200);
    expect((await requestToken(reserved, raw)).status).toBe(401);

    sandbox.setFaults({ basicDecoding: 'raw' });
    expect((await requestToken(reserved, raw)).status).toBe(200);
    const refused = await postToken(sandbox.tokenUrl, { authorization: form, body: { ...CLIENT_CREDENTIALS } });
    expect(refused.status).toBe(401);
    expect(refused.json?.error).toBe('invalid_client');
    expect((await requestToken(demo, rawBasic(demo.clientId, demo.clientSecret))).status).toBe(200);
  });
});

describe('setFaults', () => {
  it('returns every switch, and faults() reads them back', () => {
    expect(sandbox.faults()).toEqual(DEFAULT_FAULTS);
    const next = sandbox.setFaults({ delayMs: 10, requireIbmClientId: true });
    expect(next).toEqual({ ...DEFAULT_FAULTS, delayMs: 10, requireIbmClientId: true });
    expect(sandbox.faults()).toEqual(next);
  });

  it.each([
    [{ tokenLifetimeSeconds: 0 }, /tokenLifetimeSeconds must be a whole number/],
    [{ tokenLifetimeSeconds: 1.5 }, /tokenLifetimeSeconds/],
    [{ clockSkewSeconds: '60' }, /clockSkewSeconds must be a whole number/],
    [{ serverError: 502 }, /serverError must be null \(off\), 500 or 503/],
    [{ delayMs: -1 }, /delayMs/],
    [{ delayMs: 10_000_000 }, /delayMs/],
    [{ dropConnection: 'yes' }, /dropConnection must be true or false/],
    [{ basicDecoding: 'base64' }, /basicDecoding must be 'form' or 'raw'/],
    [{ serverErrors: 500 }, /unknown fault 'serverErrors'/],
    [null, /must be an object/],
  ])('rejects %j with a clear Error and changes nothing', (patch, message) => {
    expect(() => sandbox.setFaults(patch as never)).toThrow(message);
    expect(sandbox.faults()).toEqual(DEFAULT_FAULTS);
  });

  it('rejects a start with bad initial faults', async () => {
    await expect(startSandbox({ dataDir: dataDir.path, faults: { serverError: 404 as never } })).rejects.toThrow(
      /serverError/,
    );
  });
});
