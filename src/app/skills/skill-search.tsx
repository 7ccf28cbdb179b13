import Link from 'next/link';
import { Button } from '@/components/button';
import { Chip } from '@/components/chip';
import { TextInput } from '@/components/field';
import { SearchIcon } from '@/components/icons';
import type { ConceptCounts } from '@/server/taxonomy/browse-taxonomy';
import type { ConceptWithPath } from '@/server/taxonomy/concepts';
import { ConceptCountsLine } from './concept-counts';
import { conceptName, skillsHref, type SkillsParams } from './skills-url';

/** A plain GET form: works without JavaScript, and keeps the open branch of the tree. */
export function SkillSearchForm({ params }: { params: SkillsParams }) {
  return (
    <form role="search" action="/skills" method="get" aria-label="Skills" className="flex flex-col gap-2 sm:flex-row sm:items-end">
      <div className="min-w-0 flex-1 space-y-1.5">
        <label htmlFor="skills-q" className="text-sm font-medium text-slate-800">
          Search skills
        </label>
        <div className="relative">
          <SearchIcon className="pointer-events-none absolute top-1/2 left-3 size-4 -translate-y-1/2 text-slate-500" />
          <TextInput
            id="skills-q"
            name="q"
            type="search"
            defaultValue={params.q}
            maxLength={200}
            placeholder="Python, welding, customer service, S5.6…"
            className="pl-9"
            autoComplete="off"
          />
        </div>
      </div>
      {params.concept && <input type="hidden" name="concept" value={params.concept} />}
      {params.concept && params.via && <input type="hidden" name="via" value={params.via} />}
      <Button type="submit" variant="secondary">
        Search
      </Button>
    </form>
  );
}

/** Matches for ?q=, each with its path from the top so same-named skills can be told apart. */
export function SkillSearchResults({
  q,
  matches,
  counts,
  selectedKey,
  clearHref,
}: {
  q: string;
  matches: ConceptWithPath[];
  counts: ConceptCounts;
  selectedKey: string | null;
  /** Back to the tree as it was, without the matches. */
  clearHref: string;
}) {
  return (
    <section aria-labelledby="skill-matches-heading" className="mt-4">
      <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
        <h2 id="skill-matches-heading" className="text-base font-semibold text-slate-900">
          {matches.length === 0
            ? `No skills match “${q}”`
            : `${matches.length === 20 ? 'First 20 matches' : matches.length === 1 ? '1 match' : `${matches.length} matches`} for “${q}”`}
        </h2>
        <Link href={clearHref} className="text-sm font-medium text-brand-700 underline-offset-4 hover:underline">
          Clear search
        </Link>
      </div>
      {matches.length === 0 ? (
        <p className="mt-1 text-sm text-slate-600">Try a shorter word or a different spelling, or browse the groups below.</p>
      ) : (
        <ol className="mt-2 divide-y divide-slate-100 rounded-xl border border-slate-200 bg-white">
          {matches.map((match) => {
            const trail = [...match.path].reverse();
            const selected = match.key === selectedKey;
            return (
              <li key={match.key} className={selected ? 'bg-brand-50' : undefined}>
                <div className="relative px-3 py-2.5 hover:bg-slate-50 sm:px-4">
                  <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
                    <Link
                      href={skillsHref({ q, concept: match.key })}
                      aria-current={selected ? 'true' : undefined}
                      className="font-medium text-slate-900 after:absolute after:inset-0 hover:text-brand-800"
                    >
                      {conceptName(match)}
                    </Link>
                    {match.notation && <Chip>{match.notation}</Chip>}
                  </div>
                  {trail.length > 0 && (
                    <p className="mt-0.5 text-xs text-slate-500">
                      <span className="sr-only">Under: </span>
                      {trail.map((step, index) => (
                        <span key={step.key}>
                          {index > 0 && <span aria-hidden="true"> › </span>}
                          {index > 0 && <span className="sr-only">, </span>}
                          {conceptName(step)}
                        </span>
                      ))}
                    </p>
                  )}
                  <ConceptCountsLine counts={counts.get(match.key)} className="mt-0.5" />
                </div>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
