import { describe, expect, it } from 'vitest';
import { isTrustedSender, type FrameLike, type InvokeEventLike } from './ipc-guard';

const ORIGINS = ['app://neurona'];
const OURS = new Set([7]);

const MAIN_FRAME_NODE = 1;

function mainFrame(url: string): FrameLike {
  return { url, parent: null, frameTreeNodeId: MAIN_FRAME_NODE };
}

function event(frame: FrameLike | null, senderId = 7): InvokeEventLike {
  return { senderFrame: frame, sender: { id: senderId, mainFrame: { frameTreeNodeId: MAIN_FRAME_NODE } } };
}

describe('isTrustedSender', () => {
  it('accepts the main frame of our window on app://neurona', () => {
    expect(isTrustedSender(event(mainFrame('app://neurona/index.html')), OURS, ORIGINS)).toBe(true);
    expect(isTrustedSender(event(mainFrame('app://neurona/projects/3')), OURS, ORIGINS)).toBe(true);
  });

  it('rejects another origin in our window', () => {
    for (const url of ['https://evil.example/', 'app://neurona.evil/index.html', 'app://other/index.html', 'file:///etc/passwd', 'about:blank', 'data:text/html,hi', 'http://localhost:5173/']) {
      expect(isTrustedSender(event(mainFrame(url)), OURS, ORIGINS), url).toBe(false);
    }
  });

  it('rejects a subframe, even one showing our own origin', () => {
    const top = mainFrame('app://neurona/index.html');
    const sub: FrameLike = { url: 'app://neurona/index.html', parent: top, frameTreeNodeId: 2 };
    expect(isTrustedSender(event(sub), OURS, ORIGINS)).toBe(false);
  });

  it('rejects a parentless frame that is not the main frame (a fenced frame, say)', () => {
    const fenced: FrameLike = { url: 'app://neurona/index.html', parent: null, frameTreeNodeId: 3 };
    expect(isTrustedSender(event(fenced), OURS, ORIGINS)).toBe(false);
  });

  it('rejects a missing frame (navigated away or destroyed)', () => {
    expect(isTrustedSender(event(null), OURS, ORIGINS)).toBe(false);
  });

  it('rejects a webContents that is not one of our windows', () => {
    expect(isTrustedSender(event(mainFrame('app://neurona/index.html'), 8), OURS, ORIGINS)).toBe(false);
    expect(isTrustedSender(event(mainFrame('app://neurona/index.html')), new Set(), ORIGINS)).toBe(false);
  });

  it('accepts the dev server origin only when it is in the trusted list', () => {
    const dev = event(mainFrame('http://localhost:5173/'));
    expect(isTrustedSender(dev, OURS, ['app://neurona', 'http://localhost:5173'])).toBe(true);
    expect(isTrustedSender(event(mainFrame('http://localhost:5174/')), OURS, ['app://neurona', 'http://localhost:5173'])).toBe(false);
  });
});
