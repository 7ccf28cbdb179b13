import Form from 'next/form';
import { Suspense } from 'react';
import { Button } from '@/components/button';
import { TextInput } from '@/components/field';
import { SearchIcon } from '@/components/icons';
import type { CandidateFilters } from '@/server/search/queries/candidate-filters';
import { RequirementChips } from './requirement-chips';
import { RequirementPicker } from './requirement-picker';
import type { SearchOutcome } from './run-search';
import { SearchOptions } from './search-options';
import { searchParamsFor } from './search-url';

const MAX_REQUIREMENTS = 8;

/** Everything in the URL except the text query, carried along when the text changes. */
function HiddenFilters({ filters }: { filters: CandidateFilters }) {
  const params = searchParamsFor(filters);
  params.delete('q');
  return (
    <>
      {[...params].map(([name, value], index) => (
        <input key={`${name}-${index}`} type="hidden" name={name} value={value} />
      ))}
    </>
  );
}

async function LabelledChips({ filters, outcome }: { filters: CandidateFilters; outcome: Promise<SearchOutcome> }) {
  const { labels, claimLabels } = await outcome;
  return <RequirementChips filters={filters} labels={labels} claimLabels={claimLabels} />;
}

/**
 * The top of the search: words, requirements ("must have"), and how to match and sort.
 * The text box is a GET form; the rest are links or small client controls that rewrite the URL.
 */
export function SearchPanel({ filters, outcome }: { filters: CandidateFilters; outcome: Promise<SearchOutcome> }) {
  const query = searchParamsFor(filters).toString();
  const codes = filters.req.map((requirement) => `${requirement.kind}:${requirement.code}`);
  const pending = filters.req.map((requirement) => ({ ...requirement, label: null }));
  return (
    <search className="rounded-xl border border-slate-200 bg-white shadow-xs">
      <div className="p-4 sm:p-5">
        <Form action="/candidates" className="flex flex-col gap-2">
          <label htmlFor="candidate-q" className="text-sm font-medium text-slate-800">
            Search candidates
          </label>
          <div className="flex gap-2">
            <div className="relative min-w-0 flex-1">
              <SearchIcon className="pointer-events-none absolute top-1/2 left-3 size-4.5 -translate-y-1/2 text-slate-500" />
              <TextInput id="candidate-q" name="q" type="search" defaultValue={filters.q} placeholder="Job title or keyword" className="pl-9" />
            </div>
            <Button type="submit" className="sm:px-6">
              Search
            </Button>
          </div>
          <HiddenFilters filters={filters} />
        </Form>

        <div className="mt-5 grid gap-5 lg:grid-cols-[minmax(0,1fr)_minmax(0,24rem)] lg:gap-8">
          <div className="min-w-0">
            <p className="mb-2 flex min-h-8 items-center text-sm font-medium text-slate-800">{filters.match === 'any' ? 'At least one of' : 'Must have'}</p>
            <Suspense fallback={<RequirementChips filters={filters} labels={pending} claimLabels={new Map()} />}>
              <LabelledChips filters={filters} outcome={outcome} />
            </Suspense>
          </div>
          <RequirementPicker query={query} existing={codes} full={filters.req.length >= MAX_REQUIREMENTS} />
        </div>
      </div>
      <div className="rounded-b-xl border-t border-slate-200 bg-slate-50/80 px-4 py-3 sm:px-5">
        <SearchOptions
          query={query}
          options={{ verified: filters.verified, unknownIssuers: filters.unknownIssuers, match: filters.match, sort: filters.sort }}
          hasRequirements={filters.req.length > 1}
        />
      </div>
    </search>
  );
}
