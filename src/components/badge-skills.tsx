import clsx from 'clsx';
import type { BadgeRow, SkillLabel } from '@/server/badges/queries';

/** A skill a badge is aligned to, labelled from the taxonomy when the concept is known. */
export type BadgeSkill = { key: string; label: string; code: string | null; framework: string | null; recognised: boolean; url: string | null };

/** Pairs a badge's alignments with their taxonomy labels; one entry per concept. */
export function badgeSkills(badge: Pick<BadgeRow, 'alignments'>, labels: Map<string, SkillLabel>): BadgeSkill[] {
  const seen = new Set<string>();
  const skills: BadgeSkill[] = [];
  for (const alignment of badge.alignments) {
    const key = alignment.conceptKey ?? alignment.targetUrl ?? alignment.targetCode ?? alignment.targetName;
    if (!key || seen.has(key)) continue;
    seen.add(key);
    const known = alignment.conceptKey ? labels.get(alignment.conceptKey) : undefined;
    const url = alignment.targetUrl && /^https?:\/\//i.test(alignment.targetUrl) ? alignment.targetUrl : null;
    skills.push({
      key,
      label: known?.label ?? alignment.targetName ?? alignment.targetCode ?? key,
      code: known?.notation ?? alignment.targetCode ?? alignment.conceptKey ?? url,
      framework: known?.frameworkName ?? alignment.targetFramework ?? null,
      recognised: known?.recognised ?? alignment.recognised,
      url,
    });
  }
  return skills;
}

/** Small chips naming the skills; an unrecognised framework is flagged quietly, not hidden. */
export function SkillChips({ skills, className }: { skills: BadgeSkill[]; className?: string }) {
  if (skills.length === 0) return null;
  return (
    <ul className={clsx('flex flex-wrap gap-1.5', className)} aria-label="Skills">
      {skills.map((skill) => (
        <li
          key={skill.key}
          className={clsx(
            'inline-flex max-w-full items-center gap-1 rounded-md px-2 py-0.5 text-xs font-medium ring-1 ring-inset',
            skill.recognised ? 'bg-brand-50/70 text-brand-900 ring-brand-100' : 'bg-white text-slate-700 ring-slate-200',
          )}
        >
          <span className="truncate">{skill.label}</span>
          {!skill.recognised && <span className="shrink-0 font-normal text-slate-500">· unrecognised framework</span>}
        </li>
      ))}
    </ul>
  );
}
