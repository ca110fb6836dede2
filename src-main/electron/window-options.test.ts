import { describe, expect, it } from 'vitest';
import { secureWindowOptions } from './window-options';

describe('secureWindowOptions', () => {
  const options = secureWindowOptions({ preloadPath: '/app/out/preload/preload.cjs', title: 'Neurona Studio' });
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
});
