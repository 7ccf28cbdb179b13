import clsx from 'clsx';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { Card } from '@/components/card';
import { Chip } from '@/components/chip';
import { ArrowRightIcon, BriefcaseIcon, ExternalLinkIcon, SearchIcon, SkillsIcon } from '@/components/icons';
import type { ConceptDetails } from '@/server/taxonomy/browse-taxonomy';
import { countNoun, type CountPair } from './concept-counts';
import { conceptName, skillsHref } from './skills-url';

const typeNames: Record<ConceptDetails['type'], string> = { group: 'Skill group', skill: 'Skill', knowledge: 'Knowledge', occupation: 'Occupation' };
const SHOWN_ALT_LABELS = 12;

function ActionLink({ href, icon, children }: { href: string; icon: ReactNode; children: ReactNode }) {
  return (
    <Link
      href={href}
      className="group flex items-start gap-3 rounded-lg border border-slate-200 px-3 py-2.5 text-sm font-medium text-brand-800 transition-colors hover:border-brand-300 hover:bg-brand-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600"
    >
      <span className="mt-0.5 shrink-0 text-brand-600">{icon}</span>
      <span className="min-w-0 flex-1 break-words">{children}</span>
      <ArrowRightIcon className="mt-0.5 size-4 shrink-0 transition-transform group-hover:translate-x-0.5" />
    </Link>
  );
}

/** Candidate search resolves ESCO notations (S5.6) as well as keys; the short form keeps the link readable. */
function candidateCode(concept: ConceptDetails): string {
  return concept.frameworkId === 'esco' && concept.notation ? concept.notation : concept.key;
}

/** "12 verified candidates" with the number set large. */
function Stat({ count, kind }: { count: number; kind: 'candidates' | 'roles' }) {
  return (
    <>
      <span className="block text-xl font-semibold">{count.toLocaleString('en-GB')}</span> {countNoun(count, kind)}
    </>
  );
}

/** The selected concept: what it is, where else it sits in the graph, and where to go with it. */
export function ConceptDetailsPanel({
  concept,
  counts,
  showCandidateSearch,
}: {
  concept: ConceptDetails;
  counts: CountPair | undefined;
  showCandidateSearch: boolean;
}) {
  const name = conceptName(concept);
  const linkName = concept.label ?? 'this skill';
  const otherBroader = concept.broader.filter((broader) => broader.key !== concept.path[0]?.key);
  const extraAltLabels = concept.altLabels.slice(SHOWN_ALT_LABELS);
  return (
    <Card className="p-4 sm:p-5" role="region" aria-labelledby="concept-heading">
      <p className="text-xs font-medium tracking-wide text-slate-500 uppercase">
        {typeNames[concept.type]} · {concept.frameworkName}
        {concept.frameworkVersion && ` ${concept.frameworkVersion}`}
      </p>
      <div className="mt-1 flex flex-wrap items-start gap-x-2 gap-y-1">
        <h2 id="concept-heading" className={clsx('scroll-mt-24 text-lg font-semibold', concept.label ? 'text-slate-900' : 'text-slate-500 italic')}>
          {name}
        </h2>
        {concept.notation && (
          <Chip tone="brand" className="mt-1">
            {concept.notation}
          </Chip>
        )}
      </div>

      {counts && (
        <div className="mt-4 grid grid-cols-2 gap-2 text-sm">
          <p className="rounded-lg bg-emerald-50 px-3 py-2 text-emerald-900 ring-1 ring-emerald-100 ring-inset">
            <Stat count={counts.verifiedCandidates} kind="candidates" />
          </p>
          <p className="rounded-lg bg-brand-50 px-3 py-2 text-brand-900 ring-1 ring-brand-100 ring-inset">
            <Stat count={counts.openRoles} kind="roles" />
          </p>
        </div>
      )}

      {concept.description ? (
        <p className="mt-4 text-sm leading-relaxed text-slate-700">{concept.description}</p>
      ) : (
        <p className="mt-4 text-sm text-slate-500">
          {concept.label
            ? 'No description in the shipped data.'
            : 'The shipped ESCO extract has no label or description for this concept, only its place in the hierarchy.'}
        </p>
      )}

      {concept.altLabels.length > 0 && (
        <section className="mt-4" aria-labelledby="alt-labels-heading">
          <h3 id="alt-labels-heading" className="text-sm font-semibold text-slate-900">
            Also known as
          </h3>
          <ul className="mt-2 flex flex-wrap gap-1.5">
            {concept.altLabels.slice(0, SHOWN_ALT_LABELS).map((alt) => (
              <li key={alt}>
                <Chip tone="muted">{alt}</Chip>
              </li>
            ))}
          </ul>
          {extraAltLabels.length > 0 && (
            <details className="mt-2 text-sm">
              <summary className="cursor-pointer font-medium text-brand-700">Show {extraAltLabels.length} more</summary>
              <ul className="mt-2 flex flex-wrap gap-1.5">
                {extraAltLabels.map((alt) => (
                  <li key={alt}>
                    <Chip tone="muted">{alt}</Chip>
                  </li>
                ))}
              </ul>
            </details>
          )}
        </section>
      )}

      {otherBroader.length > 0 && (
        <section className="mt-4" aria-labelledby="also-under-heading">
          <h3 id="also-under-heading" className="text-sm font-semibold text-slate-900">
            Also under
          </h3>
          <p className="text-xs text-slate-500">ESCO is a graph: this concept sits in more than one place.</p>
          <ul className="mt-2 space-y-1">
            {otherBroader.map((broader) => (
              <li key={broader.key} className="flex flex-wrap items-center gap-x-2 text-sm">
                <Link href={skillsHref({ concept: concept.key, via: broader.key })} className="font-medium text-brand-700 underline-offset-4 hover:underline">
                  {conceptName(broader)}
                </Link>
                {broader.notation && <Chip>{broader.notation}</Chip>}
              </li>
            ))}
          </ul>
        </section>
      )}

      <div className="mt-5 space-y-2">
        {showCandidateSearch && (
          <ActionLink href={`/candidates?req=${encodeURIComponent(`skill:${candidateCode(concept)}`)}`} icon={<SearchIcon />}>
            Find candidates with verified {linkName}
          </ActionLink>
        )}
        <ActionLink href={`/jobs?skill=${encodeURIComponent(concept.key)}`} icon={<BriefcaseIcon />}>
          See roles asking for {linkName}
        </ActionLink>
      </div>

      {concept.key.startsWith('http') && (
        <p className="mt-4 flex items-center gap-1.5 text-xs text-slate-500">
          <a
            href={concept.key}
            className="inline-flex min-w-0 items-center gap-1 underline-offset-4 hover:text-slate-700 hover:underline"
            rel="noreferrer"
            target="_blank"
          >
            <span className="truncate">View in {concept.frameworkName}</span>
            <ExternalLinkIcon className="size-3.5 shrink-0" />
            <span className="sr-only">(opens in a new tab)</span>
          </a>
        </p>
      )}
    </Card>
  );
}

/** Shown before anything is selected: what the tree is and what the numbers mean. */
export function BrowseIntroPanel() {
  return (
    <Card className="p-4 sm:p-5">
      <div className="flex items-start gap-3">
        <span className="flex size-9 shrink-0 items-center justify-center rounded-full bg-brand-50 text-brand-700">
          <SkillsIcon />
        </span>
        <div className="space-y-2 text-sm text-slate-600">
          <h2 className="text-base font-semibold text-slate-900">Pick a group to open it</h2>
          <p>Counts include everything under a group: a candidate with a verified, unexpired badge for Python counts towards “working with computers” too.</p>
          <p>Open roles are counted the same way, by the skills they ask for.</p>
        </div>
      </div>
    </Card>
  );
}
