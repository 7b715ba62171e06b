import { execFile, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { decodeJwt } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DemoClient } from '../../shared/domain/sandbox-status';
import { DEMO_CLIENTS, startSandbox, type RunningSandbox } from '../sandbox/index';
import { formEncodeCredential } from './basic-auth';
import {
  CLIENT_ID_VARIABLE,
  CLIENT_SECRET_VARIABLE,
  tokenRequestHar,
  tokenRequestSnippets,
  type SnippetInput,
  type SnippetLanguage,
} from './code-snippets';
import { tempDirs } from './profiles-test-support';
import { buildTokenRequest } from './token-exchange';

const run = promisify(execFile);
const dirs = tempDirs('ic-snippets-');
const plain = DEMO_CLIENTS[0]!;
const reserved = DEMO_CLIENTS.find((client) => /[+/=%& :]/.test(client.clientSecret))!;
let sandbox: RunningSandbox;

const works = (command: string, args: string[]) => spawnSync(command, args, { stdio: 'ignore' }).status === 0;
const hasBash = works('bash', ['-c', 'true']);
const hasCurl = works('curl', ['--version']);
const hasPython = works('python3', ['-c', 'pass']);
const hasRequests = hasPython && works('python3', ['-c', 'import requests']);
if (!hasBash || !hasCurl)
  console.log('SKIPPED: the curl snippets are not run because bash or curl is missing on this machine.');
if (!hasPython) console.log('SKIPPED: the Python encoder check and snippet run need python3, which is missing.');
else if (!hasRequests)
  console.log('SKIPPED: the Python snippet run needs the requests package (pip install requests).');

beforeAll(async () => {
  sandbox = await startSandbox({ dataDir: dirs.make() });
});

afterAll(async () => {
  await sandbox.close();
  dirs.cleanup();
});

const input = (overrides: Partial<SnippetInput> = {}): SnippetInput => ({
  tokenUrl: sandbox?.tokenUrl ?? 'http://127.0.0.1:9/integrator-authentication/connect/token',
  basicEncoding: 'form',
  sendIbmClientId: false,
  ...overrides,
});

const snippetOf = (language: SnippetLanguage, overrides: Partial<SnippetInput> = {}): string =>
  tokenRequestSnippets(input(overrides)).find((snippet) => snippet.language === language)!.code;

/** Loopback only: no proxy may pick these requests up. */
function childEnv(client?: DemoClient): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NO_PROXY: '*',
    no_proxy: '*',
    PYTHONUTF8: '1',
    PYTHONIOENCODING: 'utf-8',
  };
  for (const name of ['http_proxy', 'https_proxy', 'all_proxy', 'HTTP_PROXY', 'HTTPS_PROXY', 'ALL_PROXY'])
    delete env[name];
  delete env[CLIENT_ID_VARIABLE];
  delete env[CLIENT_SECRET_VARIABLE];
  return client
    ? { ...env, [CLIENT_ID_VARIABLE]: client.clientId, [CLIENT_SECRET_VARIABLE]: client.clientSecret }
    : env;
}

async function runFor(command: string, args: string[], client?: DemoClient): Promise<string> {
  const { stdout } = await run(command, args, { env: childEnv(client), timeout: 15_000 });
  return stdout;
}

/** The claims of the token the snippet printed, or the OAuth error it printed instead. */
function outcomeOf(output: string): { claims?: Record<string, unknown>; error?: string } {
  const token = /eyJ[\w-]+\.[\w-]+\.[\w-]+/.exec(output)?.[0];
  if (token) return { claims: decodeJwt(token) };
  return { error: /invalid_client|invalid_request|unauthorized_client/.exec(output)?.[0] ?? output.slice(0, 200) };
}

describe('tokenRequestSnippets: what is in the code', () => {
  const variants: SnippetInput[] = [
    input(),
    input({ basicEncoding: 'raw' }),
    input({ merchantVat: 'DK13585628', sendIbmClientId: true }),
    input({ basicEncoding: 'raw', merchantVat: 'FI20774740', sendIbmClientId: true }),
  ];

  it('offers curl, PowerShell, C#, Python and Node, each with a label', () => {
    expect(tokenRequestSnippets(input()).map((snippet) => [snippet.language, snippet.label])).toEqual([
      ['curl', 'curl (bash)'],
      ['powershell', 'PowerShell (Invoke-RestMethod)'],
      ['csharp', 'C# (HttpClient)'],
      ['python', 'Python (requests)'],
      ['node', 'Node.js (fetch)'],
    ]);
  });

  it.each(variants)('reads both environment variables and holds no credential literal (%o)', (variant) => {
    for (const { language, code } of tokenRequestSnippets(variant)) {
      expect(code, language).toContain(CLIENT_ID_VARIABLE);
      expect(code, language).toContain(CLIENT_SECRET_VARIABLE);
      for (const client of DEMO_CLIENTS) expect(code, language).not.toContain(client.clientSecret);
      expect(code, language).not.toMatch(/Basic [A-Za-z0-9+/]{16,}={0,2}/);
      expect(code, language).not.toMatch(/not-used|IC_[A-Z_]+_FROM/);
      expect(code, language).toContain(variant.tokenUrl);
    }
  });

  it('sends merchant_vat only when given, and x-ibm-client-id only when asked, from the variable', () => {
    for (const { language, code } of tokenRequestSnippets(
      input({ merchantVat: 'DK13585628', sendIbmClientId: true }),
    )) {
      expect(code, language).toContain('DK13585628');
      const ibmLine = code.split('\n').find((line) => /x-ibm-client-id/.test(line));
      expect(ibmLine, language).toMatch(/\$MOBILEPAY_CLIENT_ID|\$env:MOBILEPAY_CLIENT_ID|\bclientId\b|\bclient_id\b/);
    }
    for (const { language, code } of tokenRequestSnippets(input())) {
      expect(code, language).not.toContain('merchant_vat');
      expect(code, language).not.toMatch(/x-ibm-client-id/);
      expect(code, language).toContain('client_credentials');
    }
  });

  it('form-encodes only in form mode', () => {
    const encoders: Record<SnippetLanguage, RegExp> = {
      curl: /form_encode "\$MOBILEPAY_CLIENT_SECRET"/,
      cmd: /form_encode/,
      powershell: /ConvertTo-FormEncoded \$env:MOBILEPAY_CLIENT_SECRET/,
      csharp: /FormEncode\(clientSecret\)/,
      python: /form_encode\(client_secret\)/,
      node: /formEncode\(clientSecret\)/,
    };
    for (const { language, code } of tokenRequestSnippets(input())) expect(code, language).toMatch(encoders[language]);
    for (const { language, code } of tokenRequestSnippets(input({ basicEncoding: 'raw' })))
      expect(code, language).not.toMatch(encoders[language]);
  });

  it('builds its request from buildTokenRequest: same URL, body and content type, no credentials', () => {
    const har = tokenRequestHar(input({ merchantVat: 'DK13585628', sendIbmClientId: true }));
    const { wire } = buildTokenRequest({
      ...input({ merchantVat: 'DK13585628', sendIbmClientId: true }),
      clientId: 'x',
      clientSecret: 'y',
    });
    expect(har.url).toBe(wire.url);
    expect(har.postData.text).toBe(wire.body);
    expect(har.headers.map((header: { name: string }) => header.name)).toEqual([
      'Authorization',
      'Content-Type',
      'Accept',
      'x-ibm-client-id',
    ]);
    expect(JSON.stringify(har)).not.toMatch(/"y"|eDp5/);
  });
});

describe('each snippet encodes exactly like formEncodeCredential', () => {
  const samples = [
    reserved.clientSecret,
    "~*!'()-._",
    'æøå € 😀',
    '"`$\\ [ ] { } < > | ^ # ? @ , ;',
    'a+b=c%20d&e:f/g',
  ];
  const expected = samples.map(formEncodeCredential);
  const extract = (language: SnippetLanguage, pattern: RegExp) => pattern.exec(snippetOf(language))?.[0] ?? 'missing';

  it.skipIf(!hasBash)('bash form_encode', async () => {
    const fn = extract('curl', /form_encode\(\) \{[\s\S]*?\n\}/);
    const got = await Promise.all(
      samples.map((value) => runFor('bash', ['-c', `${fn}\nform_encode "$1"`, 'bash', value])),
    );
    expect(got).toEqual(expected);
  });

  it.skipIf(!hasPython)('Python form_encode', async () => {
    const fn = extract('python', /def form_encode\(value\):\n.*\n/);
    const script = `import sys\nfrom urllib.parse import quote_plus\n${fn}\nsys.stdout.write(form_encode(sys.argv[1]))`;
    const got = await Promise.all(samples.map((value) => runFor('python3', ['-c', script, value])));
    expect(got).toEqual(expected);
  });

  it('Node formEncode', async () => {
    const fn = extract('node', /const formEncode = .*\n/);
    const got = await Promise.all(
      samples.map((value) =>
        runFor(process.execPath, ['-e', `${fn}process.stdout.write(formEncode(process.argv[1]))`, value]),
      ),
    );
    expect(got).toEqual(expected);
  });
});

describe('the snippets, run against the real sandbox', () => {
  const cases = [
    { encoding: 'form', client: plain, vat: 'DK13585628', ibm: true, expect: 'token' },
    { encoding: 'form', client: reserved, vat: undefined, ibm: false, expect: 'token' },
    { encoding: 'raw', client: plain, vat: 'FI20774740', ibm: false, expect: 'token' },
    // Why the encoding matters: the raw secret with reserved characters is refused, as IdentityServer would.
    { encoding: 'raw', client: reserved, vat: undefined, ibm: false, expect: 'invalid_client' },
  ] as const;
  const label = (c: (typeof cases)[number]) =>
    `${c.encoding} encoding, ${c.client.label}${c.vat ? `, ${c.vat}` : ''} → ${c.expect}`;

  function check(output: string, c: (typeof cases)[number]): void {
    const outcome = outcomeOf(output);
    if (c.expect === 'invalid_client') {
      expect(outcome.error).toBe('invalid_client');
      return;
    }
    expect(outcome.claims).toMatchObject({ client_id: c.client.clientId, scope: 'integrator_scope' });
    if (c.vat) expect(outcome.claims?.merchant_vat).toBe(c.vat);
    else expect(outcome.claims).not.toHaveProperty('merchant_vat');
  }

  it.skipIf(!hasBash || !hasCurl).each(cases.map((c) => [label(c), c] as const))('curl: %s', async (_label, c) => {
    const code = snippetOf('curl', { basicEncoding: c.encoding, merchantVat: c.vat, sendIbmClientId: c.ibm });
    check(await runFor('bash', ['-c', code], c.client), c);
  });

  it.skipIf(!hasRequests).each(cases.map((c) => [label(c), c] as const))('Python: %s', async (_label, c) => {
    const code = snippetOf('python', { basicEncoding: c.encoding, merchantVat: c.vat, sendIbmClientId: c.ibm });
    check(await runFor('python3', ['-c', code], c.client), c);
  });

  it.each(cases.map((c) => [label(c), c] as const))('Node: %s', async (_label, c) => {
    const file = join(dirs.make(), 'token.mjs');
    writeFileSync(file, snippetOf('node', { basicEncoding: c.encoding, merchantVat: c.vat, sendIbmClientId: c.ibm }));
    check(await runFor(process.execPath, [file], c.client), c);
  });

  it.skipIf(!hasBash || !hasCurl)('curl stops with a clear message when the variables are not set', async () => {
    const failure = await runFor('bash', ['-c', snippetOf('curl')]).then(
      () => undefined,
      (error: { stderr: string }) => error.stderr,
    );
    expect(failure).toContain(`Set ${CLIENT_ID_VARIABLE}`);
  });
});
