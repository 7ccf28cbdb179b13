import clsx from 'clsx';
import Link from 'next/link';
import { JobCard } from '@/components/job-card';
import { contractLabels, formatSalary, workplaceLabels, type ContractType, type Workplace } from '@/components/job-labels';
import { Pagination } from '@/components/pagination';
import { skillLabels } from '@/server/badges/queries';
import { getDb } from '@/server/db/client';
import { AppError } from '@/server/errors';
import { getSearch } from '@/server/search/client';
import type { JobFilters } from '@/server/search/queries/jobs';
import { searchJobs, type JobFacetValue, type JobResults as Results } from '@/server/search/search-jobs';
import { JobFacets } from './job-facets';
import { JobSearchProblem, NoJobs, PastTheEnd } from './job-result-states';
import { jobsHref, JOB_FACETS, toggleFacetHref } from './job-search-url';

type Outcome = { ok: true; results: Results } | { ok: false; message: string };

/**
 * The skill facet lists every ancestor of every requirement: leave out the taxonomy's roots ("skills", "knowledge"),
 * which narrow nothing, and show one entry per name (ESCO repeats some labels at two levels).
 * Server change wanted: do this in searchJobs, so the API gets the same list.
 */
async function tidySkillFacet(values: JobFacetValue[]): Promise<JobFacetValue[]> {
  const labels = await skillLabels(
    await getDb(),
    values.map((item) => item.value),
  );
  const byName = new Map<string, JobFacetValue>();
  for (const item of values) {
    if (!item.selected && /^[A-Z]$/.test(labels.get(item.value)?.notation ?? '')) continue;
    const name = item.label.toLowerCase();
    const kept = byName.get(name);
    if (!kept || (item.selected && !kept.selected)) byName.set(name, item);
  }
  return [...byName.values()];
}

async function runJobSearch(filters: JobFilters): Promise<Outcome> {
  try {
    const results = await searchJobs(await getDb(), await getSearch(), filters);
    return { ok: true, results: { ...results, facets: { ...results.facets, skill: await tidySkillFacet(results.facets.skill) } } };
  } catch (error) {
    if (error instanceof AppError && error.code === 'search:unavailable') return { ok: false, message: error.message };
    throw error;
  }
}

/** The chosen filters as removable chips: shown even when search is down, so nothing chosen seems lost. */
async function ActiveFilters({ filters }: { filters: JobFilters }) {
  const skills = filters.skill.length ? await skillLabels(await getDb(), filters.skill) : new Map();
  const label = (facet: (typeof JOB_FACETS)[number], value: string) =>
    facet === 'workplace'
      ? (workplaceLabels[value as Workplace] ?? value)
      : facet === 'contract'
        ? (contractLabels[value as ContractType] ?? value)
        : facet === 'skill'
          ? (skills.get(value)?.label ?? value)
          : value;
  const chips = JOB_FACETS.flatMap((facet) =>
    filters[facet].map((value) => ({ key: `${facet}:${value}`, text: label(facet, value), href: toggleFacetHref(filters, facet, value) })),
  );
  if (filters.salaryFrom !== undefined)
    chips.push({ key: 'salary', text: `From £${filters.salaryFrom.toLocaleString('en-GB')}`, href: jobsHref({ ...filters, salaryFrom: undefined }) });
  if (chips.length === 0) return null;
  return (
    <ul aria-label="Active filters" className="flex flex-wrap gap-2">
      {chips.map((chip) => (
        <li key={chip.key}>
          <Link
            href={chip.href}
            scroll={false}
            aria-label={`Remove filter: ${chip.text}`}
            className="inline-flex items-center gap-1.5 rounded-full bg-brand-50 py-1 pr-2 pl-3 text-xs font-medium text-brand-800 ring-1 ring-brand-200 ring-inset hover:bg-brand-100"
          >
            {chip.text}
            <span aria-hidden="true" className="text-brand-500">
              ✕
            </span>
          </Link>
        </li>
      ))}
    </ul>
  );
}

function SortLinks({ filters }: { filters: JobFilters }) {
  // Without words to rank by, "relevance" is newest first too; say so rather than pretend otherwise.
  const current = filters.sort === 'newest' || !filters.q ? 'newest' : 'relevance';
  return (
    <div role="group" aria-label="Sort by" className="inline-flex items-center gap-2 text-sm">
      <span aria-hidden="true" className="text-slate-500">
        Sort
      </span>
      <span className="inline-flex rounded-lg bg-slate-100 p-0.5">
        {(['newest', 'relevance'] as const).map((sort) => (
          <Link
            key={sort}
            href={jobsHref({ ...filters, sort })}
            scroll={false}
            aria-current={current === sort ? 'true' : undefined}
            className={clsx(
              'inline-flex h-7 items-center rounded-md px-2.5 font-medium transition-colors',
              current === sort ? 'bg-white text-slate-900 shadow-xs ring-1 ring-slate-200' : 'text-slate-600 hover:text-slate-900',
            )}
          >
            {sort === 'newest' ? 'Newest' : 'Relevance'}
          </Link>
        ))}
      </span>
    </div>
  );
}

/** Facets beside the role cards, or a calm explanation when there are none or search is down. */
export async function JobResults({ filters }: { filters: JobFilters }) {
  const outcome = await runJobSearch(filters);
  const activeChips = <ActiveFilters filters={filters} />;
  if (!outcome.ok) {
    return (
      <div className="mt-6 space-y-4">
        {activeChips}
        <JobSearchProblem message={outcome.message} retryHref={jobsHref(filters, { paging: true })} />
      </div>
    );
  }
  const { results } = outcome;
  const pageCount = Math.ceil(results.total / results.pageSize);
  return (
    <div className="mt-6 grid gap-4 lg:grid-cols-[15.5rem_minmax(0,1fr)] lg:gap-6">
      <JobFacets filters={filters} facets={results.facets} />
      <section aria-labelledby="job-results-heading" className="min-w-0 space-y-3">
        <div className="flex flex-wrap items-center justify-between gap-x-4 gap-y-2">
          <h2 data-results-heading id="job-results-heading" className="text-sm text-slate-600">
            <span className="text-base font-semibold text-slate-900">{results.total.toLocaleString('en-GB')}</span>{' '}
            {results.total === 1 ? 'open role' : 'open roles'}
          </h2>
          {results.total > 0 && <SortLinks filters={filters} />}
        </div>
        {activeChips}
        {results.total === 0 ? (
          <NoJobs filters={filters} />
        ) : results.hits.length === 0 ? (
          <PastTheEnd filters={filters} total={results.total} />
        ) : (
          <>
            <ol className="space-y-3">
              {results.hits.map((hit) => (
                <li key={hit.job_id}>
                  <JobCard
                    job={{
                      id: hit.job_id,
                      title: hit.title,
                      employer: hit.employer_name,
                      location: hit.location,
                      workplace: hit.workplace,
                      contractType: hit.contract_type,
                      salary: formatSalary(hit.salary_min, hit.salary_max, hit.salary_currency, hit.salary_period),
                      postedAt: hit.posted_at,
                      closingDate: hit.closing_date,
                      requiredCount: hit.required_count,
                    }}
                  />
                </li>
              ))}
            </ol>
            <div className="pt-2">
              <Pagination page={results.page} pageCount={pageCount} hrefFor={(page) => jobsHref({ ...filters, page }, { paging: true })} />
            </div>
          </>
        )}
      </section>
    </div>
  );
}
