// Integration: real PostgreSQL and Elasticsearch.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '@/server/db/client';
import { startSession } from '@/server/auth/sessions';
import { updateCv } from '@/server/cv/service';
import { drainAll } from '@/server/devstack/search-setup';
import { aliasFor } from '@/server/search/indices/registry';
import { createSeeker, insertBadge, testDatabase, testSearch } from '@/server/testing/integration';
import { deleteAccount, exportPersonalData } from './personal-data';

let db: Database;
let close: () => Promise<void>;
const search = testSearch();
beforeAll(async () => ({ db, close } = await testDatabase()));
afterAll(async () => close());

describe('personal data', () => {
  it('exports everything about a seeker, then deletes the account and its search document', async () => {
    const seeker = await createSeeker(db, 'Leaving Soon');
    await updateCv(db, seeker.cvId, { headline: 'Plasterer', summary: '', location: 'Oban', visibility: 'public' });
    await insertBadge(db, seeker, { name: 'Plastering Level 2' });
    const sessionId = await startSession(db, seeker.userId, {
      userAgent: 'Mozilla/5.0 (X11; Linux x86_64) Firefox/140.0',
      now: new Date('2026-03-01T10:00:00Z'),
    });
    await drainAll(db, search);
    const data = await exportPersonalData(db, seeker.userId);
    expect(data.account.email).toBe(seeker.email);
    expect(data.cv?.headline).toBe('Plasterer');
    expect(data.badges.map((badge) => badge.achievementName)).toEqual(['Plastering Level 2']);
    expect(data.badges[0]?.raw).toBeTruthy();
    // Sign-ins are personal data too; the session id (what a cookie names) is not exported.
    expect(data.sessions).toEqual([expect.objectContaining({ userAgent: 'Mozilla/5.0 (X11; Linux x86_64) Firefox/140.0', revokedAt: null })]);
    expect(JSON.stringify(data)).not.toContain(sessionId);

    await deleteAccount(db, seeker.userId);
    await drainAll(db, search);
    expect(await search.client.exists({ index: aliasFor(search.prefix, 'candidates'), id: seeker.cvId })).toBe(false);
    await expect(exportPersonalData(db, seeker.userId)).rejects.toMatchObject({ code: 'not_found' });
  });
});
