import 'server-only';
import type { Database } from '@/server/db/client';
import { wakeDrainer } from './sync/drainer';
import { hasPendingSync, type SyncTopic } from './sync/outbox';

/** Wakes the drainer and waits briefly for the entity to reach search; false means "still catching up". */
export async function waitForSync(db: Database, topic: SyncTopic, entityId: string, timeoutMs = 1500): Promise<boolean> {
  wakeDrainer();
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!(await hasPendingSync(db, topic, entityId))) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return !(await hasPendingSync(db, topic, entityId));
}
