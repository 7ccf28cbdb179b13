import { deleteAccount } from '@/server/account/personal-data';
import { withSession } from '@/server/auth/with-session';
import { getDb } from '@/server/db/client';
import { AppError } from '@/server/errors';
import { wakeDrainer } from '@/server/search/sync/drainer';

export const dynamic = 'force-dynamic';

/** DELETE /api/v1/me with `{ "confirm": "delete my account" }` — removes the account, CV, badges and applications. */
export const DELETE = withSession(async (request, { viewer }) => {
  const body = (await request.json().catch(() => null)) as { confirm?: string } | null;
  if (body?.confirm !== 'delete my account') throw new AppError('input:invalid', 'To delete your account, confirm with the words "delete my account".');
  await deleteAccount(await getDb(), viewer.id);
  wakeDrainer();
  return new Response(null, { status: 204 });
});
