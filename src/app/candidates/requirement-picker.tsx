'use client';

import clsx from 'clsx';
import { useRouter, useSearchParams } from 'next/navigation';
import { useCallback, useEffect, useState, useTransition } from 'react';
import { Spinner } from '@/components/button';
import { Combobox } from '@/components/combobox';
import { BadgeIcon, SkillsIcon } from '@/components/icons';

type PathStep = { key: string; label: string | null; notation: string | null };
type Concept = PathStep & { frameworkId: string; type: string; path: PathStep[] };
/** One (issuer, achievement) pair, named from verified badges; `key` is what the requirement carries. */
type Achievement = { key: string; id: string; name: string; issuerId: string; issuerName: string; issuerKnown: boolean; holders: number };
type Mode = 'skill' | 'badge';

async function getJson<T>(url: string, signal: AbortSignal): Promise<T> {
  const response = await fetch(url, { signal, headers: { accept: 'application/json' } });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return (await response.json()) as T;
}

const loadConcepts = (q: string, signal: AbortSignal) =>
  getJson<{ results: Concept[] }>(`/api/v1/taxonomy/concepts?${new URLSearchParams({ q, limit: '8' })}`, signal).then((body) => body.results);
const loadAchievements = (q: string, signal: AbortSignal) =>
  getJson<{ results: Achievement[] }>(`/api/v1/achievements?${new URLSearchParams({ q, limit: '8' })}`, signal).then((body) => body.results);

function Notation({ value }: { value: string | null }) {
  if (!value) return null;
  return <span className="rounded bg-slate-100 px-1 py-px font-mono text-[11px] text-slate-600 ring-1 ring-slate-200 ring-inset">{value}</span>;
}

/** "← computer programming ← … ← S5 working with computers": nearest broader first, the framework's root pillar left out. */
function ConceptPath({ path }: { path: PathStep[] }) {
  const steps = path.length > 1 && (path.at(-1)?.notation?.length ?? 0) === 1 ? path.slice(0, -1) : path;
  const shown = steps.length > 2 ? [steps[0]!, null, steps.at(-1)!] : steps;
  if (shown.length === 0) return <span className="text-xs text-slate-500">Top-level group</span>;
  return (
    <span className="flex flex-wrap items-center gap-x-1 gap-y-0.5 text-xs text-slate-500">
      {shown.map((step, index) => (
        <span key={step?.key ?? `gap-${index}`} className="inline-flex items-center gap-1">
          <span aria-hidden="true">←</span>
          {step ? (
            <>
              <Notation value={step.notation} />
              <span>{step.label}</span>
            </>
          ) : (
            <span>…</span>
          )}
        </span>
      ))}
    </span>
  );
}

function ConceptOption({ concept }: { concept: Concept }) {
  return (
    <span className="flex flex-col gap-0.5">
      <span className="flex flex-wrap items-center gap-1.5">
        <span className="font-medium text-slate-900">{concept.label}</span>
        <Notation value={concept.notation} />
        {concept.type === 'group' && <span className="text-xs text-brand-700">skill group</span>}
      </span>
      <ConceptPath path={concept.path} />
    </span>
  );
}

function AchievementOption({ achievement }: { achievement: Achievement }) {
  return (
    <span className="flex flex-col gap-0.5">
      <span className="font-medium text-slate-900">{achievement.name}</span>
      <span className="text-xs text-slate-500">
        {achievement.issuerName}
        {!achievement.issuerKnown && <span className="text-amber-700"> (issuer not known to Badgeboard)</span>} · {achievement.holders}{' '}
        {achievement.holders === 1 ? 'holder' : 'holders'}
      </span>
    </span>
  );
}

/**
 * "Add a skill or badge": picks a taxonomy concept or a known achievement and adds it to the URL as a requirement.
 * `query` is the current search without paging, so the new requirement starts again at page 1.
 */
/** Set when a pick navigates: the picker may be rendered afresh with the results, and focus belongs back in its input. */
let refocusPicker = false;

export function RequirementPicker({ query, existing, full }: { query: string; existing: string[]; full: boolean }) {
  const searchParams = useSearchParams();
  useEffect(() => {
    if (!refocusPicker) return;
    refocusPicker = false;
    document.querySelector<HTMLInputElement>('#requirement-picker input[role="combobox"]')?.focus({ preventScroll: true });
  }, [searchParams]);
  const router = useRouter();
  const [mode, setMode] = useState<Mode>('skill');
  // Focus follows the toggle once it is used, not on page load.
  const [switched, setSwitched] = useState(false);
  const [pending, startTransition] = useTransition();

  const add = useCallback(
    (requirement: string) => {
      if (pending || existing.includes(requirement)) return;
      const params = new URLSearchParams(query);
      params.append('req', requirement);
      refocusPicker = true;
      startTransition(() => router.push(`/candidates?${params}`, { scroll: false }));
    },
    [existing, pending, query, router],
  );

  return (
    <div className="min-w-0" id="requirement-picker">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <p className="text-sm font-medium text-slate-800" id="requirement-picker-label">
          Add a skill or badge
        </p>
        <div role="group" aria-labelledby="requirement-picker-label" className="inline-flex rounded-lg bg-slate-100 p-0.5 text-sm">
          {(['skill', 'badge'] as const).map((value) => (
            <button
              key={value}
              type="button"
              aria-pressed={mode === value}
              onClick={() => {
                setMode(value);
                setSwitched(true);
              }}
              className={clsx(
                'inline-flex h-7 items-center gap-1.5 rounded-md px-2.5 font-medium transition-colors',
                mode === value ? 'bg-white text-slate-900 shadow-xs ring-1 ring-slate-200' : 'text-slate-600 hover:text-slate-900',
              )}
            >
              {value === 'skill' ? <SkillsIcon className="size-4" /> : <BadgeIcon className="size-4" />}
              {value === 'skill' ? 'Skill' : 'Badge'}
            </button>
          ))}
        </div>
      </div>
      <div className="mt-2">
        {mode === 'skill' ? (
          <Combobox<Concept>
            key="skill"
            label="Add a skill or skill group"
            placeholder="e.g. Python, S5, teamwork"
            load={loadConcepts}
            optionKey={(concept) => concept.key}
            renderOption={(concept) => <ConceptOption concept={concept} />}
            onPick={(concept) => add(`skill:${concept.notation ?? concept.key}`)}
            noResults={(q) => `No skill or group called “${q}”. Try a broader word.`}
            disabled={full}
            hint={full ? 'That is the most requirements one search can hold.' : 'A skill group also matches every skill inside it.'}
            autoFocus={switched}
          />
        ) : (
          <Combobox<Achievement>
            key="badge"
            label="Add a badge"
            placeholder="Badge or issuer name"
            load={loadAchievements}
            optionKey={(achievement) => achievement.key}
            renderOption={(achievement) => <AchievementOption achievement={achievement} />}
            onPick={(achievement) => add(`achievement:${achievement.key}`)}
            noResults={(q) => `No badge on Badgeboard matches “${q}” yet.`}
            disabled={full}
            hint={full ? 'That is the most requirements one search can hold.' : 'Verified badges held on Badgeboard, by name or issuer.'}
            autoFocus={switched}
          />
        )}
      </div>
      {pending && (
        <p role="status" className="mt-1.5 flex items-center gap-1.5 text-xs text-slate-500">
          <Spinner className="size-3.5" /> Adding requirement…
        </p>
      )}
    </div>
  );
}
