import 'server-only';
import { eq, sql } from 'drizzle-orm';
import type { Database } from '@/server/db/client';
import { cvs } from '@/server/db/schema';
import { AppError } from '@/server/errors';
import { enqueueSearchSync } from '@/server/search/sync/outbox';
import type { CvUpdate } from './schemas';

export async function getCv(db: Database, cvId: string) {
  const [cv] = await db.select().from(cvs).where(eq(cvs.id, cvId)).limit(1);
  if (!cv) throw new AppError('not_found', 'This CV no longer exists.');
  return cv;
}

/** Saves the CV and announces it to search in the same transaction: a save never waits for Elasticsearch. */
export async function updateCv(db: Database, cvId: string, update: CvUpdate): Promise<{ version: number }> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(cvs)
      .set({ ...update, searchVersion: sql`${cvs.searchVersion} + 1`, updatedAt: sql`now()` })
      .where(eq(cvs.id, cvId))
      .returning({ version: cvs.searchVersion });
    if (!row) throw new AppError('not_found', 'This CV no longer exists.');
    await enqueueSearchSync(tx, 'candidate', [cvId]);
    return row;
  });
}
