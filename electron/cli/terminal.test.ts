import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { colorFor, firstLine, withSpinner } from './terminal';

const stream = (isTTY: boolean) =>
  Object.assign(new PassThrough(), { isTTY }) as unknown as NodeJS.WriteStream & PassThrough;

describe('terminal output', () => {
  it('colours only a terminal, and never with NO_COLOR or TERM=dumb', () => {
    expect(colorFor(stream(true), {})('red', 'x')).toBe('\u001b[31mx\u001b[39m');
    expect(colorFor(stream(false), {})('red', 'x')).toBe('x');
    expect(colorFor(stream(true), { NO_COLOR: '1' })('red', 'x')).toBe('x');
    expect(colorFor(stream(true), { TERM: 'dumb' })('red', 'x')).toBe('x');
  });

  it('shows a spinner only on a terminal, only after half a second, and clears it', async () => {
    const slow = (ms: number) => new Promise((resolve) => setTimeout(() => resolve('done'), ms));
    const quiet = stream(true);
    let written = '';
    quiet.on('data', (chunk: Buffer) => (written += chunk.toString()));
    await withSpinner('Requesting…', slow(50), quiet);
    expect(written).toBe('');
    const piped = stream(false);
    await withSpinner('Requesting…', slow(700), piped);
    expect(piped.read()).toBeNull();
    const tty = stream(true);
    let shown = '';
    tty.on('data', (chunk: Buffer) => (shown += chunk.toString()));
    expect(await withSpinner('Requesting…', slow(800), tty)).toBe('done');
    expect(shown).toContain('Requesting…');
    expect(shown.endsWith('\r\u001b[2K')).toBe(true);
  });

  it('reads the first line of stdin without its line break', () => {
    expect(firstLine('s3cret\r\nnext')).toBe('s3cret');
    expect(firstLine('')).toBe('');
  });
});
