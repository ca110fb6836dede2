import { describe, expect, it, vi } from 'vitest';
import { applyPermissionPolicy, isPermissionAllowed } from './permission-policy';

const origins = ['app://neurona'];

describe('permission policy', () => {
  it.each(['media', 'geolocation', 'notifications', 'clipboard-read', 'display-capture', 'openExternal', 'fullscreen', 'midiSysex', 'hid', 'usb', 'serial', 'unknown'])(
    'denies %s even to the app',
    (permission) => {
      expect(isPermissionAllowed(permission, 'app://neurona/index.html', origins)).toBe(false);
    },
  );

  it('allows clipboard writes from the app only', () => {
    expect(isPermissionAllowed('clipboard-sanitized-write', 'app://neurona/index.html', origins)).toBe(true);
    expect(isPermissionAllowed('clipboard-sanitized-write', 'app://neurona', origins)).toBe(true);
    expect(isPermissionAllowed('clipboard-sanitized-write', 'https://example.com/', origins)).toBe(false);
  });

  it('installs both a request and a check handler on the session', () => {
    let request: ((...args: unknown[]) => void) | null = null;
    let check: ((...args: unknown[]) => boolean) | null = null;
    const session = {
      setPermissionRequestHandler: (h: typeof request) => (request = h),
      setPermissionCheckHandler: (h: typeof check) => (check = h),
    };
    applyPermissionPolicy(session as never, origins);
    const callback = vi.fn();
    request!({}, 'media', callback, { requestingUrl: 'app://neurona/index.html' });
    expect(callback).toHaveBeenCalledWith(false);
    expect(check!({}, 'geolocation', 'app://neurona', {})).toBe(false);
    expect(check!({}, 'clipboard-sanitized-write', 'app://neurona', {})).toBe(true);
  });
});
