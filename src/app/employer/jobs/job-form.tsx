'use client';

import clsx from 'clsx';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useRef, useState, useTransition, type ComponentProps, type FormEvent } from 'react';
import { Button } from '@/components/button';
import { Field, TextArea, TextInput } from '@/components/field';
import { contractLabels, workplaceLabels } from '@/components/job-labels';
import { Notice } from '@/components/notice';
import { saveRoleAction } from './actions';
import { jobInputFrom, type JobFormValues, type RequirementDraft } from './job-form-values';
import { RequirementsBuilder } from './requirements-builder';

function Select({ className, ...rest }: ComponentProps<'select'>) {
  return (
    <select
      className={clsx(
        'block h-10 w-full rounded-lg border border-slate-300 bg-white pr-8 pl-3 text-[15px] text-slate-900 shadow-xs transition-colors hover:border-slate-400 focus:border-brand-600 focus:ring-3 focus:ring-brand-600/15 focus:outline-none aria-invalid:border-red-500',
        className,
      )}
      {...rest}
    />
  );
}

type Failure = { message: string; fields: Record<string, string[]> };

/**
 * The role form: details, pay, closing date and the requirements builder. "Save draft" keeps it private;
 * "Publish" puts it in job search. Field errors appear next to their fields and the first one takes focus.
 */
export function JobForm({ jobId, initial, status }: { jobId?: string; initial: JobFormValues; status: 'draft' | 'published' | 'closed' }) {
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const [requirements, setRequirements] = useState<RequirementDraft[]>(initial.requirements);
  const [failure, setFailure] = useState<Failure | null>(null);
  const [intent, setIntent] = useState<'save' | 'publish' | null>(null);
  const [pending, startTransition] = useTransition();
  const fields = failure?.fields ?? {};
  const published = status === 'published';

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    const chosen = submitter?.value === 'publish' ? 'publish' : 'save';
    const job = jobInputFrom(new FormData(event.currentTarget), requirements);
    setIntent(chosen);
    startTransition(async () => {
      const result = await saveRoleAction({ jobId, intent: chosen, job });
      if (result.ok) {
        router.push(`/employer/jobs?${chosen === 'publish' ? 'published' : 'saved'}=${result.data.id}`);
        return;
      }
      setFailure({ message: result.message, fields: result.fields ?? {} });
      requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"], [data-invalid="true"]')?.focus());
    });
  }

  const text = (name: keyof JobFormValues) => String(initial[name] ?? '');

  return (
    <form ref={formRef} onSubmit={submit} noValidate>
      <div className="space-y-6 p-5 sm:p-8">
        <div>
          <h2 className="text-base font-semibold text-slate-900">The role</h2>
          <p className="mt-1 text-sm text-slate-600">Seekers decide from this, so be specific about the work and the team.</p>
        </div>
        <Field name="title" label="Title" hint='For example "Junior Data Analyst".' errors={fields.title}>
          {(control) => <TextInput {...control} defaultValue={text('title')} maxLength={120} required />}
        </Field>
        <Field
          name="description"
          label="Description"
          hint={
            <>
              Separate paragraphs with a blank line. Start a line with “- ” for a bullet; wrap words in <span className="font-mono">**double asterisks**</span>{' '}
              for bold.
            </>
          }
          errors={fields.description}
        >
          {(control) => <TextArea {...control} defaultValue={text('description')} rows={10} required />}
        </Field>
        <div className="grid gap-5 sm:grid-cols-3">
          <Field name="location" label="Location" hint="Town or city." errors={fields.location}>
            {(control) => <TextInput {...control} defaultValue={text('location')} autoComplete="off" required />}
          </Field>
          <Field name="workplace" label="Workplace" errors={fields.workplace}>
            {(control) => (
              <Select {...control} defaultValue={initial.workplace}>
                {Object.entries(workplaceLabels).map(([value, label]) => (
                  <option key={value} value={value}>
                    {label}
                  </option>
                ))}
              </Select>
            )}
          </Field>
          <Field name="contractType" label="Contract type" errors={fields.contractType}>
            {(control) => (
              <Select {...control} defaultValue={initial.contractType}>
                {Object.entries(contractLabels).map(([value, label]) => (
                  <option key={value} value={value}>
                    {label}
                  </option>
                ))}
              </Select>
            )}
          </Field>
        </div>
      </div>

      <div className="space-y-5 border-t border-slate-200 p-5 sm:p-8">
        <div>
          <h2 className="text-base font-semibold text-slate-900">Pay and dates</h2>
          <p className="mt-1 text-sm text-slate-600">Roles that show a salary get more applications. Leave a box empty to leave it out.</p>
        </div>
        <div className="grid grid-cols-2 gap-4 sm:grid-cols-4">
          <Field name="salaryMin" label="Salary from" errors={fields.salaryMin}>
            {(control) => <TextInput {...control} type="number" inputMode="numeric" min={0} step={500} defaultValue={text('salaryMin')} placeholder="28000" />}
          </Field>
          <Field name="salaryMax" label="Salary to" errors={fields.salaryMax}>
            {(control) => <TextInput {...control} type="number" inputMode="numeric" min={0} step={500} defaultValue={text('salaryMax')} placeholder="34000" />}
          </Field>
          <Field name="salaryCurrency" label="Currency" errors={fields.salaryCurrency}>
            {(control) => (
              <TextInput {...control} defaultValue={text('salaryCurrency') || 'GBP'} maxLength={3} autoCapitalize="characters" className="uppercase" />
            )}
          </Field>
          <Field name="salaryPeriod" label="Per" errors={fields.salaryPeriod}>
            {(control) => (
              <Select {...control} defaultValue={initial.salaryPeriod}>
                <option value="year">Year</option>
                <option value="hour">Hour</option>
              </Select>
            )}
          </Field>
        </div>
        <Field
          name="closingDate"
          label="Closing date"
          hint="Optional. The role leaves search after this day."
          errors={fields.closingDate}
          className="sm:max-w-xs"
        >
          {(control) => <TextInput {...control} type="date" defaultValue={text('closingDate')} />}
        </Field>
      </div>

      <div className="border-t border-slate-200 p-5 sm:p-8">
        <RequirementsBuilder value={requirements} onChange={setRequirements} errors={fields} />
        <label className="mt-5 flex items-start gap-2.5 text-sm">
          <input
            type="checkbox"
            name="acceptUnknownIssuers"
            defaultChecked={initial.acceptUnknownIssuers}
            className="mt-0.5 size-4 rounded border-slate-300 text-brand-600 focus:ring-brand-600"
          />
          <span>
            <span className="font-medium text-slate-900">Also count badges from issuers not known to Badgeboard</span>
            <span className="block text-slate-600">
              Off: only verified badges from issuers in Badgeboard’s registry meet a requirement. On: any verified badge does, even when nobody has confirmed
              who its issuer is.
            </span>
          </span>
        </label>
      </div>

      <div className="flex flex-col gap-4 rounded-b-xl border-t border-slate-200 bg-slate-50/70 p-5 sm:px-8">
        {failure && (
          <Notice tone="error" live>
            {failure.message}
          </Notice>
        )}
        <div className="flex flex-col-reverse gap-2 sm:flex-row sm:items-center sm:justify-end">
          <Link href="/employer/jobs" className="mr-auto hidden text-sm font-medium text-slate-600 hover:text-slate-900 sm:inline">
            Cancel
          </Link>
          <Button
            type="submit"
            name="intent"
            value="save"
            variant="secondary"
            size="lg"
            pending={pending && intent === 'save'}
            disabled={pending}
            className="w-full sm:w-auto"
          >
            {status === 'draft' ? 'Save draft' : 'Save changes'}
          </Button>
          {!published && (
            <Button
              type="submit"
              name="intent"
              value="publish"
              size="lg"
              pending={pending && intent === 'publish'}
              disabled={pending}
              className="w-full sm:w-auto"
            >
              {status === 'closed' ? 'Publish again' : 'Publish'}
            </Button>
          )}
        </div>
      </div>
    </form>
  );
}
