import 'server-only';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import type { Database } from '@/server/db/client';
import { concepts } from '@/server/db/schema';
import { readEscoFolder } from './esco/read-esco-folder';
import { importTaxonomy, type ImportSummary } from './import-taxonomy';

export const SHIPPED_ESCO_FOLDER = path.join(process.cwd(), 'data', 'esco');

/** Loads the ESCO v1.2.0 extract shipped in data/esco unless ESCO concepts are already there. */
export async function ensureEscoLoaded(db: Database, onProgress?: (phase: string, done: number, total: number) => void): Promise<ImportSummary | null> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(concepts)
    .where(sql`${concepts.frameworkId} = 'esco'`);
  if (Number(row?.n ?? 0) > 0) return null;
  return importTaxonomy(db, readEscoFolder(SHIPPED_ESCO_FOLDER), onProgress);
}
