import 'server-only';
import { count, eq, sql } from 'drizzle-orm';
import { signUp } from '@/server/auth/sign-up';
import { attachBadges } from '@/server/badges/attach-badges';
import { bakePng, badgeImagePng } from '@/server/badges/issuing/bake';
import { ob3Credential, signDataIntegrity, withProofList } from '@/server/badges/issuing/issue-ob3';
import { achievementKey } from '@/lib/achievement-key';
import { didKeyIssuer, type IssuerKey } from '@/server/badges/issuing/issuer-keys';
import { updateCv } from '@/server/cv/service';
import type { Database } from '@/server/db/client';
import { cvs, memberships, organisations, users } from '@/server/db/schema';
import { addKnownIssuer } from '@/server/issuers/change-known-issuers';
import { saveJob, setJobStatus } from '@/server/jobs/save-job';
import type { Viewer } from '@/server/auth/viewer';
import { DEMO_PASSWORD, demoEmployers, demoSeekers } from './demo-accounts';
import { demoAchievements, demoHoldings, demoIssuers, type DemoIssuerKey } from './demo-badges';
import { demoJobs } from './demo-jobs';
import { ensureDemoAdmin } from './seed-demo-admin';

/**
 * Seeds demo accounts through the same services as the app (so verification and the outbox run for real):
 * employers, seekers with verified emails and CVs, and real signed OB 3.0 badges from three demo issuers.
 * Only into an empty database.
 */
export async function seedDemoData(
  db: Database,
  onProgress?: (done: number, total: number) => void,
): Promise<{ seeded: boolean; accounts: number; badges: number }> {
  const [existing] = await db.select({ n: count() }).from(users);
  if (Number(existing?.n ?? 0) > 0) {
    await ensureDemoAdmin(db);
    return { seeded: false, accounts: 0, badges: 0 };
  }
  const issuers = new Map<DemoIssuerKey, IssuerKey>();
  for (const issuer of demoIssuers) {
    const key = await didKeyIssuer(`demo:${issuer.key}`);
    issuers.set(issuer.key, key);
    if (issuer.trusted)
      await addKnownIssuer(db, { issuerId: key.did, name: issuer.name, domains: [...issuer.domains], source: 'admin', sourceDetail: 'demo data' });
  }
  const total = demoEmployers.length + demoSeekers.length;
  let done = 0;
  let badges = 0;
  for (const employer of demoEmployers) {
    await signUp(db, { ...employer, password: DEMO_PASSWORD, accountType: 'employer' });
    onProgress?.(++done, total);
  }
  for (const seeker of demoSeekers) {
    const { userId } = await signUp(db, { name: seeker.name, email: seeker.email, password: DEMO_PASSWORD, accountType: 'seeker' });
    await db
      .update(users)
      .set({ emailVerifiedAt: sql`now()` })
      .where(eq(users.id, userId));
    const [cv] = await db.select({ id: cvs.id }).from(cvs).where(eq(cvs.userId, userId));
    await updateCv(db, cv!.id, seeker.cv);
    for (const holding of demoHoldings[seeker.email] ?? []) {
      const achievement = demoAchievements[holding.achievement]!;
      const issuerInfo = demoIssuers.find((issuer) => issuer.key === achievement.issuer)!;
      const credential = ob3Credential({
        issuer: issuers.get(achievement.issuer)!,
        issuerName: issuerInfo.name,
        achievement,
        recipientEmail: holding.otherRecipient ? `someone.else@${issuerInfo.key}.example` : seeker.email,
        validFrom: holding.expired ? '2023-03-01T09:00:00Z' : '2026-03-02T09:00:00Z',
        ...(holding.expired ? { validUntil: '2025-03-01T09:00:00Z' } : {}),
      });
      const json = JSON.stringify(withProofList(await signDataIntegrity(credential, issuers.get(achievement.issuer)!)));
      const input = holding.baked
        ? { kind: 'file' as const, filename: `${holding.achievement}.png`, bytes: bakePng(badgeImagePng(issuerInfo.colour), json, 'openbadgecredential') }
        : { kind: 'text' as const, text: json };
      await attachBadges(db, { userId, cvId: cv!.id }, input);
      badges++;
    }
    onProgress?.(++done, total);
  }
  for (const employer of demoEmployers) {
    const [member] = await db
      .select({ userId: users.id, name: users.name, orgId: organisations.id, orgName: organisations.name, slug: organisations.slug })
      .from(users)
      .innerJoin(memberships, eq(memberships.userId, users.id))
      .innerJoin(organisations, eq(organisations.id, memberships.orgId))
      .where(eq(users.email, employer.email));
    const viewer: Viewer = {
      id: member!.userId,
      email: employer.email,
      name: member!.name,
      emailVerified: true,
      isAdmin: false,
      cvId: null,
      orgs: [{ id: member!.orgId, name: member!.orgName, slug: member!.slug, role: 'owner' }],
    };
    for (const job of demoJobs.filter((candidate) => candidate.employer === employer.email)) {
      // A badge requirement is the (issuer, achievement) pair; the demo issuers' DIDs are only known once their keys are made.
      const issuerOf = (achievementId: string) =>
        issuers.get(Object.values(demoAchievements).find((achievement) => achievement.id === achievementId)!.issuer)!.did;
      const requirements = job.input.requirements.map((r) => (r.kind === 'achievement' ? { ...r, code: achievementKey(issuerOf(r.code), r.code) } : r));
      const { id } = await saveJob(db, viewer, { ...job.input, requirements });
      if (job.publish) await setJobStatus(db, viewer, id, 'published');
    }
  }
  await ensureDemoAdmin(db);
  return { seeded: true, accounts: total, badges };
}
