import type { Metadata } from 'next';
import Link from 'next/link';
import { Card } from '@/components/card';
import { Notice } from '@/components/notice';
import { PageHeading } from '@/components/page-heading';
import { getViewer, hasRole } from '@/server/auth/viewer';
import { getDb } from '@/server/db/client';
import { getSearch } from '@/server/search/client';
import { childrenOf, conceptCounts, conceptPage, type BrowseConcept } from '@/server/taxonomy/browse-taxonomy';
import { findConcept, searchConcepts } from '@/server/taxonomy/concepts';
import { BrowseIntroPanel, ConceptDetailsPanel } from './concept-details';
import { SkillBreadcrumb } from './skill-breadcrumb';
import { SkillSearchForm, SkillSearchResults } from './skill-search';
import { SkillTree } from './skill-tree';
import { conceptName, readSkillsParams, skillsHref } from './skills-url';

export const dynamic = 'force-dynamic';

type SearchParams = Record<string, string | string[] | undefined>;

export async function generateMetadata({ searchParams }: { searchParams: Promise<SearchParams> }): Promise<Metadata> {
  const { concept } = readSkillsParams(await searchParams);
  const found = concept ? await findConcept(await getDb(), concept) : null;
  return {
    title: found ? `${conceptName(found)} · Skills` : 'Skills',
    description: 'Browse the ESCO skills hierarchy and see how many candidates hold verified badges for each skill, and how many open roles ask for it.',
  };
}

export default async function SkillsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = readSkillsParams(await searchParams);
  const db = await getDb();
  const [viewer, found, matches, top] = await Promise.all([
    getViewer(),
    params.concept ? findConcept(db, params.concept) : null,
    params.q ? searchConcepts(db, params.q, 20) : [],
    childrenOf(db, null),
  ]);
  const concept = found ? await conceptPage(db, found.key, params.via) : null;

  // The open branch: a top concept down to the selected one; each level lists the children of the one above.
  const trail = concept ? [...[...concept.path].reverse().map((step) => step.key), concept.key] : [];
  const between = await Promise.all(trail.slice(0, -1).map((key) => childrenOf(db, key)));
  const levels: BrowseConcept[][] = concept ? [top, ...between, concept.children] : [top];

  const keys = [...levels.flat(), ...(concept ? [concept, ...concept.broader] : []), ...matches].map((row) => row.key);
  const counts = await conceptCounts(await getSearch(), keys);
  const countsUnavailable = keys.length > 0 && counts.size === 0;
  const isEmployer = viewer !== null && hasRole(viewer, 'employer');
  const aside = (
    <div className="lg:sticky lg:top-20 lg:col-start-2 lg:row-start-1">
      {concept ? <ConceptDetailsPanel concept={concept} counts={counts.get(concept.key)} showCandidateSearch={isEmployer} /> : <BrowseIntroPanel />}
    </div>
  );

  return (
    <div className="mx-auto max-w-6xl px-4 py-6 sm:px-6 sm:py-10">
      <PageHeading
        eyebrow="Skills"
        title="Browse skills"
        description="Every skill in the ESCO taxonomy, group by group, with how many candidates hold a verified badge for it and how many open roles ask for it."
      />

      <div className="mt-6">
        <SkillSearchForm params={params} />
        {params.q && (
          <SkillSearchResults
            q={params.q}
            matches={matches}
            counts={counts}
            selectedKey={concept?.key ?? null}
            clearHref={skillsHref({ concept: params.concept, via: params.via })}
          />
        )}
      </div>

      {params.concept && !concept && (
        <Notice tone="warning" title="We could not find that skill" className="mt-6">
          <p>
            The link may point at a concept from another version of ESCO. Search for the skill by name above, or{' '}
            <Link href="/skills" className="font-medium underline underline-offset-4">
              start from the top groups
            </Link>
            .
          </p>
        </Notice>
      )}
      {countsUnavailable && (
        <Notice tone="warning" title="Counts are unavailable right now" className="mt-6">
          <p>Search is not answering, so the numbers of verified candidates and open roles are missing. The skills hierarchy still works.</p>
        </Notice>
      )}

      {concept && <SkillBreadcrumb path={concept.path} current={concept} />}

      <div className="mt-4 grid gap-6 lg:grid-cols-[minmax(0,1fr)_24rem] lg:items-start">
        {concept && aside}
        <section aria-labelledby="skill-tree-heading" className="lg:col-start-1 lg:row-start-1">
          <Card className="p-3 sm:p-5">
            <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 px-1.5 sm:px-2">
              <h2 id="skill-tree-heading" className="text-base font-semibold text-slate-900">
                Skills hierarchy
              </h2>
              <p className="text-xs text-slate-500">ESCO skills pillar, v1.2.0</p>
            </div>
            <div className="mt-3">
              <SkillTree levels={levels} trail={trail} counts={counts} />
            </div>
            <p className="mt-5 border-t border-slate-100 px-1.5 pt-3 text-xs leading-relaxed text-slate-500 sm:px-2">
              Skills, groups and their descriptions come from ESCO v1.2.0 (European Skills, Competences, Qualifications and Occupations). This service uses the
              ESCO classification of the European Commission. Some concepts have no label in the shipped extract; they appear as “(label not in the shipped
              data)” when they lead to labelled skills.
            </p>
          </Card>
        </section>
        {/* Phones read top to bottom: a selected concept's details before the tree, the general intro after it. */}
        {!concept && aside}
      </div>
    </div>
  );
}
