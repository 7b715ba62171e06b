import { describe, expect, it } from 'vitest';
import { authBaseOfTokenUrl, createTokenKeeper } from './token-keeper';

const meta = { environmentId: 'local', authBase: 'http://127.0.0.1:1/integrator-authentication' };

describe('createTokenKeeper', () => {
  it('returns a remembered token with its environment, by attempt id', () => {
    const keeper = createTokenKeeper({ now: () => 1234 });
    keeper.remember('a1', 'header.payload.signature', meta);
    expect(keeper.get('a1')).toEqual({ attemptId: 'a1', token: 'header.payload.signature', keptAt: 1234, ...meta });
    expect(keeper.get('a2')).toBeUndefined();
  });

  it('keeps only the last N, dropping the oldest first', () => {
    const keeper = createTokenKeeper({ capacity: 3 });
    for (const id of ['a', 'b', 'c', 'd', 'e']) keeper.remember(id, `token-${id}`, meta);
    expect(keeper.size()).toBe(3);
    expect(['a', 'b', 'c', 'd', 'e'].map((id) => keeper.get(id)?.token)).toEqual([
      undefined,
      undefined,
      'token-c',
      'token-d',
      'token-e',
    ]);
  });

  it('keeps 20 by default', () => {
    const keeper = createTokenKeeper();
    for (let i = 0; i < 25; i++) keeper.remember(`id-${i}`, `t${i}`, meta);
    expect(keeper.size()).toBe(20);
    expect(keeper.get('id-4')).toBeUndefined();
    expect(keeper.get('id-5')?.token).toBe('t5');
  });

  it('treats remembering an id again as the newest', () => {
    const keeper = createTokenKeeper({ capacity: 2 });
    keeper.remember('a', 'old', meta);
    keeper.remember('b', 'b', meta);
    keeper.remember('a', 'new', { environmentId: 'custom' });
    keeper.remember('c', 'c', meta);
    expect(keeper.get('a')).toMatchObject({ token: 'new', environmentId: 'custom' });
    expect(keeper.get('a')).not.toHaveProperty('authBase');
    expect(keeper.get('b')).toBeUndefined();
  });

  it('forgets one, or all', () => {
    const keeper = createTokenKeeper();
    keeper.remember('a', 'x', meta);
    keeper.remember('b', 'y', meta);
    expect(keeper.forget('a')).toBe(true);
    expect(keeper.forget('a')).toBe(false);
    expect(keeper.get('b')?.token).toBe('y');
    keeper.clear();
    expect(keeper.size()).toBe(0);
    expect(keeper.get('b')).toBeUndefined();
  });

  it('hands out copies, so a caller cannot change what is kept', () => {
    const keeper = createTokenKeeper();
    keeper.remember('a', 'x', meta);
    const copy = keeper.get('a')!;
    copy.token = 'changed';
    expect(keeper.get('a')?.token).toBe('x');
  });
});

describe('authBaseOfTokenUrl', () => {
  it.each([
    [
      'https://api.mobilepay.dk/integrator-authentication/connect/token',
      'https://api.mobilepay.dk/integrator-authentication',
    ],
    [
      'http://127.0.0.1:5000/integrator-authentication/connect/token/',
      'http://127.0.0.1:5000/integrator-authentication',
    ],
    ['https://host/connect/token', 'https://host'],
    ['https://host/oauth/token', undefined],
  ])('%s → %s', (url, base) => {
    expect(authBaseOfTokenUrl(url)).toBe(base);
  });
});
