'use client';

import Link from 'next/link';
import { useState, useTransition, type FormEvent } from 'react';
import { Button, ButtonLink } from '@/components/button';
import { Card } from '@/components/card';
import { Field, TextArea } from '@/components/field';
import { CheckCircleIcon, LockIcon } from '@/components/icons';
import { formatDay, type ApplicationStage } from '@/components/job-labels';
import { ApplicationStageChip } from '@/components/job-status-chip';
import { Notice } from '@/components/notice';
import { applyAction } from './actions';

export type ApplyState =
  | { kind: 'signed-out'; signInHref: string }
  | { kind: 'not-seeker' }
  | { kind: 'closed'; reason: string }
  | { kind: 'applied'; appliedAt: string; stage: ApplicationStage }
  | { kind: 'open'; requiredTotal: number; requiredVerified: number };

const NOTE_LIMIT = 4000;

function Applied({ appliedAt, stage }: { appliedAt: string; stage?: ApplicationStage }) {
  return (
    <div role="status" className="text-center">
      <span className="mx-auto flex size-11 items-center justify-center rounded-full bg-emerald-50 text-emerald-600 ring-1 ring-emerald-100">
        <CheckCircleIcon className="size-6" />
      </span>
      <p className="mt-3 text-base font-semibold text-slate-900">Applied</p>
      <p className="mt-0.5 text-sm text-slate-600">
        You applied on <time dateTime={appliedAt}>{formatDay(appliedAt)}</time>.
      </p>
      {stage && (
        <p className="mt-3">
          <ApplicationStageChip stage={stage} />
        </p>
      )}
      <Link href="/applications" className="mt-4 inline-block text-sm font-medium text-brand-700 underline-offset-4 hover:underline">
        See all my applications
      </Link>
    </div>
  );
}

function ApplyForm({ jobId, employer, requiredTotal, requiredVerified }: { jobId: string; employer: string; requiredTotal: number; requiredVerified: number }) {
  const [pending, startTransition] = useTransition();
  const [applied, setApplied] = useState<string | null>(null);
  const [error, setError] = useState<{ message: string; fields: Record<string, string[]> } | null>(null);
  const [length, setLength] = useState(0);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const coverNote = String(new FormData(event.currentTarget).get('coverNote') ?? '').trim();
    startTransition(async () => {
      const result = await applyAction({ jobId, coverNote: coverNote || undefined });
      if (result.ok) setApplied(result.data.appliedAt);
      else setError({ message: result.message, fields: result.fields ?? {} });
    });
  }

  if (applied) return <Applied appliedAt={applied} stage="new" />;
  return (
    <form onSubmit={submit} noValidate className="space-y-4">
      {requiredTotal > 0 && (
        <p className="text-sm text-slate-700">
          Your verified badges meet <span className="font-semibold text-slate-900">{requiredVerified}</span> of {requiredTotal} required. {employer} sees
          exactly which.
        </p>
      )}
      <Field
        name="coverNote"
        label="Cover note"
        aside={
          <span className={length > NOTE_LIMIT ? 'font-medium text-red-700' : undefined}>
            Optional · {length.toLocaleString('en-GB')}/{NOTE_LIMIT.toLocaleString('en-GB')}
          </span>
        }
        hint="A few lines on why this role, and anything your badges do not show."
        errors={error?.fields.coverNote}
      >
        {(control) => <TextArea {...control} rows={5} className="min-h-28" onChange={(event) => setLength(event.target.value.length)} />}
      </Field>
      {error && !error.fields.coverNote && (
        <Notice tone="error" live>
          {error.message}
        </Notice>
      )}
      <Button type="submit" size="lg" pending={pending} className="w-full">
        Apply
      </Button>
      <p className="flex gap-2 text-xs text-slate-500">
        <LockIcon className="mt-px size-3.5 shrink-0" />
        Applying shares your CV, name and email address with {employer}.
      </p>
    </form>
  );
}

/** The seeker's way in: apply with a note, or see that they already have (and where it stands). */
export function ApplyPanel({ jobId, employer, state }: { jobId: string; employer: string; state: ApplyState }) {
  return (
    <Card className="p-5 sm:p-6">
      <h2 className={state.kind === 'open' ? 'mb-3 text-base font-semibold text-slate-900' : 'sr-only'}>Apply for this role</h2>
      {state.kind === 'applied' && <Applied appliedAt={state.appliedAt} stage={state.stage} />}
      {state.kind === 'open' && <ApplyForm jobId={jobId} employer={employer} requiredTotal={state.requiredTotal} requiredVerified={state.requiredVerified} />}
      {state.kind === 'closed' && (
        <div className="text-center">
          <p className="text-base font-semibold text-slate-900">Applications have closed</p>
          <p className="mt-1 text-sm text-slate-600">{state.reason}</p>
          <ButtonLink href="/jobs" variant="secondary" className="mt-4">
            Find open roles
          </ButtonLink>
        </div>
      )}
      {state.kind === 'signed-out' && (
        <div className="space-y-3 text-center">
          <p className="text-base font-semibold text-slate-900">Interested in this role?</p>
          <p className="text-sm text-slate-600">Sign in with your job seeker account to apply and to see which requirements your badges meet.</p>
          <ButtonLink href={state.signInHref} size="lg" className="w-full">
            Sign in to apply
          </ButtonLink>
          <p className="text-sm text-slate-600">
            New here?{' '}
            <Link href="/sign-up" className="font-medium text-brand-700 underline-offset-4 hover:underline">
              Create an account
            </Link>
          </p>
        </div>
      )}
      {state.kind === 'not-seeker' && (
        <p className="text-sm text-slate-600">Applications come from job seeker accounts. Your account belongs to an employer organisation.</p>
      )}
    </Card>
  );
}
