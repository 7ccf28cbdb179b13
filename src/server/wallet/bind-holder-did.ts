import 'server-only';
// INTERFACE STUB (lead): the holder-binding helper replaces the body; the signature stays.
import type { Database, Tx } from '@/server/db/client';

/**
 * Records that this seeker proved control of `did` (a presentation signed for one of our challenges): a
 * `seeker_identities` row (type `did`, method `did_auth`, verified now). Idempotent for the same seeker; a DID already
 * proven by another account is refused (AppError `conflict`). Returns whether it is new for this seeker.
 */
export async function bindHolderDid(db: Database | Tx, userId: string, did: string): Promise<{ added: boolean }> {
  void db;
  void userId;
  void did;
  throw new Error('not implemented yet');
}
