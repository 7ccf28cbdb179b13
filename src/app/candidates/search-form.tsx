import Form from 'next/form';
import { Button } from '@/components/button';
import { Field, TextInput } from '@/components/field';
import { MapPinIcon, SearchIcon } from '@/components/icons';

/** A GET form: the filters live in the URL, so results can be shared, bookmarked and reached with Back. */
export function CandidateSearchForm({ q, location }: { q?: string; location?: string }) {
  return (
    <search className="rounded-xl border border-slate-200 bg-white p-4 shadow-xs sm:p-5">
      <Form action="/candidates" className="grid gap-4 sm:grid-cols-[minmax(0,1fr)_14rem_auto] sm:items-end">
        <Field name="q" label="Search candidates">
          {(control) => (
            <div className="relative">
              <SearchIcon className="pointer-events-none absolute top-1/2 left-3 size-4.5 -translate-y-1/2 text-slate-400" />
              <TextInput {...control} type="search" defaultValue={q} placeholder="Skill, job title or keyword" className="pl-9" />
            </div>
          )}
        </Field>
        <Field name="location" label="Location">
          {(control) => (
            <div className="relative">
              <MapPinIcon className="pointer-events-none absolute top-1/2 left-3 size-4.5 -translate-y-1/2 text-slate-400" />
              <TextInput {...control} defaultValue={location} placeholder="e.g. Glasgow" className="pl-9" />
            </div>
          )}
        </Field>
        <Button type="submit" className="h-10 w-full sm:w-auto sm:px-6">
          Search
        </Button>
      </Form>
    </search>
  );
}
