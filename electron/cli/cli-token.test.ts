import { join } from 'node:path';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { DEMO_CLIENTS } from '../sandbox/index';
import { fakeCipher } from '../services/fake-cipher';
import { createProfileService } from '../services/profiles';
import { noClipboard } from './app-data';
import { exposed, runCli, useCliSandbox } from './cli-test-support';
import { errorJsonSchema, probeJsonSchema, tokenJsonSchema } from './json-output';

const cli = useCliSandbox('cli-token-');
const { local, appData } = cli;
const demo = DEMO_CLIENTS[0] ?? { clientId: '', clientSecret: '' };
const WRONG_SECRET = 'Wr0ng-s3cret-that-must-never-be-printed';

const credentials = (secret: string) => ({
  ...appData(),
  MOBILEPAY_CLIENT_ID: demo.clientId,
  MOBILEPAY_CLIENT_SECRET: secret,
});

describe('integrator-console token / diagnose', { timeout: 90_000 }, () => {
  it('token --json: exit 0, the schema, claims readable, signature hidden, secret nowhere', async () => {
    const run = await runCli(['token', ...local(), '--vat', 'DK12345678', '--json'], {
      env: credentials(demo.clientSecret),
    });
    expect(run.code).toBe(0);
    const json = tokenJsonSchema.parse(JSON.parse(run.stdout));
    expect(json).toMatchObject({ command: 'token', outcome: 'token', status: 200, exitCode: 0 });
    expect(json.token?.claims.merchant_vat).toBe('DK12345678');
    expect(exposed(run)).not.toContain(demo.clientSecret);
    expect(run.stdout).not.toMatch(/eyJ[\w-]+\.eyJ[\w-]+\.[\w-]{20,}/);
  });

  it('diagnose names the refusal in one line and exits 2; the wrong secret is in no output and no argv', async () => {
    const run = await runCli(['diagnose', ...local(), '--output', 'summary'], { env: credentials(WRONG_SECRET) });
    expect(run.code).toBe(2);
    expect(run.stdout.trim().split('\n')).toHaveLength(1);
    expect(run.stdout).toMatch(/^REFUSED 401 invalid_client — .*did not accept this client id and secret/);
    expect(exposed(run)).not.toContain(WRONG_SECRET);
  });

  it('diagnose --json carries the findings first and validates', async () => {
    const run = await runCli(['diagnose', ...local(), '--json'], { env: credentials(WRONG_SECRET) });
    const json = tokenJsonSchema.parse(JSON.parse(run.stdout));
    expect(json.exitCode).toBe(2);
    expect(json.findings[0]?.severity).toBe('error');
    expect(JSON.stringify(json)).not.toContain(WRONG_SECRET);
  });

  it('exits 3 when nothing answers, and says so', async () => {
    const closed = await new Promise<number>((resolve) => {
      const probe = createServer().listen(0, '127.0.0.1', () => {
        const { port } = probe.address() as AddressInfo;
        probe.close(() => resolve(port));
      });
    });
    const run = await runCli(
      ['diagnose', '--env', 'local', '--sandbox', `http://127.0.0.1:${closed}`, '--output', 'summary'],
      { env: credentials(WRONG_SECRET) },
    );
    expect(run.code).toBe(3);
    expect(run.stdout).toMatch(/^NETWORK /);
  });

  it('exits 4 for bad input: a malformed VAT, no credentials, a secret given as an option', async () => {
    const badVat = await runCli(['diagnose', ...local(), '--vat', 'DK-123', '--json'], {
      env: credentials(demo.clientSecret),
    });
    expect(badVat.code).toBe(4);
    expect(errorJsonSchema.parse(JSON.parse(badVat.stdout)).error).toMatch(/Merchant VAT/);
    const none = await runCli(['token', ...local()], { env: appData() });
    expect(none.code).toBe(4);
    expect(none.stderr).toMatch(/MOBILEPAY_CLIENT_ID/);
    const onArgv = await runCli(['token', ...local(), '--client-secret', 'typed-on-argv-by-mistake'], {
      env: appData(),
    });
    expect(onArgv.code).toBe(4);
    expect(onArgv.stdout + onArgv.stderr).not.toContain('typed-on-argv-by-mistake');
    expect(onArgv.stderr).toMatch(/--client-secret is refused/);
  });

  it('--secret-stdin reads the secret from stdin; --output token prints only a usable JWT', async () => {
    const run = await runCli(
      ['token', ...local(), '--client-id', demo.clientId, '--secret-stdin', '--output', 'token'],
      { env: appData(), stdin: `${demo.clientSecret}\n` },
    );
    expect(run.code).toBe(0);
    expect(run.stdout.trim()).toMatch(/^eyJ[\w-]+\.eyJ[\w-]+\.[\w-]+$/);
    expect(run.stderr).toBe('');
  });

  it("--profile: the app's profile gives id and VAT; its keychain-encrypted secret is said to be out of reach", async () => {
    const appDir = join(cli.dir, 'app-with-profile');
    const saved = createProfileService({ dir: appDir, cipher: fakeCipher(), clipboard: noClipboard });
    saved.create({
      name: 'Shop A',
      environment: 'local',
      clientId: demo.clientId,
      clientSecret: demo.clientSecret,
      defaultMerchantVat: 'DK13585628',
    });
    saved.dispose();
    const env = { INTEGRATOR_CONSOLE_USER_DATA: appDir };
    const locked = await runCli(['token', '--sandbox', cli.sandbox.origin, '--profile', 'shop a'], { env });
    expect(locked.code).toBe(4);
    expect(locked.stderr).toMatch(/Profile "Shop A": .*OS keychain.*MOBILEPAY_CLIENT_SECRET or --secret-stdin/);
    const run = await runCli(
      ['token', '--sandbox', cli.sandbox.origin, '--profile', 'Shop A', '--secret-stdin', '--json'],
      { env, stdin: demo.clientSecret },
    );
    expect(run.code).toBe(0);
    expect(tokenJsonSchema.parse(JSON.parse(run.stdout)).token?.claims.merchant_vat).toBe('DK13585628');
  });

  it('--profile without a saved profile says which profiles exist', async () => {
    const run = await runCli(['token', ...local(), '--profile', 'Shop A'], { env: appData() });
    expect(run.code).toBe(4);
    expect(run.stderr).toMatch(/No saved profile is called "Shop A"/);
  });

  it('probe asks first: refused without --yes when not at a terminal, runs three ways with it', async () => {
    const unconfirmed = await runCli(['probe', ...local()], { env: credentials(demo.clientSecret) });
    expect(unconfirmed.code).toBe(4);
    expect(unconfirmed.stderr).toMatch(/--yes/);
    const run = await runCli(['probe', ...local(), '--yes', '--json'], { env: credentials(demo.clientSecret) });
    expect(run.code).toBe(0);
    const json = probeJsonSchema.parse(JSON.parse(run.stdout));
    expect(json.rows.map((row) => row.method)).toEqual(['basic-form', 'basic-raw', 'post']);
    expect(exposed(run)).not.toContain(demo.clientSecret);
  });
});
