import 'server-only';
import { sql } from 'drizzle-orm';
import type { Database } from '@/server/db/client';
import { concepts, jobRequirements, jobs, memberships, organisations, users } from '@/server/db/schema';
import type { GeneratedAchievement } from './catalogue';
import { employerSuffixes, employerWords, issuerPlaces, jobTitles, locations } from './people';
import type { Random } from './random';
import { GENERATED_DOMAIN } from './bulk-seed';

/** ~1 employer per 25 roles, each role with 1–6 requirements (achievements, skills, skill groups), published. */
export async function generateJobs(
  db: Database,
  random: Random,
  achievements: GeneratedAchievement[],
  options: { count: number; passwordHash: string; onProgress?: (done: number, total: number) => void },
): Promise<number> {
  if (options.count === 0) return 0;
  const groups = await db
    .select({ key: concepts.key, notation: concepts.notation, label: concepts.label })
    .from(concepts)
    .where(sql`${concepts.notation} ~ '^S[0-9](\\.[0-9]+)?$'`)
    .orderBy(concepts.notation);
  const employerCount = Math.max(1, Math.ceil(options.count / 25));
  const orgIds: string[] = [];
  for (let e = 0; e < employerCount; e++) {
    const orgId = random.uuid();
    const userId = random.uuid();
    const name = `${random.pick(issuerPlaces)} ${random.pick(employerWords)} ${random.pick(employerSuffixes)}`;
    await db.insert(organisations).values({ id: orgId, name, slug: `${name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-${e}` });
    await db.insert(users).values({
      id: userId,
      email: `employer-${e}@${GENERATED_DOMAIN}`,
      name: `Hiring manager ${e}`,
      passwordHash: options.passwordHash,
      emailVerifiedAt: new Date(),
    });
    await db.insert(memberships).values({ userId, orgId, role: 'owner' });
    orgIds.push(orgId);
  }
  const now = Date.now();
  for (let start = 0; start < options.count; start += 500) {
    const jobRows: (typeof jobs.$inferInsert)[] = [];
    const requirementRows: (typeof jobRequirements.$inferInsert)[] = [];
    for (let n = start; n < Math.min(options.count, start + 500); n++) {
      const id = random.uuid();
      const salary = random.int(22, 60) * 1000;
      const posted = new Date(now - random.int(0, 60) * 86_400_000);
      jobRows.push({
        id,
        orgId: random.pick(orgIds),
        title: random.pick(jobTitles),
        location: random.pick(locations),
        workplace: random.pick(['on_site', 'hybrid', 'remote'] as const),
        contractType: random.pick(['permanent', 'permanent', 'fixed_term', 'contract', 'apprenticeship'] as const),
        description: 'A generated role for load testing: join a friendly team and grow your skills.',
        salaryMin: salary,
        salaryMax: salary + random.int(2, 10) * 1000,
        closingDate: random.next() < 0.5 ? new Date(now + random.int(5, 90) * 86_400_000).toISOString().slice(0, 10) : null,
        status: 'published',
        publishedAt: posted,
        createdAt: posted,
        updatedAt: posted,
      });
      const seen = new Set<string>();
      for (let r = 0, wanted = random.int(1, 6); r < wanted; r++) {
        const roll = random.next();
        const achievement = achievements[random.zipf(achievements.length, 0.9)]!;
        const group = random.pick(groups);
        const requirement =
          roll < 0.3
            ? {
                kind: 'achievement' as const,
                code: achievement.id,
                issuerId: achievement.issuer.key.did,
                label: `${achievement.name} (${achievement.issuer.name})`,
              }
            : roll < 0.7
              ? { kind: 'skill' as const, code: achievement.skills[0]!.key, label: achievement.skills[0]!.label }
              : { kind: 'skill' as const, code: group.key, label: `${group.notation} ${group.label ?? ''}`.trim() };
        if (seen.has(requirement.code)) continue;
        seen.add(requirement.code);
        requirementRows.push({ jobId: id, ...requirement, importance: random.next() < 0.7 ? 'required' : 'preferred', position: r });
      }
    }
    await db.transaction(async (tx) => {
      await tx.insert(jobs).values(jobRows);
      await tx.insert(jobRequirements).values(requirementRows);
    });
    options.onProgress?.(Math.min(options.count, start + 500), options.count);
  }
  return options.count;
}
