import { execFile, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_CLIENTS, DEMO_MERCHANTS, startSandbox, type RunningSandbox } from '../sandbox/index';
import { ACCESS_TOKEN_VARIABLE, posCallSnippets } from './code-snippet-pos';
import { CLIENT_ID_VARIABLE, CLIENT_SECRET_VARIABLE, tokenRequestSnippets, type SnippetInput } from './code-snippets';
import { callPos } from './probes/index';
import { tempDirs } from './profiles-test-support';
import { mintSandboxToken } from './sandbox-token-test-support';

/** Issue 11 item 7: plain curl -u where encoding does not matter, a cmd variant, C# showing the error body, PoS snippets. */
const run = promisify(execFile);
const dirs = tempDirs('ic-snippets-plain-');
const plain = DEMO_CLIENTS[0]!;
const reserved = DEMO_CLIENTS.find((client) => /[+%]/.test(client.clientSecret))!;
const merchant = DEMO_MERCHANTS[0]!;
let sandbox: RunningSandbox;

const works = (command: string, args: string[]) => spawnSync(command, args, { stdio: 'ignore' }).status === 0;
const hasCurl = works('bash', ['-c', 'true']) && works('curl', ['--version']);
const hasRequests = works('python3', ['-c', 'import requests']);
if (!hasCurl) console.log('SKIPPED: the curl snippets are not run because bash or curl is missing on this machine.');
if (!hasRequests) console.log('SKIPPED: the Python PoS snippet is not run: python3 with requests is missing.');

beforeAll(async () => {
  sandbox = await startSandbox({ dataDir: dirs.make() });
});
afterAll(async () => {
  await sandbox.close();
  dirs.cleanup();
});

function env(extra: Record<string, string>): NodeJS.ProcessEnv {
  const base: NodeJS.ProcessEnv = { ...process.env, NO_PROXY: '*', no_proxy: '*' };
  for (const name of ['http_proxy', 'https_proxy', 'all_proxy', 'HTTP_PROXY', 'HTTPS_PROXY', 'ALL_PROXY'])
    delete base[name];
  return { ...base, ...extra };
}
const creds = (client: (typeof DEMO_CLIENTS)[number]) => ({
  [CLIENT_ID_VARIABLE]: client.clientId,
  [CLIENT_SECRET_VARIABLE]: client.clientSecret,
});
const input = (overrides: Partial<SnippetInput> = {}): SnippetInput => ({
  tokenUrl: sandbox.tokenUrl,
  basicEncoding: 'form',
  sendIbmClientId: false,
  ...overrides,
});
const code = (language: string, overrides: Partial<SnippetInput> = {}) =>
  tokenRequestSnippets(input(overrides)).find((s) => s.language === language)?.code;

describe('token request snippets people paste', () => {
  it('plain credentials: curl is one curl -u command (no bash helper), plus a Windows cmd variant', () => {
    const curl = code('curl', { plainCredentials: true }) ?? '';
    expect(curl).toMatch(/^curl -u "\$MOBILEPAY_CLIENT_ID:\$MOBILEPAY_CLIENT_SECRET" \\$/m);
    expect(curl).not.toMatch(/form_encode|for \(\(/);
    expect(curl.split('\n').length).toBeLessThanOrEqual(8);
    expect(code('cmd', { plainCredentials: true })).toMatch(
      /^curl\.exe -u "%MOBILEPAY_CLIENT_ID%:%MOBILEPAY_CLIENT_SECRET%" \^\r$/m,
    );
    expect(code('cmd', { basicEncoding: 'raw' })).toContain('curl.exe -u');
  });

  it('the bash helper (and no cmd variant) only where form-encoding changes the bytes or is unknown', () => {
    expect(code('curl')).toMatch(/form_encode\(\) \{/);
    expect(code('cmd')).toBeUndefined();
    expect(code('curl', { basicEncoding: 'raw' })).not.toMatch(/form_encode/);
  });

  it('C# prints the status and the error body instead of EnsureSuccessStatusCode', () => {
    for (const overrides of [{}, { plainCredentials: true }, { basicEncoding: 'raw' as const }]) {
      const csharp = code('csharp', overrides) ?? '';
      expect(csharp).not.toContain('EnsureSuccessStatusCode');
      expect(csharp).toMatch(
        /Console\.WriteLine\(\$"\{\(int\)response\.StatusCode\} \{response\.ReasonPhrase\}"\);\n\s+var body = await response\.Content\.ReadAsStringAsync\(\);\n\s+Console\.WriteLine\(body\);/,
      );
    }
  });

  it.skipIf(!hasCurl).each([
    [
      'plain credentials, form',
      plain,
      { plainCredentials: true, merchantVat: 'DK13585628' },
      /"access_token":"eyJ[\s\S]*\n200\n$/,
    ],
    [
      'reserved secret, raw (the sandbox form-decodes)',
      reserved,
      { basicEncoding: 'raw' as const },
      /invalid_client[\s\S]*\n401\n$/,
    ],
  ] as const)('the plain curl runs against the sandbox: %s', async (_name, client, overrides, expected) => {
    const { stdout } = await run('bash', ['-c', code('curl', overrides) ?? 'false'], {
      env: env(creds(client)),
      timeout: 15_000,
    });
    expect(stdout).toMatch(expected);
  });
});

describe('PoS call snippets', () => {
  async function capturedCall() {
    const token = await mintSandboxToken(sandbox, plain);
    const result = await callPos(fetch, {
      posBase: sandbox.posBase,
      path: '/stores',
      token,
      merchantVat: merchant.merchantVat,
      clientSystemVersion: '2.1.1',
    });
    expect(result.status).toBe(200);
    return { token, request: result.exchange.request };
  }

  it('offer curl, PowerShell, C#, Python and Node with the headers that were sent, never the token', async () => {
    const { token, request } = await capturedCall();
    const snippets = posCallSnippets(request);
    expect(snippets.map((s) => s.language)).toEqual(['curl', 'powershell', 'csharp', 'python', 'node']);
    for (const { language, code: text } of snippets) {
      expect(text, language).toContain(ACCESS_TOKEN_VARIABLE);
      expect(text, language).toContain('X-MobilePay-Client-System-Version');
      expect(text, language).toContain('2.1.1');
      expect(text, language).toContain(merchant.merchantVat);
      expect(text, language).not.toContain(token.split('.')[2]);
      expect(text, language).not.toContain('EnsureSuccessStatusCode');
      expect(text, language).not.toMatch(/User-Agent/i);
    }
  });

  const expectStores = (output: string) => expect(output).toMatch(/"storeIds":\["[0-9a-f-]{36}"/);

  it.skipIf(!hasCurl)('curl runs against the sandbox PoS API', async () => {
    const { token, request } = await capturedCall();
    const curl = posCallSnippets(request)[0]!.code;
    const { stdout } = await run('bash', ['-c', curl], {
      env: env({ [ACCESS_TOKEN_VARIABLE]: token }),
      timeout: 15_000,
    });
    expectStores(stdout);
    expect(stdout).toMatch(/\n200\n$/);
  });

  it('Node runs against the sandbox PoS API', async () => {
    const { token, request } = await capturedCall();
    const file = join(dirs.make(), 'pos.mjs');
    writeFileSync(file, posCallSnippets(request).find((s) => s.language === 'node')!.code);
    const { stdout } = await run(process.execPath, [file], {
      env: env({ [ACCESS_TOKEN_VARIABLE]: token }),
      timeout: 15_000,
    });
    expect(stdout).toMatch(/^200 /);
    expectStores(stdout);
  });

  it.skipIf(!hasRequests)('Python runs against the sandbox PoS API', async () => {
    const { token, request } = await capturedCall();
    const python = posCallSnippets(request).find((s) => s.language === 'python')!.code;
    const { stdout } = await run('python3', ['-c', python], {
      env: env({ [ACCESS_TOKEN_VARIABLE]: token }),
      timeout: 15_000,
    });
    expect(stdout).toMatch(/^200\n/);
    expectStores(stdout);
  });
});
