import 'server-only';
import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { hashPassword } from '@/server/auth/password';
import type { Database } from '@/server/db/client';
import { checkResult, type CheckResult, type VerificationReport } from '@/lib/verification/model';
import { badges, cvs, knownIssuers, users } from '@/server/db/schema';
import { normaliseIssuerName } from '@/server/issuers/normalise-issuer-name';
import { buildCatalogue, type GeneratedAchievement } from './catalogue';
import { generateJobs } from './generate-jobs';
import { firstNames, headlines, locations, summaries, surnames } from './people';
import { createRandom } from './random';
import { signedBadgeJwt } from './signed-jwt';

export const GENERATED_DOMAIN = 'generated.badgeboard.test';
export type SeedOptions = {
  candidates: number;
  jobs: number;
  seed: number;
  batchSize?: number;
  onProgress?: (phase: 'candidates' | 'jobs', done: number, total: number) => void;
};

function report(state: VerificationReport['state'], achievement: GeneratedAchievement, email: string, at: string, expiry: string | null): VerificationReport {
  const issuer = achievement.issuer;
  const did = issuer.key.did;
  const checks: CheckResult[] = [
    checkResult('format', 'ok', 'readable', { kind: 'ob3', jwt: true }),
    checkResult('proof', 'ok', 'valid', { suite: 'JWT EdDSA', verificationMethod: `${did}#${did.slice('did:key:'.length)}` }),
    issuer.trusted
      ? checkResult('issuer', 'ok', 'known', { id: did, name: issuer.name, domains: [], source: 'admin' })
      : checkResult('issuer', 'warning', 'unknown', { id: did, claimedName: issuer.name }),
    state === 'revoked' ? checkResult('status', 'failed', 'revoked') : checkResult('status', 'skipped', 'not_applicable'),
    state === 'expired'
      ? checkResult('validity', 'failed', 'expired', { on: expiry })
      : expiry
        ? checkResult('validity', 'ok', 'valid_until', { until: expiry })
        : checkResult('validity', 'ok', 'no_expiry', { issued: null }),
    state === 'unverified'
      ? checkResult('recipient', 'skipped', 'unverified_identity', { kind: 'email', identity: email })
      : checkResult('recipient', 'ok', 'bound', { kind: 'email', identity: email }),
  ];
  const trust = {
    id: did,
    claimedName: issuer.name,
    known: issuer.trusted,
    knownName: issuer.trusted ? issuer.name : null,
    domains: [],
    source: issuer.trusted ? ('admin' as const) : null,
  };
  return { state, checks, checkedAt: at, issuer: trust };
}

/**
 * The bulk path of `npm run seed`: writes the same rows the services would (users, CVs, badges with real
 * signed VC-JWTs and their reports, jobs with requirements), in batches, without outbox rows; the caller
 * rebuilds the indices from Postgres afterwards (`reindex`), which yields the same documents the outbox would.
 */
export async function bulkSeed(db: Database, options: SeedOptions): Promise<{ candidates: number; badges: number; jobs: number; issuers: number }> {
  const random = createRandom(options.seed);
  const batchSize = options.batchSize ?? 1000;
  const { issuers, achievements } = await buildCatalogue(db, random);
  for (const issuer of issuers.filter((i) => i.trusted)) {
    await db
      .insert(knownIssuers)
      .values({
        issuerId: issuer.key.did,
        name: issuer.name,
        normalisedName: normaliseIssuerName(issuer.name),
        source: 'admin',
        sourceDetail: 'generated bench data',
      })
      .onConflictDoNothing();
  }
  const passwordHash = await hashPassword('badgeboard-demo');
  const now = Date.now();
  let badgeCount = 0;
  for (let start = 0; start < options.candidates; start += batchSize) {
    const count = Math.min(batchSize, options.candidates - start);
    const userRows: (typeof users.$inferInsert)[] = [];
    const cvRows: (typeof cvs.$inferInsert)[] = [];
    const badgeRows: (typeof badges.$inferInsert)[] = [];
    for (let n = start; n < start + count; n++) {
      const userId = random.uuid();
      const cvId = random.uuid();
      const email = `candidate-${n}@${GENERATED_DOMAIN}`;
      const emailVerified = random.next() < 0.95;
      const updated = new Date(now - random.int(0, 400) * 86_400_000);
      userRows.push({
        id: userId,
        email,
        name: `${random.pick(firstNames)} ${random.pick(surnames)}`,
        passwordHash,
        emailVerifiedAt: emailVerified ? updated : null,
        createdAt: updated,
      });
      cvRows.push({
        id: cvId,
        userId,
        headline: random.pick(headlines),
        summary: random.pick(summaries),
        location: random.pick(locations),
        visibility: random.next() < 0.05 ? 'hidden' : random.next() < 0.3 ? 'public' : 'employers',
        searchVersion: 1,
        createdAt: updated,
        updatedAt: updated,
      });
      const held = Math.min(12, Math.floor(-Math.log(1 - random.next()) * 5));
      const chosen = new Set<number>();
      for (let b = 0; b < held; b++) chosen.add(random.zipf(achievements.length, 0.9));
      for (const index of chosen) {
        const achievement = achievements[index]!;
        const issued = new Date(now - random.int(30, 1500) * 86_400_000);
        const expired = achievement.expires && random.next() < 0.3;
        const validUntil = achievement.expires
          ? new Date(expired ? now - random.int(1, 300) * 86_400_000 : now + random.int(30, 900) * 86_400_000).toISOString()
          : null;
        const state: VerificationReport['state'] = expired ? 'expired' : random.next() < 0.04 ? 'revoked' : emailVerified ? 'verified' : 'unverified';
        const id = `urn:uuid:${random.uuid()}`;
        const jwt = signedBadgeJwt(achievement, { id, email, validFrom: issued.toISOString(), validUntil });
        const checkedAt = new Date(now - random.int(0, 20) * 3_600_000).toISOString();
        badgeRows.push({
          cvId,
          userId,
          format: 'ob3',
          source: 'jwt',
          raw: jwt,
          rawHash: createHash('sha256').update(jwt).digest('hex'),
          credentialKey: id,
          achievementId: achievement.id,
          achievementName: achievement.name,
          description: `Awarded by ${achievement.issuer.name}.`,
          criteria: 'Assessed practical work.',
          issuerId: achievement.issuer.key.did,
          issuerName: achievement.issuer.name,
          issuerKnown: achievement.issuer.trusted,
          level: achievement.level,
          alignments: achievement.skills.map((skill) => ({
            targetName: skill.label,
            targetUrl: skill.key,
            targetFramework: 'ESCO',
            conceptKey: skill.key,
            recognised: true,
          })),
          skillKeys: achievement.skills.map((skill) => skill.key),
          issuedAt: issued,
          expiresAt: validUntil ? new Date(validUntil) : null,
          state,
          report: report(state, achievement, email, checkedAt, validUntil),
          recipientBound: state === 'unverified' ? null : `email:${email}`,
          checkedAt: new Date(checkedAt),
          verifiedAt: state === 'verified' ? new Date(checkedAt) : null,
        });
      }
    }
    await db.transaction(async (tx) => {
      await tx.insert(users).values(userRows);
      await tx.insert(cvs).values(cvRows);
      for (let i = 0; i < badgeRows.length; i += 1000) await tx.insert(badges).values(badgeRows.slice(i, i + 1000));
    });
    badgeCount += badgeRows.length;
    options.onProgress?.('candidates', start + count, options.candidates);
  }
  const jobs = await generateJobs(db, random, achievements, {
    count: options.jobs,
    passwordHash,
    onProgress: (done, total) => options.onProgress?.('jobs', done, total),
  });
  await db.execute(sql`analyze`);
  return { candidates: options.candidates, badges: badgeCount, jobs, issuers: issuers.length };
}
