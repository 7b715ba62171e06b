import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempDirs } from './profiles-test-support';
import { openSettings } from './settings';

const AT = Date.UTC(2026, 10, 25, 10, 0, 0);
const STAMP = '2026-11-25T10-00-00-000Z';
const dirs = tempDirs('ic-settings-');
let dir: string;
const file = (name: string) => join(dir, name);
beforeEach(() => {
  dir = dirs.make();
});
afterEach(() => dirs.cleanup());

describe('settings service', () => {
  it('starts with the defaults', () => {
    expect(openSettings({ dir }).get()).toEqual({
      allowWeakEncryption: false,
      presentationMode: false,
      welcomeSeen: false,
    });
  });

  it('stores and clears the last profile and the weak-encryption opt-in', () => {
    const settings = openSettings({ dir });
    expect(settings.update({ lastProfileId: 'abc', allowWeakEncryption: true })).toEqual({
      lastProfileId: 'abc',
      allowWeakEncryption: true,
      presentationMode: false,
      welcomeSeen: false,
    });
    expect(openSettings({ dir }).get()).toEqual({
      lastProfileId: 'abc',
      allowWeakEncryption: true,
      presentationMode: false,
      welcomeSeen: false,
    });
    expect(settings.update({ lastProfileId: null })).toEqual({
      allowWeakEncryption: true,
      presentationMode: false,
      welcomeSeen: false,
    });
  });

  it('keeps presentation mode and the welcome flag across a restart until switched off', () => {
    const settings = openSettings({ dir });
    expect(settings.ui()).toEqual({ presentationMode: false, welcomeSeen: false });
    expect(settings.updateUi({ presentationMode: true })).toEqual({ presentationMode: true, welcomeSeen: false });
    settings.updateUi({ welcomeSeen: true });
    expect(openSettings({ dir }).ui()).toEqual({ presentationMode: true, welcomeSeen: true });
    openSettings({ dir }).updateUi({ presentationMode: false });
    expect(openSettings({ dir }).ui().presentationMode).toBe(false);
  });

  it('moves a settings file that is not JSON aside, uses the defaults and leaves profiles alone', () => {
    writeFileSync(file('profiles.json'), '{"profiles":[]}');
    writeFileSync(file('settings.json'), '{"allowWeakEncryption": tru');
    const settings = openSettings({ dir, now: () => AT });
    expect(settings.get()).toEqual({ allowWeakEncryption: false, presentationMode: false, welcomeSeen: false });
    expect(settings.notices()).toEqual([
      { source: 'settings', movedTo: `settings.json.corrupt-${STAMP}`, message: expect.stringMatching(/defaults/) },
    ]);
    expect(readFileSync(file(`settings.json.corrupt-${STAMP}`), 'utf8')).toBe('{"allowWeakEncryption": tru');
    expect(readFileSync(file('profiles.json'), 'utf8')).toBe('{"profiles":[]}');
  });

  it('drops only the value that breaks the rules, naming it', () => {
    writeFileSync(file('settings.json'), '{"allowWeakEncryption": "yes", "welcomeSeen": true, "lastProfileId": "p1"}');
    const settings = openSettings({ dir, now: () => AT });
    expect(settings.get()).toEqual({
      lastProfileId: 'p1',
      allowWeakEncryption: false,
      presentationMode: false,
      welcomeSeen: true,
    });
    expect(settings.notices()).toEqual([
      {
        source: 'settings',
        movedTo: `settings.json.set-aside-${STAMP}`,
        message: expect.stringMatching(/^allowWeakEncryption must be true or false/),
      },
    ]);
    expect(readdirSync(dir).sort()).toEqual(['settings.json', `settings.json.set-aside-${STAMP}`]);
  });
});
