import { randomBytes } from 'node:crypto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { basicAuthorization } from './basic-auth';
import { scrubberFor } from './known-secrets';
import { CACHE_ENTRIES, CACHE_IDLE_MS, compiledCredentialCount, forgetCompiledCredentials } from './scrubber-cache';

// A JWT signature (342 Base64url characters) is matched by its whole-string forms, a client secret by its pattern.
const signature = () => randomBytes(256).toString('base64url');
const fragmentsOf = (value: string) => [0, 100, 200].map((at) => value.slice(at, at + 40));

afterEach(() => forgetCompiledCredentials());

describe('scrubberFor, edges of the one-pass matching', () => {
  it('hides both credentials where their forms overlap in the text (no piece of either stays)', () => {
    const shared = signature();
    const first = `${signature()}${shared}`;
    const second = `${shared}${signature()}`;
    const scrub = scrubberFor([
      { value: first, replacement: '<first>' },
      { value: second, replacement: '<second>' },
    ]);
    // first + the rest of second: both are whole in the text, and they share the middle.
    const text = `a ${first}${second.slice(shared.length)} b`;
    const scrubbed = scrub(text);
    expect(scrubbed).toMatch(/^a <first> b$/);
    for (const piece of [...fragmentsOf(first), ...fragmentsOf(second.slice(shared.length))])
      expect(scrubbed).not.toContain(piece);
  });

  it('hides overlapping short secrets too, and secrets of both kinds in one text', () => {
    const scrub = scrubberFor([
      { value: 'alpha-bravo', replacement: '<one>' },
      { value: 'bravo-charlie', replacement: '<two>' },
      { value: 'S'.repeat(300), replacement: '<long>' },
    ]);
    expect(scrub('x alpha-bravo-charlie y')).toBe('x <one> y');
    expect(scrub(`${'s'.repeat(300)}|bravo-charlie`)).toBe('<long>|<two>');
  });

  it('hides a long credential written in any mix of upper and lower case', () => {
    const value = signature();
    const mixed = [...Buffer.from(value).toString('hex')]
      .map((ch, index) => (index % 3 ? ch.toUpperCase() : ch))
      .join('');
    const scrub = scrubberFor([{ value, replacement: '<sig>' }]);
    expect(scrub(`hex ${mixed} end`)).toBe('hex <sig> end');
    expect(scrub(`upper ${value.toUpperCase()} end`)).toBe('upper <sig> end');
  });

  it('hides a long value in each way it can be written, and leaves text that only starts like it', () => {
    const value = signature();
    const hex4 = (ch: string) => ch.charCodeAt(0).toString(16).padStart(4, '0');
    const written = [
      Buffer.from(value).toString('hex'),
      [...value].map((ch) => `\\u${hex4(ch)}`).join(''),
      [...value].map((ch) => `%${ch.charCodeAt(0).toString(16)}`).join(''),
      [...value].map((ch) => `&#x${ch.charCodeAt(0).toString(16)};`).join(''),
      Buffer.from(`x${value}`).toString('base64'),
      Buffer.from(`id:${value}`).toString('base64url'),
    ];
    const scrub = scrubberFor([{ value, replacement: '<sig>' }]);
    for (const form of written) expect(scrub(`[${form}]`)).toMatch(/^\[.{0,4}<sig>.{0,4}\]$/);
    const lookalike = `${value.slice(0, 200)}!${value.slice(201)}`;
    expect(scrub(`[${lookalike}]`)).toBe(`[${lookalike}]`);
  });

  it('keeps positions right around characters whose lower case is longer or depends on neighbours (İ, Σ)', () => {
    const value = `${'ΑΣ'.repeat(100)}${signature()}`;
    const scrub = scrubberFor([{ value, replacement: '<long>' }]);
    expect(scrub(`İİ ${value}Σ and İ`)).toBe('İİ <long>Σ and İ');
    expect(scrub(basicAuthorization('id', value, 'form'))).toMatch(
      /^Basic [A-Za-z0-9+/]{0,8}<long>[A-Za-z0-9+/=]{0,8}$/,
    );
  });
});

describe('compiled credentials cache', () => {
  it('keeps at most a few credentials, and none once idle', () => {
    vi.useFakeTimers();
    try {
      for (let index = 0; index < CACHE_ENTRIES + 3; index++)
        scrubberFor([{ value: signature(), replacement: '<sig>' }]);
      expect(compiledCredentialCount()).toBe(CACHE_ENTRIES);
      vi.advanceTimersByTime(CACHE_IDLE_MS + 1);
      expect(compiledCredentialCount()).toBe(0);
    } finally {
      vi.useRealTimers();
    }
  });

  it('scrubs alike from a cached credential and a fresh one', () => {
    const value = 'Mp7+Rx/Qk=%3D&Zt 9w';
    const text = `echo ${encodeURIComponent(value)} ${basicAuthorization('id', value, 'raw')}`;
    const fresh = scrubberFor([{ value, replacement: '<s>' }])(text);
    const cached = scrubberFor([{ value, replacement: '<s>' }])(text);
    expect(cached).toBe(fresh);
    expect(cached).not.toContain(encodeURIComponent(value));
    expect(compiledCredentialCount()).toBe(1);
  });
});
