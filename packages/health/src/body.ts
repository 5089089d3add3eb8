import type { Dispatcher } from 'undici';

/** A response body as read for a verdict: its text, or that it was over the size limit. */
export interface BodyRead {
  text: string;
  tooLarge: boolean;
}

const EMPTY: BodyRead = { text: '', tooLarge: false };

const toRead = (text: string): BodyRead => ({ text, tooLarge: false });

/**
 * Reads a response body for the verdict, within `maxBodyBytes`: an empty body for HEAD, 204 and
 * 304 (drained, so the socket returns to the pool); a declared length over the limit is not
 * downloaded at all (the body is destroyed); an undeclared one is cut off once it passes it.
 * Not `async`: the common path hands undici's own promise through without another layer.
 */
export function readBody(res: Dispatcher.ResponseData, method: string, maxBodyBytes: number): Promise<BodyRead> | BodyRead {
  if (method === 'HEAD' || res.statusCode === 204 || res.statusCode === 304) {
    return res.body.dump().then(() => EMPTY);
  }
  const declared = Number(res.headers['content-length']);
  if (Number.isFinite(declared)) {
    if (declared > maxBodyBytes) {
      // Do not download what we will not keep: destroying the body closes this socket.
      res.body.destroy();
      return { text: '', tooLarge: true };
    }
    // undici fails a body longer than its content-length, so this read is bounded too.
    return res.body.text().then(toRead);
  }
  return readLimited(res.body, maxBodyBytes);
}

/** Reads a body of unknown length, destroying it (and its socket) once it passes `max` bytes. */
function readLimited(body: Dispatcher.ResponseData['body'], max: number): Promise<BodyRead> {
  return new Promise<BodyRead>((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    body.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > max) {
        body.destroy();
        resolve({ text: '', tooLarge: true });
        return;
      }
      chunks.push(chunk);
    });
    body.on('end', () => resolve({ text: Buffer.concat(chunks, size).toString('utf8'), tooLarge: false }));
    body.on('error', reject);
  });
}
