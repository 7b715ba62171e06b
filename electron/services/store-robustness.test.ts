import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  closeSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Profile } from '../../shared/domain/profile';
import type { AppCore } from '../app-core';
import { dispatch } from '../handlers/dispatch';
import { tempDirs } from './profiles-test-support';
import { openTestCore, sampleProfile } from './store-test-support';

/**
 * Issue 10 item 5 (profiles and settings): one bad record loses one record; a file that cannot be read or is far
 * too large is set aside and reported, and the app starts and answers quickly anyway.
 */
const dirs = tempDirs('ic-robust-');
let core: AppCore | undefined;
afterEach(async () => {
  await core?.shutdown();
  core = undefined;
  dirs.cleanup();
});

const profile = (n: number, overrides: Partial<Profile> = {}): Profile =>
  sampleProfile({
    id: `6f1c1f7e-7b7e-4c55-9d6a-0d6f3c0e8a1${n}`,
    name: `Shop ${n}`,
    clientId: `client-${n}`,
    ...overrides,
  });

function start(dataDir: string): AppCore {
  core = openTestCore(dataDir);
  return core;
}

async function answer<T>(started: AppCore, channel: string): Promise<T> {
  const result = await dispatch(started.handlers, channel, {});
  if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`);
  return result.value as T;
}

type Listed = { profiles: Profile[]; setAside?: { name?: string; reason: string }[]; setAsideKeptAs?: string };
type Notice = { source: string; movedTo: string; message: string };

/** A file of `bytes` bytes, written in 1 MB pieces: valid JSON (a long string value) so only its size is wrong. */
function hugeJson(path: string, bytes: number, member: string): void {
  const fd = openSync(path, 'w');
  const head = `{"${member}":"`;
  writeSync(fd, head);
  const piece = 'x'.repeat(1024 * 1024);
  for (let written = head.length; written < bytes - 2; written += piece.length) writeSync(fd, piece);
  writeSync(fd, '"}');
  closeSync(fd);
}

describe('one bad record loses one record', () => {
  it('a profiles file with three valid profiles and one whose name is one character too long opens with the three', async () => {
    const dir = dirs.make();
    const bad = profile(4, { name: 'N'.repeat(101) });
    const content = JSON.stringify({ profiles: [profile(1), bad, profile(2), profile(3)] });
    writeFileSync(join(dir, 'profiles.json'), content);
    const started = start(dir);
    const listed = await answer<Listed>(started, 'profiles:list');
    expect(listed.profiles.map((p) => p.name)).toEqual(['Shop 1', 'Shop 2', 'Shop 3']);
    expect(listed.setAside).toEqual([
      { name: expect.stringMatching(/^N+…$/), reason: expect.stringMatching(/name.*100 characters/i) },
    ]);
    const notices = await answer<Notice[]>(started, 'app:notices');
    const notice = notices.find((n) => n.source === 'profiles');
    expect(notice?.message).toMatch(/1 profile .*set aside/i);
    expect(readFileSync(join(dir, notice!.movedTo), 'utf8')).toBe(content);
    // profiles:list names the same kept copy on every call (the notice is given once).
    expect(listed.setAsideKeptAs).toBe(notice!.movedTo);
  });

  it('a settings file with one bad value keeps the others', async () => {
    const dir = dirs.make();
    writeFileSync(
      join(dir, 'settings.json'),
      JSON.stringify({ allowWeakEncryption: false, presentationMode: 'yes', welcomeSeen: true }),
    );
    const started = start(dir);
    expect(await answer(started, 'settings:get')).toEqual({ presentationMode: false, welcomeSeen: true });
    expect(
      (await answer<Notice[]>(started, 'app:notices')).some(
        (n) => n.source === 'settings' && /presentationMode/.test(n.message),
      ),
    ).toBe(true);
  });
});

describe('unreadable and oversized files are set aside, not a startup failure', () => {
  it.each(['profiles.json', 'settings.json'])('%s is a folder (EISDIR)', async (name) => {
    const dir = dirs.make();
    mkdirSync(join(dir, name));
    writeFileSync(join(dir, name, 'inside.txt'), 'kept');
    const started = start(dir);
    expect((await answer<Listed>(started, 'profiles:list')).profiles).toEqual([]);
    expect(await answer(started, 'settings:get')).toEqual({ presentationMode: false, welcomeSeen: false });
    const notice = (await answer<Notice[]>(started, 'app:notices')).find((n) => n.source === name.replace('.json', ''));
    expect(notice?.message).toMatch(/could not be read/);
    expect(readFileSync(join(dir, notice!.movedTo, 'inside.txt'), 'utf8')).toBe('kept');
  });

  it.skipIf(process.getuid?.() === 0)(
    'profiles.json without read permission (EACCES; skipped as root, who reads it anyway)',
    async () => {
      const dir = dirs.make();
      writeFileSync(join(dir, 'profiles.json'), JSON.stringify({ profiles: [profile(1)] }));
      chmodSync(join(dir, 'profiles.json'), 0o000);
      const started = start(dir);
      expect((await answer<Listed>(started, 'profiles:list')).profiles).toEqual([]);
      expect(
        (await answer<Notice[]>(started, 'app:notices')).some(
          (n) => n.source === 'profiles' && /could not be read/.test(n.message),
        ),
      ).toBe(true);
    },
  );

  it.skipIf(process.platform === 'win32')(
    'a named pipe where settings.json should be is set aside unread instead of hanging the start',
    async () => {
      const dir = dirs.make();
      execFileSync('mkfifo', [join(dir, 'settings.json')]);
      const started = start(dir);
      expect(await answer(started, 'settings:get')).toEqual({ presentationMode: false, welcomeSeen: false });
      expect(
        (await answer<Notice[]>(started, 'app:notices')).some(
          (n) => n.source === 'settings' && /could not be read \(not a file\)/.test(n.message),
        ),
      ).toBe(true);
    },
  );

  it('50 MB profiles and settings files: the first handler answers within 2 s, the files kept aside whole', async () => {
    const dir = dirs.make();
    const size = 50 * 1024 * 1024;
    hugeJson(join(dir, 'profiles.json'), size, 'padding');
    hugeJson(join(dir, 'settings.json'), size, 'padding');
    const began = performance.now();
    const started = start(dir);
    const [listed, settings] = await Promise.all([
      answer<Listed>(started, 'profiles:list'),
      answer(started, 'settings:get'),
    ]);
    const elapsedMs = performance.now() - began;
    expect(elapsedMs).toBeLessThan(2000);
    expect(listed.profiles).toEqual([]);
    expect(settings).toEqual({ presentationMode: false, welcomeSeen: false });
    const notices = await answer<Notice[]>(started, 'app:notices');
    expect(
      notices
        .filter((n) => /too large/.test(n.message))
        .map((n) => n.source)
        .sort(),
    ).toEqual(['profiles', 'settings']);
    for (const notice of notices) expect(statSync(join(dir, notice.movedTo)).size).toBeGreaterThanOrEqual(size - 2);
    expect(
      readdirSync(dir)
        .filter((name) => name.endsWith('.json'))
        .sort(),
    ).toEqual(['profiles.json', 'settings.json']);
  });
});
