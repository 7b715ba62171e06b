import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fileTimestamp, moveAsideCorrupt, writeFileAtomic } from './atomic-file';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'atomic-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('writeFileAtomic', () => {
  it('replaces the file with owner-only permissions and leaves nothing else', () => {
    const path = join(dir, 'data.json');
    writeFileSync(path, 'old', { mode: 0o644 });
    writeFileAtomic(path, 'new');
    expect(readFileSync(path, 'utf8')).toBe('new');
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(readdirSync(dir)).toEqual(['data.json']);
  });

  it('creates a missing directory', () => {
    const path = join(dir, 'nested', 'data.json');
    writeFileAtomic(path, 'x');
    expect(readFileSync(path, 'utf8')).toBe('x');
  });

  it('cleans up its temp file when the rename fails', () => {
    const target = join(dir, 'occupied');
    mkdirSync(join(target, 'child'), { recursive: true });
    expect(() => writeFileAtomic(target, 'x')).toThrow();
    expect(readdirSync(dir)).toEqual(['occupied']);
  });
});

describe('moveAsideCorrupt', () => {
  it('renames to <name>.corrupt-<timestamp> and never overwrites an earlier one', () => {
    const path = join(dir, 'profiles.json');
    const at = Date.UTC(2026, 0, 2, 3, 4, 5, 6);
    writeFileSync(path, 'first');
    expect(moveAsideCorrupt(path, at)).toBe('profiles.json.corrupt-2026-01-02T03-04-05-006Z');
    writeFileSync(path, 'second');
    expect(moveAsideCorrupt(path, at)).toBe('profiles.json.corrupt-2026-01-02T03-04-05-006Z-2');
    expect(readFileSync(join(dir, 'profiles.json.corrupt-2026-01-02T03-04-05-006Z'), 'utf8')).toBe('first');
    expect(readdirSync(dir)).not.toContain('profiles.json');
  });

  it('uses no characters Windows forbids in file names', () => {
    expect(fileTimestamp(0)).toMatch(/^[0-9TZ-]+$/);
  });
});
