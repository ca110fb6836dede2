import type { IncomingMessage } from 'node:http';

export type BodyResult = { ok: true; text: string } | { ok: false; reason: 'too-large' };

/**
 * Past the limit, a client that keeps sending is cut off after this many more bytes. Until then
 * its bytes are read and dropped: closing a socket that still has unread data makes the kernel
 * send a reset, and the client would lose the 413 reply in it.
 */
const DISCARD_ALLOWANCE = 64 * 1024 * 1024;

/**
 * Reads a request body as UTF-8 up to `limit` bytes. Over the limit (declared or sent), it
 * resolves `too-large` at once so the caller can answer 413; the rest of the body is drained,
 * not buffered, and Node keeps the connection usable.
 */
export function readBody(req: IncomingMessage, limit: number): Promise<BodyResult> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) {
    drain(req);
    return Promise.resolve({ ok: false, reason: 'too-large' });
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer): void => {
      size += chunk.length;
      if (size <= limit) {
        chunks.push(chunk);
        return;
      }
      req.off('data', onData);
      req.off('end', onEnd);
      chunks.length = 0;
      drain(req);
      resolve({ ok: false, reason: 'too-large' });
    };
    const onEnd = (): void => resolve({ ok: true, text: Buffer.concat(chunks).toString('utf8') });
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', reject);
  });
}

function drain(req: IncomingMessage): void {
  let dropped = 0;
  req.on('data', (chunk: Buffer) => {
    dropped += chunk.length;
    if (dropped > DISCARD_ALLOWANCE) req.socket.destroy();
  });
  req.on('error', () => {});
  req.resume();
}
