import 'server-only';
import { AppError } from '@/server/errors';
import type { BadgeInput } from './parse/read-badge-input';

/** The body of `POST /api/v1/cv/badges` as the route definer read it (size, content type and JSON already checked). */
export type BadgeUploadBody = { kind: 'json'; value: { text: string } } | { kind: 'multipart'; form: FormData };

/** A badge input from the upload: the form's `file`, or the JSON body's `text`. A form without a file is the client's mistake. */
export async function badgeInputFromUpload(body: BadgeUploadBody): Promise<BadgeInput> {
  if (body.kind === 'json') return { kind: 'text', text: body.value.text };
  const file = body.form.get('file');
  if (!(file instanceof File))
    throw new AppError('input:invalid', 'Choose a badge file to upload (the form field is named "file").', { fields: { file: ['Choose a badge file.'] } });
  return { kind: 'file', filename: file.name || 'badge', bytes: new Uint8Array(await file.arrayBuffer()) };
}
