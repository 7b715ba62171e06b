import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeJwt, decodeProtectedHeader, importJWK, SignJWT } from 'jose';
import type { JWTPayload } from 'jose';
import type { DemoClient } from '../../shared/domain/sandbox-status';

/** Shared by the sandbox's tests (not a test file itself). Everything goes over loopback to a real server. */

export interface HttpAnswer {
  status: number;
  headers: Headers;
  text: string;
  json: Record<string, unknown> | undefined;
}

export interface TokenCall {
  authorization?: string;
  /** Form fields (sent as application/x-www-form-urlencoded) or a raw body string. */
  body?: Record<string, string> | string;
  contentType?: string;
}

export async function postToken(tokenUrl: string, call: TokenCall): Promise<HttpAnswer> {
  const headers: Record<string, string> = {};
  if (call.authorization !== undefined) headers.authorization = call.authorization;
  let body: string | undefined;
  if (typeof call.body === 'string') body = call.body;
  else if (call.body) body = new URLSearchParams(call.body).toString();
  if (body !== undefined) headers['content-type'] = call.contentType ?? 'application/x-www-form-urlencoded';
  else if (call.contentType) headers['content-type'] = call.contentType;
  return answerOf(await fetch(tokenUrl, { method: 'POST', headers, body }));
}

export async function getJson(url: string): Promise<HttpAnswer> {
  return answerOf(await fetch(url));
}

async function answerOf(response: Response): Promise<HttpAnswer> {
  const text = await response.text();
  let json: Record<string, unknown> | undefined;
  try {
    json = JSON.parse(text) as Record<string, unknown>;
  } catch {
    json = undefined;
  }
  return { status: response.status, headers: response.headers, text, json };
}

/** RFC 6749 §2.3.1 Basic: form-url-encode id and secret, then Base64. Independent of the app's own encoder. */
export function formBasic(clientId: string, clientSecret: string): string {
  const encode = (text: string): string => encodeURIComponent(text).replace(/%20/g, '+');
  return `Basic ${Buffer.from(`${encode(clientId)}:${encode(clientSecret)}`).toString('base64')}`;
}

/** What many clients send: the id and secret as they are. */
export function rawBasic(clientId: string, clientSecret: string): string {
  return `Basic ${Buffer.from(`${clientId}:${clientSecret}`).toString('base64')}`;
}

export const CLIENT_CREDENTIALS = { grant_type: 'client_credentials' } as const;

export function tokenParts(token: string): { header: Record<string, unknown>; claims: Record<string, unknown> } {
  return { header: decodeProtectedHeader(token) as Record<string, unknown>, claims: decodeJwt(token) };
}

export async function makeTempDir(): Promise<{ path: string; remove(): Promise<void> }> {
  const path = await mkdtemp(join(tmpdir(), 'integrator-sandbox-test-'));
  return { path, remove: () => rm(path, { recursive: true, force: true }) };
}

/**
 * GET over node:http, so headers can be sent exactly as given: an array value becomes repeated header lines
 * (fetch would join them into one). Rejects when the connection drops without an answer.
 */
export function httpGet(url: string, headers: Record<string, string | string[]> = {}): Promise<HttpAnswer> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'GET', headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('error', reject);
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        const answerHeaders = new Headers();
        for (const [name, value] of Object.entries(res.headers)) {
          for (const item of Array.isArray(value) ? value : [value ?? '']) answerHeaders.append(name, item);
        }
        resolve({ status: res.statusCode ?? 0, headers: answerHeaders, text, json: parseJson(text) });
      });
    });
    req.on('error', reject);
    req.end();
  });
}

function parseJson(text: string): Record<string, unknown> | undefined {
  try {
    return JSON.parse(text) as Record<string, unknown>;
  } catch {
    return undefined;
  }
}

/** A token from the sandbox's token endpoint (Basic, form-encoded), or a failed assertion. */
export async function mintToken(tokenUrl: string, client: DemoClient, merchantVat?: string): Promise<string> {
  const body: Record<string, string> = { ...CLIENT_CREDENTIALS };
  if (merchantVat !== undefined) body.merchant_vat = merchantVat;
  const answer = await postToken(tokenUrl, { authorization: formBasic(client.clientId, client.clientSecret), body });
  if (answer.status !== 200 || typeof answer.json?.access_token !== 'string') {
    throw new Error(`token request failed: ${answer.status} ${answer.text}`);
  }
  return answer.json.access_token;
}

/** The headers a well-behaved PoS client sends; `vat` adds X-MobilePay-Merchant-VAT-Number. */
export function posHeaders(token: string, vat?: string): Record<string, string> {
  return {
    authorization: `Bearer ${token}`,
    'x-mobilepay-client-system-version': '2.1.1',
    ...(vat === undefined ? {} : { 'x-mobilepay-merchant-vat-number': vat }),
  };
}

/**
 * Signs a token with a sandbox's own key (read from its key file), for claims the token endpoint never issues:
 * a bad merchant_vat, another audience, times in the past or future.
 */
export async function signWithSandboxKey(
  keyFile: string,
  claims: JWTPayload,
  header: { alg?: string; kid?: string } = {},
): Promise<string> {
  const file = JSON.parse(await readFile(keyFile, 'utf8')) as { kid: string; privateKey: Record<string, string> };
  const key = await importJWK({ ...file.privateKey, alg: 'RS256' }, 'RS256');
  return new SignJWT(claims)
    .setProtectedHeader({ alg: header.alg ?? 'RS256', kid: header.kid ?? file.kid, typ: 'at+jwt' })
    .sign(key);
}

/** The claims a sandbox token carries, for building variants of it. */
export function sandboxClaims(issuer: string, nowSeconds = Math.floor(Date.now() / 1000)): JWTPayload {
  return {
    iss: issuer,
    aud: `${issuer}/resources`,
    client_id: 'demo-integrator',
    scope: 'integrator_scope',
    iat: nowSeconds,
    nbf: nowSeconds,
    exp: nowSeconds + 3700,
    jti: `test-${nowSeconds}`,
  };
}
