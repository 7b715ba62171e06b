import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from './atomic-file';

/** Where the window was and how big, so the app opens as the user left it. */
export interface WindowBounds {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WindowState {
  bounds?: WindowBounds;
  maximized: boolean;
}

export const DEFAULT_WINDOW_SIZE = { width: 1280, height: 860 } as const;
export const MIN_WINDOW_SIZE = { width: 900, height: 600 } as const;
const FILE = 'window-state.json';

const boundsSchema = z.object({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
});
const stateSchema = z.object({ bounds: boundsSchema.optional(), maximized: z.boolean() });

/** A missing or unreadable file is no error: the window opens at its default size. */
export function loadWindowState(dir: string): WindowState {
  try {
    const parsed = stateSchema.safeParse(JSON.parse(readFileSync(join(dir, FILE), 'utf8')));
    return parsed.success ? parsed.data : { maximized: false };
  } catch {
    return { maximized: false };
  }
}

export function saveWindowState(dir: string, state: WindowState): void {
  writeFileAtomic(join(dir, FILE), JSON.stringify(state));
}

/**
 * The saved bounds, if at least a usable part of the window (100 × 50 px of its top) is on one of today's
 * displays — a monitor may have been unplugged since — clamped to the minimum size.
 */
export function placeWindow(state: WindowState, displays: readonly WindowBounds[]): WindowBounds | undefined {
  const saved = state.bounds;
  if (!saved) return undefined;
  const visible = displays.some(
    (area) =>
      Math.min(saved.x + saved.width, area.x + area.width) - Math.max(saved.x, area.x) >= 100 &&
      Math.min(saved.y + 50, area.y + area.height) - Math.max(saved.y, area.y) >= 50,
  );
  if (!visible) return undefined;
  return {
    ...saved,
    width: Math.max(saved.width, MIN_WINDOW_SIZE.width),
    height: Math.max(saved.height, MIN_WINDOW_SIZE.height),
  };
}
