'use client';

import { useId, useState, useTransition } from 'react';
import { Spinner } from '@/components/button';
import { stageLabels, type ApplicationStage } from '@/components/job-labels';
import { moveApplicationAction } from '../../actions';

/** Saves as soon as it changes; the seeker is told about the new stage. A failed save puts the old one back. */
export function StageSelect({ applicationId, stage }: { applicationId: string; stage: ApplicationStage }) {
  const id = useId();
  const [value, setValue] = useState(stage);
  const [status, setStatus] = useState<{ tone: 'saved' | 'error'; text: string } | null>(null);
  const [pending, startTransition] = useTransition();

  function change(next: ApplicationStage) {
    const previous = value;
    setValue(next);
    setStatus(null);
    startTransition(async () => {
      const result = await moveApplicationAction({ applicationId, stage: next });
      if (result.ok) setStatus({ tone: 'saved', text: 'Saved. The applicant has been told.' });
      else {
        setValue(previous);
        setStatus({ tone: 'error', text: result.message });
      }
    });
  }

  return (
    <div className="flex flex-col gap-1 sm:items-end">
      <div className="flex items-center gap-2">
        <label htmlFor={id} className="text-sm font-medium text-slate-700">
          Stage
        </label>
        <select
          id={id}
          value={value}
          disabled={pending}
          onChange={(event) => change(event.target.value as ApplicationStage)}
          className="h-9 rounded-lg border border-slate-300 bg-white pr-8 pl-2.5 text-sm font-medium text-slate-900 shadow-xs hover:border-slate-400 focus:border-brand-600 focus:ring-3 focus:ring-brand-600/15 focus:outline-none disabled:opacity-60"
        >
          {(Object.keys(stageLabels) as ApplicationStage[]).map((option) => (
            <option key={option} value={option}>
              {stageLabels[option]}
            </option>
          ))}
        </select>
        {pending && <Spinner className="size-4 text-slate-500" />}
      </div>
      <p role="status" className={status?.tone === 'error' ? 'text-xs text-red-700' : 'text-xs text-emerald-700'}>
        {status?.text}
      </p>
    </div>
  );
}
