import 'server-only';
import type { IncomingMessage } from 'node:http';
import { pipeline, type Readable, type Transform } from 'node:stream';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import { FetchRefusedError, formatBytes } from './fetch-refused-error';

/**
 * Reads a response body, decompressing per `content-encoding`, and stops the moment it grows
 * past `maxBytes`. The cap is applied to the decompressed bytes, so a small gzip bomb is
 * refused after `maxBytes` of output rather than after it has filled memory.
 */
export async function readBody(response: IncomingMessage, url: string, maxBytes: number): Promise<Buffer> {
  const declared = Number(response.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes) {
    response.destroy();
    throw tooLarge(url, maxBytes, declared);
  }

  const decoders = decodersFor(response.headers['content-encoding'], url, response);
  const body: Readable = decoders.length === 0 ? response : (decoders.at(-1) as Transform);
  // Once one stream fails the pipeline fails the others, so the first error names the culprit.
  let failedFirst: 'connection' | 'decoding' | undefined;
  response.on('error', () => (failedFirst ??= 'connection'));
  for (const decoder of decoders) decoder.on('error', () => (failedFirst ??= 'decoding'));
  if (decoders.length > 0) pipeline([response, ...decoders], () => {});

  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of body) {
      const bytes = chunk as Buffer;
      size += bytes.length;
      if (size > maxBytes) throw tooLarge(url, maxBytes);
      chunks.push(bytes);
    }
  } catch (error) {
    if (error instanceof FetchRefusedError) throw error;
    throw new FetchRefusedError(
      'network',
      url,
      failedFirst === 'decoding'
        ? `${url} sent a compressed answer that could not be read. Try again later, or upload the badge file instead.`
        : `${url} stopped sending before the answer was complete. Try again later, or upload the badge file instead.`,
      { cause: error },
    );
  } finally {
    // Leaving the loop early (too large, or an error) must not keep the connection open.
    response.destroy();
    for (const decoder of decoders) decoder.destroy();
  }
  return Buffer.concat(chunks, size);
}

function decodersFor(header: string | undefined, url: string, response: IncomingMessage): Transform[] {
  const encodings = (header ?? '')
    .split(',')
    .map((e) => e.trim().toLowerCase())
    .filter((e) => e && e !== 'identity');
  // Encodings are listed in the order they were applied, so they are undone in reverse.
  return encodings.reverse().map((encoding) => {
    if (encoding === 'gzip' || encoding === 'x-gzip') return createGunzip();
    if (encoding === 'deflate') return createInflate();
    if (encoding === 'br') return createBrotliDecompress();
    response.destroy();
    throw new FetchRefusedError(
      'content_type',
      url,
      `${url} sent its answer compressed as "${encoding}", which cannot be read. Upload the badge file instead.`,
    );
  });
}

/** `declared` is the content-length when the server announced one; otherwise we only know it was more. */
function tooLarge(url: string, maxBytes: number, declared?: number): FetchRefusedError {
  const limit = formatBytes(maxBytes);
  const sent = declared === undefined ? `more than ${limit}` : formatBytes(declared);
  return new FetchRefusedError('too_large', url, `${url} sent ${sent}; the limit is ${limit}. Upload the badge file instead.`);
}
