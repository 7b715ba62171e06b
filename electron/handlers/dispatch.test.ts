import { describe, expect, it } from 'vitest';
import { HandlerError } from '../../shared/ipc/result';
import { dispatch } from './dispatch';
import type { Handlers } from './index';

const valid = {
  environment: 'local',
  clientId: 'demo',
  clientSecret: 's3cr3t-value',
  basicEncoding: 'form',
  sendIbmClientId: false,
};

function handlers(overrides: Partial<Handlers> = {}): Handlers {
  return {
    'token:request': async () => ({ id: 'x' }),
    'app:info': async () => ({}),
    ...overrides,
  } as unknown as Handlers;
}

describe('dispatch', () => {
  it('passes a valid request to the handler', async () => {
    expect(await dispatch(handlers(), 'token:request', valid)).toEqual({ ok: true, value: { id: 'x' } });
  });

  it('refuses unknown channels, including prototype names', async () => {
    for (const channel of ['nope', '__proto__', 'constructor', 'toString', 42, null]) {
      expect(await dispatch(handlers(), channel, {})).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    }
  });

  it.each([
    ['no payload', undefined],
    ['a string', 'token'],
    ['an array', [valid]],
    ['a number for the id', { ...valid, clientId: 42 }],
    ['an empty secret', { ...valid, clientSecret: '' }],
    ['a missing field', { ...valid, environment: undefined }],
    ['an unknown environment', { ...valid, environment: 'staging' }],
    ['an extra field', { ...valid, admin: true }],
    ['a huge secret', { ...valid, clientSecret: 'x'.repeat(100_000) }],
    ['a malformed VAT', { ...valid, merchantVat: 'DK-1234' }],
    [
      'a __proto__ key',
      JSON.parse(
        `{"environment":"local","clientId":"a","clientSecret":"b","basicEncoding":"form","sendIbmClientId":false,"__proto__":{"x":1}}`,
      ),
    ],
    ['a constructor key', { ...valid, constructor: { prototype: {} } }],
    ['a Date instead of a flag', { ...valid, sendIbmClientId: new Date() }],
    ['a Map', new Map(Object.entries(valid))],
  ])('answers %s with INVALID_INPUT and never echoes the secret', async (_name, payload) => {
    const result = await dispatch(handlers(), 'token:request', payload);
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(JSON.stringify(result)).not.toContain('s3cr3t-value');
  });

  it('says what is wrong with the input in plain words, without the channel, zod wording or the pasted token', async () => {
    const token = `eyJhbGciOiJSUzI1NiJ9.${'s3cr3t-value'.repeat(2_000)}`;
    const result = await dispatch(handlers(), 'token:inspect', { environment: 'local', token });
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'INVALID_INPUT',
        message: 'The token is too long: at most 20,000 characters. Paste only the token.',
      },
    });
    expect(JSON.stringify(result)).not.toContain('s3cr3t-value');
  });

  it.each([
    [
      'an empty client ID (a message written in the schema)',
      'token:request',
      { ...valid, clientId: '' },
      'Client ID is empty.',
    ],
    [
      'a huge secret',
      'token:request',
      { ...valid, clientSecret: 'x'.repeat(100_000) },
      'The client secret is too long: at most 4,096 characters.',
    ],
    [
      'an unknown environment',
      'token:request',
      { ...valid, environment: 'staging' },
      'The environment must be one of: local, local-production, mp-sandbox, mp-production, custom.',
    ],
    [
      'an extra field',
      'token:request',
      { ...valid, admin: true },
      'The request has a field this version of the console does not know: admin.',
    ],
    [
      'a pasted Basic header of 100 KB',
      'probe:decode-basic',
      { text: 'B'.repeat(100_000) },
      'The Basic header is too long: at most 10,000 characters. Paste only the Authorization header.',
    ],
    [
      'a delay over the limit',
      'sandbox:set-faults',
      { faults: { delayMs: 999_999 } },
      'Delay (ms) must be a whole number from 0 to 120000.',
    ],
    [
      'a fractional delay',
      'sandbox:set-faults',
      { faults: { delayMs: 1.5 } },
      'Delay (ms) must be a whole number from 0 to 120000.',
    ],
    [
      'a token lifetime of 0',
      'sandbox:set-faults',
      { faults: { tokenLifetimeSeconds: 0 } },
      'Token lifetime (s) must be a whole number from 1 to 86400.',
    ],
    [
      'a clock skew too far',
      'sandbox:set-faults',
      { faults: { clockSkewSeconds: 99_999_999 } },
      'Clock skew (s) must be a whole number from -31622400 to 31622400.',
    ],
    [
      'a Map',
      'token:request',
      new Map(Object.entries(valid)),
      'The console sent a request it could not read. Restart the app; if it happens again, report it.',
    ],
  ])('answers %s with a sentence for people', async (_name, channel, payload, message) => {
    expect(await dispatch(handlers(), channel, payload)).toEqual({
      ok: false,
      error: { code: 'INVALID_INPUT', message },
    });
  });

  it('turns an expected failure into its code and an unexpected one into INTERNAL without its message', async () => {
    const expected = handlers({
      'token:request': async () => {
        throw new HandlerError('SANDBOX_UNAVAILABLE', 'The local sandbox could not start.');
      },
    });
    expect(await dispatch(expected, 'token:request', valid)).toEqual({
      ok: false,
      error: { code: 'SANDBOX_UNAVAILABLE', message: 'The local sandbox could not start.' },
    });
    const unexpected = handlers({
      'token:request': async () => {
        throw new Error('secret s3cr3t-value at /home/x');
      },
    });
    const result = await dispatch(unexpected, 'token:request', valid);
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(JSON.stringify(result)).not.toContain('s3cr3t-value');
  });
});
