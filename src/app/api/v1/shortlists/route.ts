import { withSession } from '@/server/auth/with-session';
import { getDb } from '@/server/db/client';
import { AppError } from '@/server/errors';
import { addToShortlist, addToShortlistSchema, listShortlists } from '@/server/orgs/shortlists';

export const dynamic = 'force-dynamic';

/** GET /api/v1/shortlists — the organisation's lists. POST — add a candidate ({ cvId, shortlistId | newListName }). */
export const GET = withSession(async (_request, { viewer }) => Response.json({ shortlists: await listShortlists(await getDb(), viewer) }), { role: 'employer' });

export const POST = withSession(
  async (request, { viewer }) => {
    const parsed = addToShortlistSchema.safeParse(await request.json().catch(() => null));
    if (!parsed.success) throw AppError.fromZod(parsed.error);
    return Response.json(await addToShortlist(await getDb(), viewer, parsed.data), { status: 201 });
  },
  { role: 'employer' },
);
