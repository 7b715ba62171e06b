import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { tempDirs } from './profiles-test-support';
import { loadWindowState, placeWindow, saveWindowState } from './window-state';

const dirs = tempDirs('ic-window-');
afterEach(() => dirs.cleanup());
const screen = { x: 0, y: 0, width: 1920, height: 1080 };

describe('window state', () => {
  it('comes back as it was saved', () => {
    const dir = dirs.make();
    saveWindowState(dir, { bounds: { x: 100, y: 80, width: 1200, height: 800 }, maximized: true });
    expect(loadWindowState(dir)).toEqual({ bounds: { x: 100, y: 80, width: 1200, height: 800 }, maximized: true });
  });

  it('opens at the default size when the file is missing or damaged', () => {
    const dir = dirs.make();
    expect(loadWindowState(dir)).toEqual({ maximized: false });
    writeFileSync(join(dir, 'window-state.json'), '{"bounds": {"x": "left"}');
    expect(loadWindowState(dir)).toEqual({ maximized: false });
  });

  it('keeps a window on a display that still exists and drops one left on an unplugged monitor', () => {
    expect(placeWindow({ bounds: { x: 100, y: 80, width: 1200, height: 800 }, maximized: false }, [screen])).toEqual({
      x: 100,
      y: 80,
      width: 1200,
      height: 800,
    });
    expect(
      placeWindow({ bounds: { x: 2500, y: 80, width: 1200, height: 800 }, maximized: false }, [screen]),
    ).toBeUndefined();
    expect(
      placeWindow({ bounds: { x: 100, y: -500, width: 1200, height: 800 }, maximized: false }, [screen]),
    ).toBeUndefined();
  });

  it('never restores a window smaller than the minimum', () => {
    expect(placeWindow({ bounds: { x: 0, y: 0, width: 300, height: 200 }, maximized: false }, [screen])).toEqual({
      x: 0,
      y: 0,
      width: 900,
      height: 600,
    });
  });
});
