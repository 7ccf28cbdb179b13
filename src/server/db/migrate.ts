import 'server-only';
import path from 'node:path';
import { openDatabase } from './client';

export const migrationsFolder = path.join(process.cwd(), 'drizzle');

/** Applies the SQL migrations in `drizzle/` (idempotent). Never called during `next build`. */
export async function migrateDatabase(url: string): Promise<void> {
  const handle = await openDatabase(url, { max: 1 });
  try {
    if (handle.kind === 'pglite') {
      const { migrate } = await import('drizzle-orm/pglite/migrator');
      await migrate(handle.db as never, { migrationsFolder });
    } else {
      const { migrate } = await import('drizzle-orm/node-postgres/migrator');
      await migrate(handle.db as never, { migrationsFolder });
    }
  } finally {
    await handle.close();
  }
}
