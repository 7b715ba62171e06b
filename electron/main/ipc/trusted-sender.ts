/** The few fields of an IPC event the check reads; Electron's IpcMainInvokeEvent has them all. */
export interface SenderLike {
  sender: { id: number; isDestroyed(): boolean; mainFrame: unknown };
  senderFrame: { url: string; isDestroyed?(): boolean } | null;
}

export const APP_ORIGIN = 'app://console';

/**
 * STYLE.md §2: answer only the top frame of a window this app created, showing our own origin.
 * A subframe, a destroyed frame, an unknown window or a foreign origin are refused.
 */
export function isTrustedSender(event: SenderLike, ourWebContentsIds: ReadonlySet<number>): boolean {
  const frame = event.senderFrame;
  if (!frame || frame.isDestroyed?.() === true || event.sender.isDestroyed()) return false;
  if (!ourWebContentsIds.has(event.sender.id)) return false;
  if (frame !== event.sender.mainFrame) return false;
  // Custom schemes have an opaque URL.origin in Node, so compare the prefix (with its slash: no look-alikes).
  return frame.url.startsWith(`${APP_ORIGIN}/`);
}
