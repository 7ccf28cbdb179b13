import Form from 'next/form';
import { Button } from '@/components/button';
import { TextInput } from '@/components/field';
import { SearchIcon } from '@/components/icons';
import type { JobFilters } from '@/server/search/queries/jobs';
import { jobSearchParams } from './job-search-url';

/** Words and "Salary from": a GET form, so the search lives in the URL; the chosen facets and sort ride along. */
export function JobSearchPanel({ filters }: { filters: JobFilters }) {
  const carried = jobSearchParams(filters);
  carried.delete('q');
  carried.delete('salaryFrom');
  return (
    <search className="rounded-xl border border-slate-200 bg-white p-4 shadow-xs sm:p-5">
      <Form action="/jobs" className="grid gap-3 sm:grid-cols-[minmax(0,1fr)_11rem_auto] sm:items-end">
        <div className="space-y-1.5">
          <label htmlFor="job-q" className="text-sm font-medium text-slate-800">
            Search jobs
          </label>
          <div className="relative">
            <SearchIcon className="pointer-events-none absolute top-1/2 left-3 size-4.5 -translate-y-1/2 text-slate-500" />
            <TextInput id="job-q" name="q" type="search" defaultValue={filters.q} placeholder="Job title, employer or keyword" className="pl-9" />
          </div>
        </div>
        <div className="space-y-1.5">
          <label htmlFor="job-salary-from" className="text-sm font-medium text-slate-800">
            Salary from
          </label>
          <div className="relative">
            <span aria-hidden="true" className="pointer-events-none absolute top-1/2 left-3 -translate-y-1/2 text-[15px] text-slate-500">
              £
            </span>
            <TextInput
              id="job-salary-from"
              name="salaryFrom"
              type="number"
              inputMode="numeric"
              min={0}
              step={1000}
              defaultValue={filters.salaryFrom}
              placeholder="30000"
              className="pl-7"
            />
          </div>
        </div>
        {[...carried].map(([name, value], index) => (
          <input key={`${name}-${index}`} type="hidden" name={name} value={value} />
        ))}
        <Button type="submit" className="w-full sm:w-auto sm:px-6">
          Search
        </Button>
      </Form>
    </search>
  );
}
