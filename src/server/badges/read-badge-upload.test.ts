// The upload body of POST /api/v1/cv/badges: a good multipart or JSON body is read; anything else is a 4xx, never a 500.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AppError } from '@/server/errors';
import { readBadgeUpload } from './read-badge-upload';

const post = (body: BodyInit, contentType: string) => new Request('http://localhost/api/v1/cv/badges', { method: 'POST', body, headers: { 'content-type': contentType } });

async function refusal(request: Request) {
  const error = await readBadgeUpload(request).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  return { code: (error as AppError).code, status: (error as AppError).status };
}

describe('reading a badge upload', () => {
  it('reads a multipart file and a JSON text body', async () => {
    const form = new FormData();
    form.set('file', new File(['{"a":1}'], 'badge.json'));
    expect(await readBadgeUpload(new Request('http://localhost/', { method: 'POST', body: form }))).toEqual({ kind: 'file', filename: 'badge.json', bytes: new Uint8Array(Buffer.from('{"a":1}')) });
    expect(await readBadgeUpload(post(JSON.stringify({ text: 'eyJ' }), 'application/json'))).toEqual({ kind: 'text', text: 'eyJ' });
  });

  it.each([
    ['no boundary', 'multipart/form-data'],
    ['a boundary the body does not use', 'multipart/form-data; boundary=xyz'],
  ])('refuses a malformed multipart body (%s) with 400', async (_name, type) => {
    expect(await refusal(post('--abc\r\nContent-Disposition: form-data; name="file"\r\n\r\nhello', type))).toEqual({ code: 'input:invalid', status: 400 });
  });

  it('refuses a truncated multipart body with 400', async () => {
    const body = '--b\r\nContent-Disposition: form-data; name="file"; filename="x.png"\r\nContent-Type: image/png\r\n\r\n\x89PNG';
    expect(await refusal(post(body, 'multipart/form-data; boundary=b'))).toEqual({ code: 'input:invalid', status: 400 });
  });

  it('refuses a form without a file, and JSON without text', async () => {
    const form = new FormData();
    form.set('file', 'just a string');
    expect((await refusal(new Request('http://localhost/', { method: 'POST', body: form }))).status).toBe(400);
    expect((await refusal(post('[1,2]', 'application/json'))).status).toBe(400);
    expect((await refusal(post('not json', 'text/plain'))).status).toBe(400);
  });

  it('fuzz: any body under any multipart or JSON content type is read or refused with a 4xx', async () => {
    const type = fc.oneof(
      fc.constantFrom('multipart/form-data', 'application/json', 'text/plain', ''),
      fc.string({ maxLength: 12 }).map((boundary) => `multipart/form-data; boundary=${boundary.replace(/[\r\n]/g, '')}`),
    );
    const part = fc.record({ boundary: fc.constantFrom('b', 'xyz'), name: fc.constantFrom('file', 'other', ''), filename: fc.string({ maxLength: 6 }), data: fc.uint8Array({ maxLength: 60 }), close: fc.boolean() });
    const body = fc.oneof(
      fc.uint8Array({ maxLength: 200 }),
      part.map(({ boundary, name, filename, data, close }) =>
        Buffer.concat([Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"; filename="${filename.replace(/["\r\n]/g, '')}"\r\n\r\n`), data, Buffer.from(close ? `\r\n--${boundary}--\r\n` : '')]),
      ),
      fc.jsonValue({ maxDepth: 2 }).map((value) => Buffer.from(JSON.stringify(value))),
    );
    await fc.assert(
      fc.asyncProperty(body, type, async (bytes, contentType) => {
        try {
          const input = await readBadgeUpload(post(new Uint8Array(bytes), contentType));
          expect(['file', 'text']).toContain(input.kind);
        } catch (error) {
          if (!(error instanceof AppError)) throw new Error(`Not an AppError: ${String(error)}`, { cause: error });
          expect(error.status).toBeGreaterThanOrEqual(400);
          expect(error.status).toBeLessThan(500);
        }
      }),
      { seed: Number(process.env.FUZZ_SEED ?? 20261203), numRuns: 300 },
    );
  });
});
