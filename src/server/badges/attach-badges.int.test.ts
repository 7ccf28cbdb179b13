// Integration: real PostgreSQL and Elasticsearch, real signatures, a local issuer website.
import { renderReason } from '@/lib/verification/render';
import { count, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { confirmEmail, verificationToken } from '@/server/auth/email-verification';
import type { Database } from '@/server/db/client';
import { badges, users } from '@/server/db/schema';
import { drainAll } from '@/server/devstack/search-setup';
import { aliasFor } from '@/server/search/indices/registry';
import { findConcept } from '@/server/taxonomy/concepts';
import { createSeeker, testDatabase, testSearch } from '@/server/testing/integration';
import { attachBadges } from './attach-badges';
import { bakePng, badgeImagePng } from './issuing/bake';
import { startFixtureHost, type FixtureHost } from './issuing/fixture-host';
import { ob3Credential, signDataIntegrity } from './issuing/issue-ob3';
import { didKeyIssuer, type IssuerKey } from './issuing/issuer-keys';
import { reverifyBadge } from './reverify-badge';

const PYTHON = 'http://data.europa.eu/esco/skill/ccd0a1d9-afda-43d9-b901-96344886e14d';
let db: Database;
let close: () => Promise<void>;
let host: FixtureHost;
let issuer: IssuerKey;
const search = testSearch();

async function seekerWithEmail(verified: boolean) {
  const seeker = await createSeeker(db, 'Morag Campbell');
  if (verified)
    await db
      .update(users)
      .set({ emailVerifiedAt: sql`now()` })
      .where(eq(users.id, seeker.userId));
  return seeker;
}
async function pythonBadge(email: string, extra: Record<string, unknown> = {}) {
  const credential = ob3Credential({
    issuer,
    issuerName: 'Clyde Data Academy',
    recipientEmail: email,
    achievement: {
      id: 'https://academy.example/achievements/python',
      name: 'Python Foundations',
      description: 'Python basics',
      criteria: 'Practical exam',
      alignments: [
        { targetName: 'Python', targetUrl: PYTHON, targetFramework: 'ESCO' },
        {
          targetName: 'Data wrangling',
          targetUrl: 'https://clyde.example/frameworks/skills/DW-2',
          targetCode: 'DW-2',
          targetFramework: 'Clyde Skills Framework',
        },
      ],
    },
    ...extra,
  });
  return JSON.stringify(await signDataIntegrity(credential, issuer));
}
const badgeCount = async (userId: string) => Number((await db.select({ n: count() }).from(badges).where(eq(badges.userId, userId)))[0]!.n);

beforeAll(async () => {
  ({ db, close } = await testDatabase());
  host = await startFixtureHost();
  issuer = await didKeyIssuer('integration-academy');
});
afterAll(async () => {
  await host.close();
  await close();
});

describe('attaching badges to a CV', () => {
  it('stores a baked PNG badge as verified, maps its skills, and search sees it under the S5 group', async () => {
    const seeker = await seekerWithEmail(true);
    const png = bakePng(badgeImagePng([15, 118, 110]), await pythonBadge(seeker.email), 'openbadgecredential');
    const [attached] = await attachBadges(db, seeker, { kind: 'file', filename: 'python.png', bytes: png });
    expect(attached).toMatchObject({ name: 'Python Foundations', issuerName: 'Clyde Data Academy', state: 'verified', failing: null });
    const [row] = await db.select().from(badges).where(eq(badges.id, attached!.id));
    expect(row?.source).toBe('png');
    expect(row?.skillKeys).toEqual(expect.arrayContaining([PYTHON, 'clyde-skills-framework:DW-2']));
    expect(row?.alignments.find((a) => a.targetCode === 'DW-2')).toMatchObject({ recognised: false });
    expect(row?.raw).toContain('"proof"');

    await drainAll(db, search);
    const s5 = (await findConcept(db, 'S5'))!.key;
    await search.client.indices.refresh({ index: aliasFor(search.prefix, 'candidates') });
    const hit = await search.client.search({
      index: aliasFor(search.prefix, 'candidates'),
      // Only this seeker's CV: other tests index CVs with S5 badges too, and a page holds ten hits.
      query: {
        bool: {
          filter: [
            { term: { cv_id: seeker.cvId } },
            { nested: { path: 'badges', query: { bool: { filter: [{ term: { 'badges.expanded_codes': s5 } }, { term: { 'badges.state': 'verified' } }] } } } },
          ],
        },
      },
    });
    expect(hit.hits.hits.map((h) => h._id)).toEqual([seeker.cvId]);
  });

  it('refuses the same badge twice, and someone else’s proven badge, storing nothing', async () => {
    const seeker = await seekerWithEmail(true);
    const json = await pythonBadge(seeker.email);
    await attachBadges(db, seeker, { kind: 'text', text: json });
    await expect(attachBadges(db, seeker, { kind: 'text', text: json })).rejects.toMatchObject({
      code: 'conflict',
      message: expect.stringContaining('already on your CV'),
    });
    const thief = await seekerWithEmail(true);
    await expect(attachBadges(db, thief, { kind: 'text', text: json })).rejects.toMatchObject({
      code: 'conflict',
      message: expect.stringContaining('another account'),
    });
    expect(await badgeCount(seeker.userId)).toBe(1);
    expect(await badgeCount(thief.userId)).toBe(0);
  });

  it('refuses a badge with a 40,000-character achievement name, signed or not, naming the field and the limit; nothing is stored', async () => {
    const seeker = await seekerWithEmail(true);
    const long = 'N'.repeat(40_000);
    const signed = JSON.stringify(
      await signDataIntegrity(
        ob3Credential({
          issuer,
          issuerName: 'Clyde Data Academy',
          recipientEmail: seeker.email,
          achievement: { id: 'https://academy.example/achievements/long', name: long, description: 'x', criteria: 'x' },
        }),
        issuer,
      ),
    );
    const unsigned = JSON.stringify(
      ob3Credential({
        issuer,
        issuerName: 'Clyde Data Academy',
        recipientEmail: seeker.email,
        achievement: { id: 'https://academy.example/achievements/long', name: long, description: 'x', criteria: 'x' },
      }),
    );
    for (const text of [signed, unsigned]) {
      await expect(attachBadges(db, seeker, { kind: 'text', text })).rejects.toMatchObject({
        code: 'input:invalid',
        message: expect.stringMatching(/achievement name of this badge is 40,000 characters long; Badgeboard accepts at most 500/i),
        details: { field: 'achievement.name', limit: 500, length: 40_000 },
      });
    }
    // A presentation holding one such badge beside a good one is refused whole.
    const presentation = JSON.stringify({
      '@context': ['https://www.w3.org/ns/credentials/v2'],
      type: ['VerifiablePresentation'],
      verifiableCredential: [JSON.parse(await pythonBadge(seeker.email)), JSON.parse(signed)],
    });
    await expect(attachBadges(db, seeker, { kind: 'text', text: presentation })).rejects.toMatchObject({
      code: 'input:invalid',
      details: { field: 'achievement.name' },
    });
    expect(await badgeCount(seeker.userId)).toBe(0);
  });

  it('keeps a failing badge with its reason: issued to another address', async () => {
    const seeker = await seekerWithEmail(true);
    const [attached] = await attachBadges(db, seeker, { kind: 'text', text: await pythonBadge('someone.else@example.test') });
    expect(attached).toMatchObject({ state: 'failed', failing: { check: 'recipient', code: 'other_recipient' } });
    expect(renderReason(attached!.failing!)).toContain('not one of yours');
  });

  it('marks a badge unverified until the address it was issued to is verified, then re-checks it', async () => {
    const seeker = await seekerWithEmail(false);
    const [attached] = await attachBadges(db, seeker, { kind: 'text', text: await pythonBadge(seeker.email) });
    expect(attached?.state).toBe('unverified');
    const result = await confirmEmail(db, verificationToken(seeker.userId, seeker.email, process.env.NEXTAUTH_SECRET!));
    expect(result.badgesRechecked).toBe(1);
    const [row] = await db.select({ state: badges.state }).from(badges).where(eq(badges.id, attached!.id));
    expect(row?.state).toBe('verified');
  });

  it('re-verifies a stored badge from its cached proof, and notices expiry', async () => {
    const seeker = await seekerWithEmail(true);
    const [attached] = await attachBadges(db, seeker, { kind: 'text', text: await pythonBadge(seeker.email, { validUntil: '2027-06-30T00:00:00Z' }) });
    expect(attached?.state).toBe('verified');
    const later = await reverifyBadge(db, attached!.id, new Date('2027-07-01T00:00:00Z'));
    expect(later).toEqual({ state: 'expired', changed: true });
  });

  it.each([
    [
      'a corrupt PNG',
      { kind: 'file', filename: 'x.png', bytes: Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 13, 10, 26, 10]), Buffer.from([0, 0, 0, 99, 73, 72])]) },
      /damaged/,
    ],
    ['a 6 MB upload', { kind: 'file', filename: 'huge.png', bytes: new Uint8Array(6 * 1024 * 1024) }, /larger than 5 MB/],
    ['a JSON bomb', { kind: 'text', text: `${'['.repeat(100_000)}${']'.repeat(100_000)}` }, /nested|parts|1 MB|not valid JSON/],
    ['a URL on the loopback address', { kind: 'text', text: 'http://127.0.0.1:9/assertion.json' }, /private or local/],
    ['the cloud metadata address', { kind: 'text', text: 'http://169.254.169.254/latest/meta-data/' }, /private or local/],
    ['not a badge', { kind: 'text', text: '{"hello":"world"}' }, /not an Open Badge/],
  ] as const)('refuses %s with a clear message and stores nothing', async (_label, input, message) => {
    const seeker = await seekerWithEmail(true);
    await expect(attachBadges(db, seeker, input as never)).rejects.toMatchObject({ message: expect.stringMatching(message) });
    expect(await badgeCount(seeker.userId)).toBe(0);
  });

  it('gives up on a hosted URL that hangs within a few seconds', async () => {
    const seeker = await seekerWithEmail(true);
    host.hang.add('/slow-assertion.json');
    const started = Date.now();
    await expect(attachBadges(db, seeker, { kind: 'text', text: `${host.base}/slow-assertion.json` })).rejects.toMatchObject({
      message: expect.stringMatching(/longer than 5 s/),
    });
    expect(Date.now() - started).toBeLessThan(8_000);
    expect(await badgeCount(seeker.userId)).toBe(0);
  });
});
