import { isTrustedOrigin } from './app-origin';

/** The parts of Electron's WebFrameMain the check reads. */
export interface FrameLike {
  readonly url: string;
  readonly parent: FrameLike | null;
  readonly frameTreeNodeId: number;
}

/** The parts of an IpcMainInvokeEvent the check reads. */
export interface InvokeEventLike {
  readonly senderFrame: FrameLike | null;
  readonly sender: { readonly id: number; readonly mainFrame: { readonly frameTreeNodeId: number } };
}

/**
 * Whether an IPC call comes from the app itself: the frame still exists (it is null once it has
 * navigated away or gone), it is the main frame of its webContents (no iframe, even one of ours,
 * and no other parentless frame such as a fenced frame), that webContents belongs to one of the
 * windows the shell created, and the frame shows a page of the app's own origin.
 */
export function isTrustedSender(event: InvokeEventLike, ourWebContentsIds: ReadonlySet<number>, origins: readonly string[]): boolean {
  const frame = event.senderFrame;
  if (!frame) return false;
  if (frame.parent !== null) return false;
  if (frame.frameTreeNodeId !== event.sender.mainFrame.frameTreeNodeId) return false;
  if (!ourWebContentsIds.has(event.sender.id)) return false;
  return isTrustedOrigin(frame.url, origins);
}
