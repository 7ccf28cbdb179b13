import 'server-only';
import { AppError } from '@/server/errors';
import { MAX_IMAGE_BYTES, type BadgeInput } from './parse/read-badge-input';

/**
 * The body of `POST /api/v1/cv/badges` as a badge input: multipart with `file`, or JSON `{ "text": … }`.
 * Whatever the client sends that cannot be read (a broken multipart body, JSON that is not an object) is refused as
 * the client's mistake (4xx), never left to throw a TypeError that would become a 500.
 */
export async function readBadgeUpload(request: Request): Promise<BadgeInput> {
  const length = Number(request.headers.get('content-length') ?? 0);
  if (length > MAX_IMAGE_BYTES + 64 * 1024) throw new AppError('input:too_large', `That upload is ${(length / 1024 / 1024).toFixed(0)} MB; badge images are at most 5 MB. Export the badge from your wallet again.`);
  const type = request.headers.get('content-type') ?? '';
  if (type.toLowerCase().startsWith('multipart/form-data')) {
    const form = await request.formData().catch(() => {
      throw new AppError('input:invalid', 'The upload could not be read as a form. Choose the badge file again and resend it.');
    });
    const file = form.get('file');
    if (!(file instanceof File)) throw new AppError('input:invalid', 'Choose a badge file to upload.');
    return { kind: 'file', filename: file.name || 'badge', bytes: new Uint8Array(await file.arrayBuffer()) };
  }
  const body = (await request.json().catch(() => null)) as { text?: unknown } | null;
  if (typeof body?.text !== 'string') throw new AppError('input:invalid', 'Send the badge as a file, or as JSON { "text": … } holding its JSON, JWT or URL.');
  return { kind: 'text', text: body.text };
}
