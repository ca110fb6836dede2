import type { Session } from 'electron';
import { isTrustedOrigin } from './app-origin';

/**
 * Whether a page may use a browser permission. The studio needs none (no camera, microphone,
 * notifications, geolocation, MIDI, HID, …); the one exception is writing text to the clipboard
 * ("copy code" on the export screen), and only from the app's own pages.
 */
export function isPermissionAllowed(permission: string, requestingUrl: string, origins: readonly string[]): boolean {
  return permission === 'clipboard-sanitized-write' && isTrustedOrigin(requestingUrl, origins);
}

/** Applies the policy to a session: both permission requests and permission checks. */
export function applyPermissionPolicy(session: Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'>, origins: readonly string[]): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) => {
    callback(isPermissionAllowed(permission, details.requestingUrl, origins));
  });
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) => isPermissionAllowed(permission, requestingOrigin, origins));
}
