import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_FAULTS, type SandboxFaults } from '../../shared/domain/sandbox-faults';
import type { SandboxStatus } from '../../shared/domain/sandbox-status';
import { createSandboxRunner, type StartedSandbox } from './sandbox-runner';

const fakeSandbox = (port: number, close = vi.fn(async () => {})): StartedSandbox => {
  let kid = 'A'.repeat(40);
  let faults: SandboxFaults = { ...DEFAULT_FAULTS };
  return {
    authBase: `http://127.0.0.1:${port}/integrator-authentication`,
    posBase: `http://127.0.0.1:${port}/pos/v10`,
    clients: [],
    faults: () => faults,
    setFaults: (patch) => (faults = { ...faults, ...patch }),
    rotateSigningKey: async () => ({ kid: (kid = 'B'.repeat(40)) }),
    signingKid: () => kid,
    close,
  };
};

describe('createSandboxRunner', () => {
  it('starts once on first use, shares the start between callers, and reports each state', async () => {
    const close = vi.fn(async () => {});
    const start = vi.fn(async () => fakeSandbox(1, close));
    const seen: SandboxStatus[] = [];
    const runner = createSandboxRunner('local', start, (status) => seen.push(status));
    expect(runner.status()).toEqual({ environment: 'local', state: 'stopped' });

    const [a, b] = await Promise.all([runner.ensureStarted(), runner.ensureStarted()]);
    expect(a).toBe(b);
    expect(start).toHaveBeenCalledTimes(1);
    expect(runner.status()).toMatchObject({
      environment: 'local',
      state: 'running',
      authBase: 'http://127.0.0.1:1/integrator-authentication',
      kid: 'A'.repeat(40),
    });

    await runner.stop();
    expect(close).toHaveBeenCalledTimes(1);
    expect(seen.map((status) => status.state)).toEqual(['starting', 'running', 'stopped']);
  });

  it('shows changed faults and a rotated key after a refresh', async () => {
    const runner = createSandboxRunner('local-production', async () => fakeSandbox(3));
    const sandbox = await runner.ensureStarted();
    sandbox.setFaults({ delayMs: 500 });
    await sandbox.rotateSigningKey();
    runner.refresh();
    expect(runner.status()).toMatchObject({
      environment: 'local-production',
      faults: { delayMs: 500 },
      kid: 'B'.repeat(40),
    });
  });

  it('reports a failed start with its reason and tries again next time', async () => {
    const start = vi
      .fn<() => Promise<StartedSandbox>>()
      .mockRejectedValueOnce(new Error('EADDRINUSE'))
      .mockResolvedValueOnce(fakeSandbox(2));
    const runner = createSandboxRunner('local', start);
    await expect(runner.ensureStarted()).rejects.toThrow('EADDRINUSE');
    expect(runner.status()).toMatchObject({ state: 'failed', message: expect.stringContaining('EADDRINUSE') });
    await expect(runner.ensureStarted()).resolves.toMatchObject({
      authBase: 'http://127.0.0.1:2/integrator-authentication',
    });
  });

  it('stopping a sandbox that never started does nothing', async () => {
    const start = vi.fn();
    await createSandboxRunner('local', start).stop();
    expect(start).not.toHaveBeenCalled();
  });
});
