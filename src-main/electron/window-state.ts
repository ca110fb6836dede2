import { existsSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import { writeFileAtomic } from '../store/atomic-file';

// The main window opens where the user left it: same size, same place, maximized or not, as
// long as that place is still on a screen (a monitor unplugged since must not strand it off-screen).

const WindowStateSchema = z.object({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().min(1).max(100_000),
  height: z.number().int().min(1).max(100_000),
  maximized: z.boolean(),
});
export type WindowState = z.infer<typeof WindowStateSchema>;

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export const DEFAULT_SIZE = { width: 1280, height: 820 };
export const MIN_SIZE = { width: 900, height: 600 };
/** At least this much of the title bar must land on a screen for a saved position to be kept. */
const VISIBLE_MARGIN = 64;

export function readWindowState(file: string): WindowState | null {
  if (!existsSync(file)) return null;
  try {
    const parsed = WindowStateSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function writeWindowState(file: string, state: WindowState): void {
  writeFileAtomic(file, JSON.stringify(state, null, 2));
}

function overlap(a: Rect, b: Rect): { width: number; height: number } {
  return {
    width: Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x),
    height: Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y),
  };
}

/**
 * The bounds to open with: the saved ones, shrunk to fit the work area they are on, when the
 * window's top strip is visible on some display; otherwise the default size, centred by Electron.
 */
export function initialBounds(saved: WindowState | null, workAreas: readonly Rect[]): { bounds: Partial<Rect> & { width: number; height: number }; maximized: boolean } {
  if (!saved) return { bounds: { ...DEFAULT_SIZE }, maximized: false };
  const titleStrip = { x: saved.x, y: saved.y, width: saved.width, height: Math.min(saved.height, 40) };
  const area = workAreas.find((a) => {
    const o = overlap(titleStrip, a);
    return o.width >= Math.min(VISIBLE_MARGIN, saved.width) && o.height > 0;
  });
  if (!area) return { bounds: { width: Math.max(MIN_SIZE.width, Math.min(saved.width, DEFAULT_SIZE.width)), height: Math.max(MIN_SIZE.height, Math.min(saved.height, DEFAULT_SIZE.height)) }, maximized: saved.maximized };
  const width = Math.max(MIN_SIZE.width, Math.min(saved.width, area.width));
  const height = Math.max(MIN_SIZE.height, Math.min(saved.height, area.height));
  return { bounds: { x: saved.x, y: saved.y, width, height }, maximized: saved.maximized };
}

/** The parts of a BrowserWindow the tracker reads. */
export interface TrackedWindow {
  on(event: 'resize' | 'move' | 'maximize' | 'unmaximize' | 'close', listener: () => void): unknown;
  getNormalBounds(): Rect;
  isMaximized(): boolean;
  isDestroyed(): boolean;
}

/**
 * Saves the window's normal (un-maximized) bounds and maximized flag: after moves and resizes
 * settle (`delayMs`), and at once when the window closes.
 */
export function trackWindowState(win: TrackedWindow, save: (state: WindowState) => void, delayMs = 500): void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  const snapshot = (): void => {
    if (timer) clearTimeout(timer);
    timer = null;
    if (win.isDestroyed()) return;
    const b = win.getNormalBounds();
    save({ x: Math.round(b.x), y: Math.round(b.y), width: Math.round(b.width), height: Math.round(b.height), maximized: win.isMaximized() });
  };
  const later = (): void => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(snapshot, delayMs);
  };
  for (const event of ['resize', 'move', 'maximize', 'unmaximize'] as const) win.on(event, later);
  win.on('close', snapshot);
}
