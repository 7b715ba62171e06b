import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeJwt, decodeProtectedHeader } from 'jose';

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
