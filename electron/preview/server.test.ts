import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Handlers } from '../handlers/index';
import { startPreviewServer, type RunningPreview } from './server';

let preview: RunningPreview;
let key: string;

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ic-preview-'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>console</title>');
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'assets', 'index-Abc123_x.js'), 'export {};');
  writeFileSync(join(tmpdir(), 'outside.txt'), 'not yours');
  const handlers = {
    'app:info': async () => ({ version: '9.9.9', shell: 'preview', platform: 'test' }),
  } as unknown as Handlers;
  preview = await startPreviewServer({ handlers, staticDir: dir });
  key = new URL(preview.url).hash.replace('#key=', '');
});

afterAll(() => preview.close());

/** Raw HTTP so the test controls the Host header (fetch would not let it). */
function call(path: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}) {
  return new Promise<{ status: number; body: string; headers: Record<string, unknown> }>((resolve, reject) => {
    const req = httpRequest(
      {
        host: '127.0.0.1',
        port: preview.port,
        path,
        method: options.method ?? 'GET',
        headers: { Host: `127.0.0.1:${preview.port}`, ...options.headers },
      },
      (res) => {
        let body = '';
        res.on('data', (chunk: Buffer) => (body += chunk.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

const ipc = (headers: Record<string, string>, body = '{}') =>
  call('/ipc/app:info', { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body });

describe('preview server', () => {
  it('serves the renderer with the CSP header', async () => {
    const page = await call('/');
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
  });

  it('lets the browser keep content-hashed /assets/ files (and their code cache), never the page or an answer', async () => {
    const asset = await call('/assets/index-Abc123_x.js');
    expect(asset.status).toBe(200);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(asset.headers['content-security-policy']).toContain("script-src 'self'");
    expect((await call('/')).headers['cache-control']).toBe('no-store');
    expect((await call('/index.html')).headers['cache-control']).toBe('no-store');
    // index.html reached through /assets/ by an encoded slash stays no-store; a missing asset's 404 is not kept.
    const sneaky = await call('/assets/..%2findex.html');
    expect(sneaky.headers['cache-control']).toBe('no-store');
    expect((await call('/assets/missing-Zz9.js')).headers['cache-control']).toBe('no-store');
    expect((await ipc({ 'x-console-key': key })).headers['cache-control']).toBe('no-store');
  });

  it('answers the handler map with the per-run key', async () => {
    const result = await ipc({ 'x-console-key': key });
    expect(JSON.parse(result.body)).toEqual({
      ok: true,
      value: { version: '9.9.9', shell: 'preview', platform: 'test' },
    });
  });

  it.each<[string, () => Record<string, string>]>([
    ['no key', () => ({})],
    ['a wrong key', () => ({ 'x-console-key': 'f'.repeat(48) })],
    ['a foreign origin', () => ({ 'x-console-key': key, Origin: 'http://evil.example' })],
    ['a rebinding host name', () => ({ 'x-console-key': key, Host: 'evil.example' })],
  ])('refuses %s', async (_name, headers) => {
    expect((await ipc(headers())).status).toBe(403);
  });

  it('refuses a missing key even with the right origin', async () => {
    expect((await ipc({ Origin: `http://127.0.0.1:${preview.port}` })).status).toBe(403);
  });

  it('keeps files outside the renderer folder out of reach', async () => {
    expect((await call('/../outside.txt')).status).toBe(404);
    expect((await call('/%2e%2e/outside.txt')).status).toBe(404);
  });

  it('answers malformed JSON as INVALID_INPUT and an oversized body with 413', async () => {
    expect(JSON.parse((await ipc({ 'x-console-key': key }, '{oops')).body)).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
    expect((await ipc({ 'x-console-key': key }, 'x'.repeat(2 * 1024 * 1024))).status).toBe(413);
  });

  it('answers a channel name with a bad percent-encoding with 400, not a 500', async () => {
    for (const path of ['/ipc/app%3ainfo%', '/ipc/%E0%A4%A', '/ipc/%zz']) {
      const answer = await call(path, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'x-console-key': key },
        body: '{}',
      });
      expect(answer.status, path).toBe(400);
    }
    expect(JSON.parse((await ipc({ 'x-console-key': key })).body)).toMatchObject({ ok: true });
  });
});
