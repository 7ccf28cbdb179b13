import Link from 'next/link';
import { Card } from '@/components/card';
import { JobMatchProgress } from '@/components/job-match-progress';
import { JobRequirementList, type RequirementItem } from '@/components/job-requirement-outcomes';
import { JobRouteToWork } from '@/components/job-route-to-work';
import type { JobPageData } from './load-job';

function Group({ title, description, items, seeker }: { title: string; description: string; items: RequirementItem[]; seeker: boolean }) {
  if (items.length === 0) return null;
  return (
    <section aria-label={title} className="pt-5 first:pt-0">
      <h3 className="text-sm font-semibold text-slate-900">
        {title} <span className="font-normal text-slate-500">· {items.length}</span>
      </h3>
      <p className="mt-0.5 mb-3 text-xs text-slate-500">{description}</p>
      <JobRequirementList items={items} perspective={seeker ? 'seeker' : 'employer'} />
    </section>
  );
}

/** Required and preferred skills and badges; for a signed-in seeker each one says whether their badges meet it. */
export function RequirementsSection({ data, signInHref }: { data: JobPageData; signInHref: string }) {
  const outcomes = new Map((data.outcomes ?? []).map((outcome) => [outcome.requirementId, outcome]));
  const items = data.requirements.map((requirement): RequirementItem & { importance: string } => {
    const outcome = outcomes.get(requirement.id);
    const route = data.routes.get(requirement.id);
    return {
      id: requirement.id,
      kind: requirement.kind,
      label: requirement.label,
      minLevel: requirement.minLevel,
      importance: requirement.importance,
      met: outcome?.met,
      badge: outcome?.badge,
      extra: route && <JobRouteToWork achievements={route} />,
    };
  });
  const required = items.filter((item) => item.importance === 'required');
  const preferred = items.filter((item) => item.importance === 'preferred');
  const verified = required.filter((item) => item.met === 'verified').length;

  return (
    <Card className="p-5 sm:p-7">
      <div className="flex flex-col gap-3 sm:flex-row sm:items-start sm:justify-between">
        <div>
          <h2 className="text-lg font-semibold tracking-tight text-slate-900">Skills and badges</h2>
          <p className="mt-0.5 text-sm text-slate-600">Each requirement is met by a verified Open Badge, checked by Badgeboard.</p>
        </div>
        {data.outcomes && required.length > 0 && <JobMatchProgress held={verified} total={required.length} className="w-full sm:w-56" />}
      </div>
      {items.length === 0 ? (
        <p className="mt-4 text-sm text-slate-600">This role lists no specific skills or badges; the description says what matters.</p>
      ) : (
        <div className="mt-5 divide-y divide-slate-100 [&>section+section]:mt-5">
          <Group
            title="Required"
            description="Applicants are ranked first by how many of these their verified badges meet."
            items={required}
            seeker={Boolean(data.outcomes)}
          />
          <Group title="Preferred" description="Nice to have: these help an application stand out." items={preferred} seeker={Boolean(data.outcomes)} />
        </div>
      )}
      {!data.viewer && items.length > 0 && (
        <p className="mt-5 rounded-lg bg-slate-50 px-3 py-2.5 text-sm text-slate-600">
          <Link href={signInHref} className="font-medium text-brand-700 underline-offset-4 hover:underline">
            Sign in
          </Link>{' '}
          as a job seeker to see which of these your badges meet.
        </p>
      )}
    </Card>
  );
}
