import { describe, expect, it } from 'vitest';
import { secureWindowOptions } from './window-options';

describe('secureWindowOptions', () => {
  const options = secureWindowOptions({ preloadPath: '/app/out/preload/preload.cjs', title: 'Neurona Studio', devTools: false });
  const prefs = options.webPreferences!;

  it('isolates and sandboxes the renderer with no Node anywhere', () => {
    expect(prefs.contextIsolation).toBe(true);
    expect(prefs.sandbox).toBe(true);
    expect(prefs.nodeIntegration).toBe(false);
    expect(prefs.nodeIntegrationInWorker).toBe(false);
    expect(prefs.nodeIntegrationInSubFrames).toBe(false);
  });

  it('keeps web security on and webviews and insecure content off', () => {
    expect(prefs.webSecurity).toBe(true);
    expect(prefs.allowRunningInsecureContent).toBe(false);
    expect(prefs.webviewTag).toBe(false);
    expect(prefs.experimentalFeatures).toBe(false);
    expect(prefs.navigateOnDragDrop).toBe(false);
  });

  it('uses the given preload and nothing that would widen the renderer', () => {
    expect(prefs.preload).toBe('/app/out/preload/preload.cjs');
    expect(prefs).not.toHaveProperty('additionalArguments');
    expect(prefs).not.toHaveProperty('enableBlinkFeatures');
    expect(options.show).toBe(false);
    expect(options.title).toBe('Neurona Studio');
  });

  it('opens at the remembered bounds, or the default size', () => {
    expect(options).toMatchObject({ width: 1280, height: 820, minWidth: 900, minHeight: 600 });
    expect(options).not.toHaveProperty('x');
    const placed = secureWindowOptions({ preloadPath: '/p', title: 'T', devTools: false, bounds: { x: 5, y: 6, width: 1000, height: 700 } });
    expect(placed).toMatchObject({ x: 5, y: 6, width: 1000, height: 700 });
  });
});
