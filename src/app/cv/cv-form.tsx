'use client';

import { useRef, useState, useTransition, type FormEvent } from 'react';
import { Button } from '@/components/button';
import { ChoiceCard } from '@/components/choice-card';
import { Field, FieldErrors, TextArea, TextInput } from '@/components/field';
import { Notice } from '@/components/notice';
import type { CvUpdate, Visibility } from '@/server/cv/schemas';
import { saveCvAction } from './actions';
import { visibilityChoices } from './visibility-options';

type Outcome = { kind: 'saved'; searchable: boolean; visibility: Visibility } | { kind: 'failed'; message: string; fields: Record<string, string[]> };

const limits = { headline: 120, summary: 4000 };

function SavedNotice({ searchable, visibility }: { searchable: boolean; visibility: Visibility }) {
  if (visibility === 'hidden') {
    return searchable ? (
      <Notice tone="success" live>
        Saved. Your CV is hidden: nobody can find it.
      </Notice>
    ) : (
      <Notice tone="warning" live>
        Saved. Your CV is hidden. Search is catching up — it will disappear from employers’ results shortly.
      </Notice>
    );
  }
  return searchable ? (
    <Notice tone="success" live>
      Saved. Employers searching now will see this version.
    </Notice>
  ) : (
    <Notice tone="warning" live>
      Saved. Search is catching up — employers will see the change shortly.
    </Notice>
  );
}

function Counter({ length, limit }: { length: number; limit: number }) {
  const format = (n: number) => n.toLocaleString('en-GB');
  return (
    <span className={length > limit ? 'font-medium text-red-700' : undefined}>
      {format(length)}/{format(limit)}
    </span>
  );
}

export function CvForm({ initial, pendingSync }: { initial: CvUpdate; pendingSync: boolean }) {
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [lengths, setLengths] = useState({ headline: initial.headline.length, summary: initial.summary.length });
  const [pending, startTransition] = useTransition();
  const formRef = useRef<HTMLFormElement>(null);
  // After a failed submit, put the cursor in the first field that needs attention.
  const focusFirstInvalid = () => requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
  const fields = outcome?.kind === 'failed' ? outcome.fields : {};

  function onChange(event: FormEvent<HTMLFormElement>) {
    const target = event.target as HTMLInputElement | HTMLTextAreaElement;
    if (target.name === 'headline' || target.name === 'summary') setLengths((l) => ({ ...l, [target.name]: target.value.length }));
    // A "Saved" message no longer describes the form once it changes; field errors stay until the next save.
    if (outcome?.kind === 'saved') setOutcome(null);
    else if (outcome?.kind === 'failed' && fields[target.name]) {
      setOutcome({ ...outcome, fields: { ...fields, [target.name]: [] } });
    }
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const input = {
      headline: String(form.get('headline') ?? ''),
      summary: String(form.get('summary') ?? ''),
      location: String(form.get('location') ?? ''),
      visibility: form.get('visibility') as Visibility | null,
    };
    startTransition(async () => {
      const result = await saveCvAction(input);
      if (result.ok) {
        setOutcome({ kind: 'saved', searchable: result.data.searchable, visibility: input.visibility! });
      } else {
        setOutcome({ kind: 'failed', message: result.message, fields: result.fields ?? {} });
        focusFirstInvalid();
      }
    });
  }

  return (
    <form ref={formRef} onSubmit={submit} onChange={onChange} noValidate>
      <div className="space-y-6 p-5 sm:p-8">
        <div>
          <h2 className="text-base font-semibold text-slate-900">About you</h2>
          <p className="mt-1 text-sm text-slate-600">Employers see this first, so lead with the work you want to do.</p>
        </div>

        <Field
          name="headline"
          label="Headline"
          hint='One line, e.g. "Junior data analyst with SQL and Power BI".'
          aside={<Counter length={lengths.headline} limit={limits.headline} />}
          errors={fields.headline}
        >
          {(control) => <TextInput {...control} defaultValue={initial.headline} required />}
        </Field>

        <Field name="location" label="Location" hint="Town or city, e.g. Glasgow. Employers can filter by it." errors={fields.location}>
          {(control) => <TextInput {...control} defaultValue={initial.location} autoComplete="address-level2" className="sm:max-w-sm" />}
        </Field>

        <Field
          name="summary"
          label="Summary"
          hint="What you have done, what you are good at, and what you are looking for."
          aside={<Counter length={lengths.summary} limit={limits.summary} />}
          errors={fields.summary}
        >
          {(control) => <TextArea {...control} defaultValue={initial.summary} rows={7} />}
        </Field>
      </div>

      <fieldset className="space-y-3 border-t border-slate-200 p-5 sm:p-8">
        <legend className="float-left w-full">
          <span className="block text-base font-semibold text-slate-900">Who can find your CV</span>
          <span className="mt-1 mb-4 block text-sm font-normal text-slate-600">You can change this at any time.</span>
        </legend>
        <div className="clear-left grid gap-3">
          {visibilityChoices.map((choice) => (
            <ChoiceCard
              key={choice.value}
              name="visibility"
              value={choice.value}
              label={choice.label}
              description={choice.description}
              icon={choice.icon('size-5')}
              defaultChecked={initial.visibility === choice.value}
              describedBy={fields.visibility?.length ? 'visibility-error' : undefined}
              invalid={Boolean(fields.visibility?.length)}
            />
          ))}
        </div>
        <FieldErrors id="visibility-error" errors={fields.visibility} />
      </fieldset>

      <div className="flex flex-col gap-4 rounded-b-xl border-t border-slate-200 bg-slate-50/70 p-5 sm:flex-row sm:items-center sm:justify-between sm:px-8">
        <div className="min-w-0 flex-1">
          {outcome?.kind === 'saved' && <SavedNotice searchable={outcome.searchable} visibility={outcome.visibility} />}
          {outcome?.kind === 'failed' && (
            <Notice tone="error" live>
              {outcome.message}
            </Notice>
          )}
          {!outcome && pendingSync && (
            <p className="flex items-center gap-2 text-sm text-amber-800">
              <span className="relative flex size-2">
                <span className="absolute inline-flex size-full animate-ping rounded-full bg-amber-400 opacity-60" />
                <span className="relative inline-flex size-2 rounded-full bg-amber-500" />
              </span>
              Your latest changes are on their way to search.
            </p>
          )}
        </div>
        <Button type="submit" size="lg" pending={pending} className="w-full sm:w-auto">
          Save CV
        </Button>
      </div>
    </form>
  );
}
