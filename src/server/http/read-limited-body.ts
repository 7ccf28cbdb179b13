import 'server-only';
import { AppError } from '@/server/errors';

function tooLarge(limit: number): AppError {
  const size = limit >= 1024 * 1024 ? `${(limit / 1024 / 1024).toFixed(limit % (1024 * 1024) ? 1 : 0)} MB` : `${Math.round(limit / 1024)} KB`;
  return new AppError('input:too_large', `The request body is larger than this route accepts (${size}). Send a smaller body.`, { limitBytes: limit });
}

/**
 * The request body as bytes, read as a stream and given up the moment it passes `limit` — a chunked upload without a
 * content-length is refused after `limit` bytes, never read whole. A declared content-length over the limit is
 * refused before reading anything.
 */
export async function readLimitedBody(request: Request, limit: number): Promise<Uint8Array> {
  const declared = request.headers.get('content-length');
  if (declared !== null && /^\d+$/.test(declared.trim()) && Number(declared) > limit) throw tooLarge(limit);
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > limit) {
        await reader.cancel().catch(() => undefined);
        throw tooLarge(limit);
      }
      chunks.push(value);
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    // The client went away or sent a broken chunked encoding.
    throw new AppError('input:invalid', 'The request body could not be read to the end. Send it again.');
  }
  const body = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}
