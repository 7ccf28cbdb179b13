// Integration: real PostgreSQL. An owner creates a key, the key authenticates and is counted, a revocation is
// refused on the very next request; members may list but not create; another organisation's owner cannot revoke.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadViewer, type Viewer } from '@/server/auth/viewer';
import { closeDb, type Database } from '@/server/db/client';
import { apiKeys, memberships } from '@/server/db/schema';
import { AppError } from '@/server/errors';
import { createOrgOwnerViewer, createSeeker, testDatabase } from '@/server/testing/integration';
import { authenticateApiKey } from './authenticate-api-key';
import { createApiKey } from './create-api-key';
import { hashSecret, parseApiKey } from './key-format';
import { listApiKeys } from './list-api-keys';
import { revokeApiKey } from './revoke-api-key';

let db: Database;
let close: () => Promise<void>;
beforeAll(async () => ({ db, close } = await testDatabase()));
afterAll(async () => {
  await close();
  await closeDb(); // loadViewer's handle
});

/** A new employer organisation and its owner. */
async function newOwner(): Promise<Viewer> {
  const viewer = await createOrgOwnerViewer(db, 'Owner');
  expect(viewer.orgs).toEqual([expect.objectContaining({ role: 'owner' })]);
  return viewer;
}

async function newMember(orgId: string): Promise<Viewer> {
  const seeker = await createSeeker(db);
  await db.insert(memberships).values({ userId: seeker.userId, orgId, role: 'member' });
  return (await loadViewer(seeker.userId))!;
}

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

const at = (iso: string) => new Date(iso);

describe('organisation API keys', () => {
  it('create → authenticate (counted) → revoke → refused on the next request', async () => {
    const owner = await newOwner();
    const org = owner.orgs[0]!;
    const { key, token } = await createApiKey(db, owner, { orgId: org.id, name: 'Careers portal', scopes: ['search', 'verify'] });
    expect(key).toMatchObject({
      orgId: org.id,
      name: 'Careers portal',
      scopes: ['search', 'verify'],
      useCount: 0,
      lastUsedAt: null,
      revokedAt: null,
      createdByName: 'Owner',
    });
    expect(token.startsWith(`bb_${key.prefix}_`)).toBe(true);

    // Only the prefix and the hash of the secret are stored.
    const [row] = await db.select().from(apiKeys).where(eq(apiKeys.id, key.id));
    const { secret } = parseApiKey(token)!;
    expect(row!.secretHash).toBe(hashSecret(secret));
    expect(JSON.stringify(row)).not.toContain(secret);

    const principal = await authenticateApiKey(token, { db, now: at('2026-03-01T10:00:00Z') });
    expect(principal).toEqual({ keyId: key.id, orgId: org.id, orgName: org.name, name: 'Careers portal', scopes: ['search', 'verify'] });
    await authenticateApiKey(token, { db, now: at('2026-03-01T10:05:00Z') });
    const [listed] = await listApiKeys(db, owner, org.id);
    expect(listed).toMatchObject({ id: key.id, useCount: 2, lastUsedAt: at('2026-03-01T10:05:00Z') });
    expect(listed).not.toHaveProperty('secretHash');

    const revoked = await revokeApiKey(db, owner, key.id, at('2026-03-01T11:00:00Z'));
    expect(revoked.revokedAt).toEqual(at('2026-03-01T11:00:00Z'));
    expect(await authenticateApiKey(token, { db, now: at('2026-03-01T11:00:01Z') })).toBeNull();
    // Revoking again keeps the first time; a refused call is not counted.
    expect((await revokeApiKey(db, owner, key.id, at('2026-03-02T09:00:00Z'))).revokedAt).toEqual(at('2026-03-01T11:00:00Z'));
    expect((await listApiKeys(db, owner, org.id))[0]).toMatchObject({ useCount: 2 });
  });

  it('is refused at once when revoked in another process (the memo of this one still holds the key)', async () => {
    const owner = await newOwner();
    const { key, token } = await createApiKey(db, owner, { orgId: owner.orgs[0]!.id, name: 'Elsewhere', scopes: ['jobs'] });
    expect(await authenticateApiKey(token, { db })).not.toBeNull();
    await db.update(apiKeys).set({ revokedAt: new Date() }).where(eq(apiKeys.id, key.id)); // not through revokeApiKey: no forget here
    expect(await authenticateApiKey(token, { db })).toBeNull();
  });

  it('refuses a wrong secret for a real prefix without counting it, and unknown or malformed tokens', async () => {
    const owner = await newOwner();
    const { key, token } = await createApiKey(db, owner, { orgId: owner.orgs[0]!.id, name: 'Portal', scopes: ['search'] });
    const last = token.at(-1) === 'A' ? 'B' : 'A';
    expect(await authenticateApiKey(`${token.slice(0, -1)}${last}`, { db })).toBeNull();
    expect(await authenticateApiKey(`bb_zzzzzzzzzz_${'A'.repeat(43)}`, { db })).toBeNull();
    expect(await authenticateApiKey('not-a-key', { db })).toBeNull();
    expect((await listApiKeys(db, owner, owner.orgs[0]!.id))[0]).toMatchObject({ id: key.id, useCount: 0, lastUsedAt: null });
  });

  it('a member can list the keys but not create or revoke one', async () => {
    const owner = await newOwner();
    const orgId = owner.orgs[0]!.id;
    const member = await newMember(orgId);
    expect(member.orgs).toEqual([expect.objectContaining({ id: orgId, role: 'member' })]);
    const { key } = await createApiKey(db, owner, { orgId, name: 'Portal', scopes: ['search'] });

    expect((await listApiKeys(db, member, orgId)).map((k) => k.id)).toEqual([key.id]);
    const create = await refusal(createApiKey(db, member, { orgId, name: 'Mine', scopes: ['search'] }));
    expect(create.code).toBe('auth:forbidden');
    expect(create.message).toMatch(/Only an owner of .+ can create API keys/);
    expect((await refusal(revokeApiKey(db, member, key.id))).code).toBe('auth:forbidden');
    expect(await listApiKeys(db, owner, orgId)).toHaveLength(1);
    expect((await listApiKeys(db, owner, orgId))[0]!.revokedAt).toBeNull();
  });

  it('another organisation’s owner cannot revoke, list or create for it, and learns nothing about its keys', async () => {
    const owner = await newOwner();
    const stranger = await newOwner();
    const orgId = owner.orgs[0]!.id;
    const { key, token } = await createApiKey(db, owner, { orgId, name: 'Portal', scopes: ['search'] });

    const revoke = await refusal(revokeApiKey(db, stranger, key.id));
    expect(revoke.code).toBe('not_found');
    expect((await refusal(listApiKeys(db, stranger, orgId))).code).toBe('auth:forbidden');
    expect((await refusal(createApiKey(db, stranger, { orgId, name: 'Sneaky', scopes: ['search'] }))).code).toBe('auth:forbidden');
    expect(await authenticateApiKey(token, { db })).not.toBeNull();
    expect(await listApiKeys(db, stranger, stranger.orgs[0]!.id)).toEqual([]);
  });

  it('lists live keys first, newest first', async () => {
    const owner = await newOwner();
    const orgId = owner.orgs[0]!.id;
    const first = await createApiKey(db, owner, { orgId, name: 'First', scopes: ['search'] });
    await createApiKey(db, owner, { orgId, name: 'Second', scopes: ['verify'] });
    await createApiKey(db, owner, { orgId, name: 'Third', scopes: ['jobs'] });
    await revokeApiKey(db, owner, first.key.id);
    expect((await listApiKeys(db, owner, orgId)).map((k) => k.name)).toEqual(['Third', 'Second', 'First']);
  });

  it('goes with its organisation', async () => {
    const owner = await newOwner();
    const { token } = await createApiKey(db, owner, { orgId: owner.orgs[0]!.id, name: 'Portal', scopes: ['search'] });
    const { organisations } = await import('@/server/db/schema');
    await db.delete(organisations).where(eq(organisations.id, owner.orgs[0]!.id));
    expect(await authenticateApiKey(token, { db })).toBeNull();
  });
});
