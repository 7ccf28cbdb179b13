import 'server-only';
import { achievementKey } from '@/lib/achievement-key';
import { badgeEntityNames, skillLabels } from '@/server/badges/queries';
import type { Database } from '@/server/db/client';
import type { jobRequirements } from '@/server/db/schema';
import { achievementLabel } from '@/server/search/achievement-label';

type RequirementRow = typeof jobRequirements.$inferSelect;

/**
 * Requirements with their labels resolved now, not as copied when the role was posted: skills from the taxonomy,
 * achievements from verified badges of that (issuer, achievement) pair and the issuer registry. A failed, revoked or
 * expired badge names nothing; with no verified badge of the pair left, the achievement id is shown.
 */
export async function withResolvedLabels<Row extends RequirementRow>(db: Database, rows: Row[]): Promise<Row[]> {
  if (rows.length === 0) return rows;
  const skills = await skillLabels(
    db,
    rows.filter((row) => row.kind === 'skill').map((row) => row.code),
  );
  const pairs = rows.filter((row) => row.kind === 'achievement' && row.issuerId);
  const [achievements, issuers] = await Promise.all([
    badgeEntityNames(
      db,
      'achievement',
      pairs.map((row) => achievementKey(row.issuerId!, row.code)),
    ),
    badgeEntityNames(
      db,
      'issuer',
      pairs.map((row) => row.issuerId!),
    ),
  ]);
  return rows.map((row) => {
    if (row.kind === 'skill') {
      const skill = skills.get(row.code);
      return { ...row, label: skill ? (skill.notation ? `${skill.notation} ${skill.label}` : skill.label) : row.code };
    }
    if (!row.issuerId) return { ...row, label: row.code };
    return { ...row, label: achievementLabel(achievements.get(achievementKey(row.issuerId, row.code)), issuers.get(row.issuerId), row.issuerId, row.code) };
  });
}
