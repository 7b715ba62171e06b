import { describe, expect, it } from 'vitest';
import { DEMO_CLIENTS, DEMO_CLIENTS_PRODUCTION } from '../sandbox/index';
import { useTestCore } from './core-test-support';

/** Issue 11 item 5: a pasted token is named by the environment that minted it (its iss) before keys are looked up. */
const { current, call } = useTestCore('ic-origin-');

async function mintedToken(environment: 'local' | 'local-production'): Promise<string> {
  const client = (environment === 'local' ? DEMO_CLIENTS : DEMO_CLIENTS_PRODUCTION)[0]!;
  const attempt = await call<{ id: string }>('token:request', {
    environment,
    clientId: client.clientId,
    clientSecret: client.clientSecret,
    basicEncoding: 'form',
    sendIbmClientId: false,
  });
  await call('token:copy', { attemptId: attempt.id });
  return current.clipboard.text;
}

type Inspected = { mintedBy: string; verification: { status: string; message: string } };

describe('token:inspect names the minting environment', () => {
  it("Local production's token checked against Local sandbox's keys says both, and which to choose", async () => {
    const token = await mintedToken('local-production');
    await call('sandbox:start', { environment: 'local' });
    const inspected = await call<Inspected>('token:inspect', { environment: 'local', token });
    expect(inspected.mintedBy).toMatch(
      /^Minted by Local production \(iss http:\/\/127\.0\.0\.1:\d+\/integrator-authentication\), checked against Local sandbox's keys: choose Local production/,
    );
    expect(inspected.verification.status).not.toBe('valid');
    expect(inspected.verification.message.startsWith(inspected.mintedBy)).toBe(true);
  });

  it('its own environment: minted by and checked against the same, valid', async () => {
    const token = await mintedToken('local');
    const inspected = await call<Inspected>('token:inspect', { environment: 'local', token });
    expect(inspected.mintedBy).toMatch(/^Minted by Local sandbox \(iss .*\), checked against Local sandbox's keys\.$/);
    expect(inspected.verification.status).toBe('valid');
  });
});
