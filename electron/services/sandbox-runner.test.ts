import { describe, expect, it, vi } from 'vitest';
import type { SandboxStatus } from '../../shared/ipc/contract';
import { createSandboxRunner } from './sandbox-runner';

describe('createSandboxRunner', () => {
  it('starts once on first use, shares the start between callers, and reports each state', async () => {
    const close = vi.fn(async () => {});
    const start = vi.fn(async () => ({ authBase: 'http://127.0.0.1:1/integrator-authentication', close }));
    const seen: SandboxStatus[] = [];
    const runner = createSandboxRunner(start, (status) => seen.push(status));
    expect(runner.status().state).toBe('stopped');

    const [a, b] = await Promise.all([runner.ensureStarted(), runner.ensureStarted()]);
    expect(a).toBe(b);
    expect(start).toHaveBeenCalledTimes(1);
    expect(runner.status()).toEqual({ state: 'running', authBase: 'http://127.0.0.1:1/integrator-authentication' });

    await runner.stop();
    expect(close).toHaveBeenCalledTimes(1);
    expect(seen.map((status) => status.state)).toEqual(['starting', 'running', 'stopped']);
  });

  it('reports a failed start with its reason and tries again next time', async () => {
    const start = vi
      .fn<() => Promise<{ authBase: string; close: () => Promise<void> }>>()
      .mockRejectedValueOnce(new Error('EADDRINUSE'))
      .mockResolvedValueOnce({ authBase: 'http://127.0.0.1:2/integrator-authentication', close: async () => {} });
    const runner = createSandboxRunner(start);
    await expect(runner.ensureStarted()).rejects.toThrow('EADDRINUSE');
    expect(runner.status()).toMatchObject({ state: 'failed', message: expect.stringContaining('EADDRINUSE') });
    await expect(runner.ensureStarted()).resolves.toMatchObject({ authBase: 'http://127.0.0.1:2/integrator-authentication' });
  });

  it('stopping a sandbox that never started does nothing', async () => {
    const start = vi.fn();
    await createSandboxRunner(start).stop();
    expect(start).not.toHaveBeenCalled();
  });
});
