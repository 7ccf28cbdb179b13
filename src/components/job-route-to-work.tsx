import { holdersLabel } from './job-labels';
import { RouteIcon } from './job-icons';

/** One (issuer, achievement) pair, named from verified badges; `key` tells two with the same achievement id apart. */
export type RouteAchievement = { key: string; name: string; issuerName: string; issuerKnown: boolean; holders: number };

/**
 * The route to work for one missing requirement: "Earn *Team Leader* from Lead Academy — 12 people on Badgeboard
 * hold it", with alternatives as "or …". With no known badge, says so plainly.
 */
export function JobRouteToWork({ achievements }: { achievements: RouteAchievement[] }) {
  if (achievements.length === 0) {
    return <p className="mt-1 text-[13px] text-slate-500">No badge on Badgeboard covers this yet. Look for a course or assessment that awards it.</p>;
  }
  return (
    <ul className="mt-1.5 space-y-1" aria-label="Badges that would meet it">
      {achievements.map((achievement, index) => (
        <li key={achievement.key} className="flex gap-2 text-[13px] text-slate-700">
          <RouteIcon className="mt-0.5 size-4 shrink-0 text-brand-500" />
          <span className="min-w-0">
            {index === 0 ? 'Earn' : 'or'} <em className="font-semibold text-slate-900 not-italic">{achievement.name}</em> from {achievement.issuerName}
            {!achievement.issuerKnown && <span className="text-amber-800"> (issuer not known to Badgeboard)</span>}
            <span className="text-slate-500"> — {holdersLabel(achievement.holders)}</span>
          </span>
        </li>
      ))}
    </ul>
  );
}
