import type { ReactNode } from 'react';
import type { SkillLabel } from '@/server/badges/queries';
import { BadgeCard, type BadgeCardData } from './badge-card';
import { badgeSkills } from './badge-skills';

type ListedBadge = BadgeCardData & Parameters<typeof badgeSkills>[0];

const stateOrder = { verified: 0, unverified: 1, expired: 2, failed: 3, revoked: 4 } as const;

/** A CV's badges as cards, verified ones first; `empty` is shown when there are none. `attention`: see BadgeCard. */
export function BadgeList({
  badges,
  labels,
  empty,
  attention = false,
}: {
  badges: ListedBadge[];
  labels: Map<string, SkillLabel>;
  empty?: ReactNode;
  attention?: boolean;
}) {
  if (badges.length === 0) return <>{empty}</>;
  const sorted = [...badges].sort((a, b) => stateOrder[a.state] - stateOrder[b.state] || (b.issuedAt?.getTime() ?? 0) - (a.issuedAt?.getTime() ?? 0));
  return (
    <ul className="space-y-3">
      {sorted.map((badge) => (
        <li key={badge.id}>
          <BadgeCard badge={badge} skills={badgeSkills(badge, labels)} attention={attention} />
        </li>
      ))}
    </ul>
  );
}
