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
  return { 'token:request': async () => ({ id: 'x' }), 'app:info': async () => ({}), ...overrides } as unknown as Handlers;
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
    ['a __proto__ key', JSON.parse(`{"environment":"local","clientId":"a","clientSecret":"b","basicEncoding":"form","sendIbmClientId":false,"__proto__":{"x":1}}`)],
    ['a constructor key', { ...valid, constructor: { prototype: {} } }],
    ['a Date instead of a flag', { ...valid, sendIbmClientId: new Date() }],
    ['a Map', new Map(Object.entries(valid))],
  ])('answers %s with INVALID_INPUT and never echoes the secret', async (_name, payload) => {
    const result = await dispatch(handlers(), 'token:request', payload);
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(JSON.stringify(result)).not.toContain('s3cr3t-value');
  });

  it('turns an expected failure into its code and an unexpected one into INTERNAL without its message', async () => {
    const expected = handlers({ 'token:request': async () => { throw new HandlerError('SANDBOX_UNAVAILABLE', 'The local sandbox could not start.'); } });
    expect(await dispatch(expected, 'token:request', valid)).toEqual({ ok: false, error: { code: 'SANDBOX_UNAVAILABLE', message: 'The local sandbox could not start.' } });
    const unexpected = handlers({ 'token:request': async () => { throw new Error('secret s3cr3t-value at /home/x'); } });
    const result = await dispatch(unexpected, 'token:request', valid);
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(JSON.stringify(result)).not.toContain('s3cr3t-value');
  });
});
