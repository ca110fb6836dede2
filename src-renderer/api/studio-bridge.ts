import type { StudioBridge } from '../../src-shared/contract/studio-bridge';

// The Electron preload puts the bridge on window; in browser mode it is absent.
declare global {
  interface Window {
    studio?: StudioBridge;
  }
}

export type { StudioBridge };
