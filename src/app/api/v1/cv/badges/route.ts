import { renderCheck } from '@/lib/verification/render';
import { withSession } from '@/server/auth/with-session';
import { attachBadges } from '@/server/badges/attach-badges';
import { MAX_IMAGE_BYTES, type BadgeInput } from '@/server/badges/parse/read-badge-input';
import { getDb } from '@/server/db/client';
import { AppError } from '@/server/errors';
import { wakeDrainer } from '@/server/search/sync/drainer';

export const dynamic = 'force-dynamic';

/**
 * POST /api/v1/cv/badges — attach one badge: multipart with `file` (baked PNG/SVG or JSON), or JSON
 * `{ "text": "<json | jwt | https URL>" }`. The size is checked before the body is read.
 */
export const POST = withSession(
  async (request, { viewer }) => {
    const length = Number(request.headers.get('content-length') ?? 0);
    if (length > MAX_IMAGE_BYTES + 64 * 1024) throw new AppError('input:too_large', `That upload is ${(length / 1024 / 1024).toFixed(0)} MB; badge images are at most 5 MB. Export the badge from your wallet again.`);
    const type = request.headers.get('content-type') ?? '';
    let input: BadgeInput;
    if (type.startsWith('multipart/form-data')) {
      const file = (await request.formData()).get('file');
      if (!(file instanceof File)) throw new AppError('input:invalid', 'Choose a badge file to upload.');
      input = { kind: 'file', filename: file.name || 'badge', bytes: new Uint8Array(await file.arrayBuffer()) };
    } else {
      const body = (await request.json().catch(() => null)) as { text?: unknown } | null;
      if (typeof body?.text !== 'string') throw new AppError('input:invalid', 'Send the badge as a file, or as JSON { "text": … } holding its JSON, JWT or URL.');
      input = { kind: 'text', text: body.text };
    }
    const attached = await attachBadges(await getDb(), { userId: viewer.id, cvId: viewer.cvId! }, input);
    wakeDrainer();
    return Response.json({ attached: attached.map((badge) => ({ ...badge, failing: badge.failing && renderCheck(badge.failing) })) }, { status: 201 });
  },
  { role: 'seeker' },
);
