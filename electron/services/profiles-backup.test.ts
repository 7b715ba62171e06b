import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fingerprintSecret } from './basic-auth';
import { fakeCipher } from './fake-cipher';
import { createProfileService } from './profiles';
import { fakeClipboard, tempDirs } from './profiles-test-support';

const SECRET = 'backup-Secret+/=value';
const dirs = tempDirs('profiles-backup-');
const open = (dir: string) =>
  createProfileService({
    dir,
    cipher: fakeCipher(),
    clipboard: fakeClipboard(),
    now: () => Date.UTC(2026, 10, 25, 12, 0, 0),
  });
let source: ReturnType<typeof open>;

beforeEach(() => {
  source = open(dirs.make());
  source.create({ name: 'Local', environment: 'local', clientId: 'demo-client', clientSecret: SECRET });
  source.create({
    name: 'Custom',
    environment: 'custom',
    customTokenUrl: 'https://auth.example.com/connect/token',
    clientId: 'id-2',
    defaultMerchantVat: 'DK12345678',
    sendIbmClientId: true,
    basicEncoding: 'raw',
    notes: 'from the portal',
    clientSecret: 'another-secret',
  });
});
afterEach(() => dirs.cleanup());

const backupWith = (profiles: unknown[]) =>
  JSON.stringify({
    format: 'integrator-console-profiles',
    version: 1,
    exportedAt: '2026-11-25T12:00:00.000Z',
    profiles,
  });

describe('profile backup', () => {
  it('exports metadata only: no secret, no fingerprint, no ids', () => {
    const text = source.exportBackup();
    const parsed = JSON.parse(text) as { profiles: Array<Record<string, unknown>> };
    expect(parsed).toMatchObject({
      format: 'integrator-console-profiles',
      version: 1,
      exportedAt: '2026-11-25T12:00:00.000Z',
    });
    expect(parsed.profiles).toHaveLength(2);
    for (const [secret, profile] of [
      [SECRET, source.list()[0]],
      ['another-secret', source.list()[1]],
    ] as const) {
      expect(text).not.toContain(secret);
      expect(text).not.toContain(Buffer.from(secret).toString('base64'));
      expect(text).not.toContain(fingerprintSecret(secret).fingerprint);
      expect(text).not.toContain(profile?.id);
    }
    expect(Object.keys(parsed.profiles[1] ?? {}).sort()).toEqual([
      'basicEncoding',
      'clientId',
      'customTokenUrl',
      'defaultMerchantVat',
      'environment',
      'merchants',
      'name',
      'notes',
      'sendIbmClientId',
    ]);
  });

  it('imports a backup as new profiles whose secrets must be re-entered', () => {
    const target = open(dirs.make());
    expect(target.importBackup(source.exportBackup())).toEqual({ imported: 2, skipped: [] });
    const strip = ({
      id: _id,
      createdAt: _c,
      updatedAt: _u,
      secret: _s,
      ...rest
    }: ReturnType<typeof source.list>[number]) => rest;
    expect(target.list().map(strip)).toEqual(source.list().map(strip));
    expect(target.list().map((p) => p.secret)).toEqual([{ state: 'missing' }, { state: 'missing' }]);
    expect(target.list().map((p) => p.id)).not.toContain(source.list()[0]?.id);
  });

  it('skips a profile that is already here (the same backup imported twice), saying which', () => {
    const target = open(dirs.make());
    const backup = source.exportBackup();
    expect(target.importBackup(backup)).toEqual({ imported: 2, skipped: [] });
    expect(target.importBackup(backup)).toEqual({
      imported: 0,
      skipped: [
        { index: 0, reason: '"Local" is already here (same name, environment and client id).' },
        { index: 1, reason: '"Custom" is already here (same name, environment and client id).' },
      ],
    });
    expect(target.list()).toHaveLength(2);
    // Renamed, or another client id, it is a profile of its own.
    const renamed = JSON.parse(backup) as { profiles: Array<Record<string, unknown>> };
    renamed.profiles[0] = { ...renamed.profiles[0], name: 'Local (2)' };
    expect(target.importBackup(JSON.stringify(renamed)).imported).toBe(1);
  });

  it('skips bad profiles with a reason and imports the rest', () => {
    const target = open(dirs.make());
    const good = { name: 'Good', environment: 'local', clientId: 'c' };
    const result = target.importBackup(
      backupWith([
        good,
        { ...good, clientSecret: 'smuggled' },
        { ...good, environment: 'moon' },
        'not an object',
        { ...good, environment: 'custom', customTokenUrl: 'ftp://x' },
        JSON.parse('{"name":"P","environment":"local","clientId":"c","__proto__":{"x":1}}'),
      ]),
    );
    expect(result.imported).toBe(1);
    expect(result.skipped.map((s) => s.index)).toEqual([1, 2, 3, 4, 5]);
    expect(result.skipped[0]?.reason).toMatch(/clientSecret/);
    expect(result.skipped.map((s) => s.reason).join(' ')).not.toContain('smuggled');
    expect(target.list().map((p) => p.name)).toEqual(['Good']);
  });

  it.each([
    ['not JSON', '{"format": ', /not valid JSON/],
    ['empty', '   ', /empty/],
    [
      'another format',
      JSON.stringify({ format: 'postman', version: 1, profiles: [] }),
      /not an Integrator Console profiles backup/,
    ],
    [
      'a newer version',
      JSON.stringify({ format: 'integrator-console-profiles', version: 2, profiles: [] }),
      /version 2/,
    ],
    ['too many profiles', backupWith(Array.from({ length: 1001 }, () => ({}))), /too many/],
  ])('refuses %s as INVALID_INPUT and imports nothing', (_label, text, message) => {
    const target = open(dirs.make());
    expect(() => target.importBackup(text)).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT', message: expect.stringMatching(message) }),
    );
    expect(target.list()).toEqual([]);
  });
});
