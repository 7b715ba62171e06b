import { createHmac } from 'node:crypto';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEMO_CLIENTS } from '../sandbox/index';
import { makeZip } from '../services/zip-import/zip-test-support';
import { exposed, repoRoot, runCli, useCliSandbox } from './cli-test-support';
import { posJsonSchema, tokenJsonSchema } from './json-output';

const cli = useCliSandbox('cli-tools-');
const { local, appData: env } = cli;
const demo = DEMO_CLIENTS[0] ?? { clientId: '', clientSecret: '' };

async function demoToken(): Promise<string> {
  const run = await runCli(['token', ...local(), '--demo', '--output', 'token'], { env: env() });
  return run.stdout.trim();
}

describe('decode-basic, inspect and pos', { timeout: 90_000 }, () => {
  it('decode-basic reads a log line from stdin: the client id and the fingerprint the app shows, never the secret', async () => {
    const key = 'ab'.repeat(32);
    await mkdir(join(cli.dir, 'app'), { recursive: true });
    await writeFile(join(cli.dir, 'app', 'fingerprint.key'), `${key}\n`);
    const appFingerprint = createHmac('sha256', Buffer.from(key, 'hex'))
      .update(demo.clientSecret)
      .digest('hex')
      .slice(0, 8);
    const header = Buffer.from(`${demo.clientId}:${demo.clientSecret}`).toString('base64');
    const run = await runCli(['decode-basic'], {
      env: env(),
      stdin: `2026-12-02T10:00:00Z DEBUG POST /connect/token Authorization: Basic ${header}\n`,
    });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`Client id       ${demo.clientId}`);
    expect(run.stdout).toContain(
      `Client secret   ${demo.clientSecret.length} characters, fingerprint ${appFingerprint}`,
    );
    expect(exposed(run)).not.toContain(demo.clientSecret);
  });

  it('inspect decodes a token out of a log line and, with --env, verifies it against the keys', async () => {
    const token = await demoToken();
    const decoded = await runCli(['inspect'], {
      env: env(),
      stdin: `{"level":"info","msg":"calling PoS","auth":"Bearer ${token}"}\n`,
    });
    expect(decoded.stderr).toBe('');
    expect(decoded.code).toBe(0);
    expect(decoded.stdout).toMatch(new RegExp(`client_id +${demo.clientId}`));
    expect(decoded.stdout).toMatch(/Signature: not checked/);
    const verified = await runCli(['inspect', '-', ...local(), '--json'], { env: env(), stdin: token });
    expect(verified.code).toBe(0);
    expect(JSON.parse(verified.stdout)).toMatchObject({ command: 'inspect', verification: { status: 'valid' } });
    expect(verified.stdout).not.toContain(token);
  });

  it('pos stores: 200 with a VAT-bound token, 400/1151 named with exit 2 without one', async () => {
    const ok = await runCli(['pos', 'stores', ...local(), '--demo', '--vat', 'DK12345678', '--json'], { env: env() });
    expect(ok.code).toBe(0);
    const json = posJsonSchema.parse(JSON.parse(ok.stdout));
    expect(json.body).toMatchObject({ storeIds: expect.any(Array) });
    const token = await demoToken();
    const refused = await runCli(['pos', 'stores', ...local(), '--token-stdin'], { env: env(), stdin: token });
    expect(refused.code).toBe(2);
    expect(refused.stdout).toMatch(/^REFUSED 400 code 1151 — /);
    expect(exposed(refused)).not.toContain(token);
  });

  // Each command's code loads on its own (dist-cli/chunks): the command must be found after global options too.
  it('runs the command named after global options (--json, --data-dir, --sandbox before it)', async () => {
    const header = Buffer.from(`${demo.clientId}:${demo.clientSecret}`).toString('base64');
    const decoded = await runCli(['--json', '--data-dir', join(cli.dir, 'app'), 'decode-basic', `Basic ${header}`], {
      env: env(),
    });
    expect(decoded.code).toBe(0);
    expect(JSON.parse(decoded.stdout)).toMatchObject({ command: 'decode-basic', clientId: demo.clientId });
    const token = await runCli(['--sandbox', cli.sandbox.origin, '--json', 'token', '--env', 'local', '--demo'], {
      env: env(),
    });
    expect(token.code).toBe(0);
    expect(tokenJsonSchema.parse(JSON.parse(token.stdout))).toMatchObject({ command: 'token', outcome: 'token' });
  });

  it.each(['token', 'diagnose', 'probe', 'decode-basic', 'inspect', 'pos', 'import-zip', 'sandbox'])(
    '%s --help explains itself',
    async (command) => {
      const run = await runCli([command, '--help'], { env: env() });
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(
        command === 'sandbox' ? /--workers N[\s\S]*--host/ : new RegExp(`integrator-console ${command}`),
      );
      if (['token', 'diagnose', 'probe', 'pos', 'import-zip'].includes(command))
        expect(run.stdout).toMatch(/Exit codes/);
    },
  );
});

describe('import-zip', { timeout: 90_000 }, () => {
  const letter = `Dear integrator,\nyour client ID is: ${demo.clientId}\nYour client secret:\n  ${demo.clientSecret}\nRegards`;

  async function zipFile(name: string, encryption: 'aes' | 'zipcrypto'): Promise<string> {
    const path = join(cli.dir, name);
    await writeFile(
      path,
      await makeZip([{ path: 'MobilePay/Onboarding/letter.txt', text: letter }], encryption, 'sms-4711'),
    );
    return path;
  }

  it.each(['aes', 'zipcrypto'] as const)(
    'opens a %s zip with the password on stdin and tries the credentials',
    async (encryption) => {
      const file = await zipFile(`onboarding-${encryption}.zip`, encryption);
      const run = await runCli(['import-zip', file, '--password-stdin', '--diagnose', ...local(), '--json'], {
        env: env(),
        stdin: 'sms-4711\n',
      });
      expect(run.code).toBe(0);
      expect(tokenJsonSchema.parse(JSON.parse(run.stdout))).toMatchObject({ command: 'import-zip', outcome: 'token' });
      expect(exposed(run)).not.toContain(demo.clientSecret);
    },
  );

  it('says the password is wrong (exit 4), and what it found with the right one', async () => {
    const file = await zipFile('onboarding.zip', 'aes');
    const wrong = await runCli(['import-zip', file, '--password-stdin'], { env: env(), stdin: 'sms-0000\n' });
    expect(wrong.code).toBe(4);
    expect(wrong.stderr).toMatch(/password does not open this zip/);
    const found = await runCli(['import-zip', file, '--password-stdin'], { env: env(), stdin: 'sms-4711\n' });
    expect(found.code).toBe(0);
    expect(found.stdout).toContain(`Client id       ${demo.clientId}`);
    expect(found.stdout).toContain('MobilePay/Onboarding/letter.txt (AES, in memory only)');
    expect(exposed(found)).not.toContain(demo.clientSecret);
  });

  // On a pseudo-terminal with echo on, as a person's: whatever the prompt does not switch off would show the password.
  it.skipIf(!existsSync('/usr/bin/python3'))('asks for the password at a terminal without echoing it', async () => {
    const file = await zipFile('prompted.zip', 'zipcrypto');
    const child = spawn(
      '/usr/bin/python3',
      [join(repoRoot, 'electron/cli/pty-run.py'), process.execPath, 'bin/integrator-console.js', 'import-zip', file],
      {
        cwd: repoRoot,
        env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', PTY_INPUT: 'sms-4711', ...env() },
      },
    );
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('close', (exitCode) => resolve(exitCode)));
    expect(code).toBe(0);
    expect(output).toContain(`Client id       ${demo.clientId}`);
    expect(output).not.toContain('sms-4711');
    expect(output).not.toContain(demo.clientSecret);
  });
});
