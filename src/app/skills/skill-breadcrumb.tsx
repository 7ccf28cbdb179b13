import Link from 'next/link';
import type { ConceptSummary } from '@/server/taxonomy/concepts';
import { conceptName, skillsHref } from './skills-url';

/** All skills › top group › … › the selected concept (nearest-first path turned around). */
export function SkillBreadcrumb({ path, current }: { path: ConceptSummary[]; current: ConceptSummary }) {
  const steps = [...path].reverse();
  return (
    <nav aria-label="Breadcrumb" className="mt-5">
      <ol className="flex flex-wrap items-center gap-x-1.5 gap-y-1 text-sm text-slate-500">
        <li>
          <Link href="/skills" className="font-medium text-brand-700 underline-offset-4 hover:underline">
            All skills
          </Link>
        </li>
        {steps.map((step) => (
          <li key={step.key} className="flex min-w-0 items-center gap-1.5">
            <span aria-hidden="true">/</span>
            <Link
              href={skillsHref({ concept: step.key })}
              title={conceptName(step)}
              aria-label={step.notation ? `${step.notation} ${conceptName(step)}` : undefined}
              className="inline-flex min-w-0 items-baseline gap-1 font-medium text-brand-700 underline-offset-4 hover:underline"
            >
              {step.notation ? (
                <>
                  {step.notation}
                  {/* Phones show the short notation; the aria-label keeps the name for everyone. */}
                  <span className="hidden sm:inline sm:max-w-56 sm:truncate">{conceptName(step)}</span>
                </>
              ) : (
                <span className="max-w-56 truncate">{conceptName(step)}</span>
              )}
            </Link>
          </li>
        ))}
        <li className="flex min-w-0 items-center gap-1.5">
          <span aria-hidden="true">/</span>
          <span aria-current="page" className="font-medium text-slate-800">
            {current.notation ? `${current.notation} ${conceptName(current)}` : conceptName(current)}
          </span>
        </li>
      </ol>
    </nav>
  );
}
