'use client';

import clsx from 'clsx';
import { useState } from 'react';
import { Combobox } from '@/components/combobox';
import { FieldErrors } from '@/components/field';
import { BadgeIcon, SkillsIcon, TrashIcon } from '@/components/icons';
import { MAX_REQUIREMENTS, type RequirementDraft } from './job-form-values';

type PathStep = { key: string; label: string | null; notation: string | null };
type Concept = PathStep & { type: string; path: PathStep[] };
/** One (issuer, achievement) pair, named from verified badges; `key` is the requirement's code. */
type Achievement = { key: string; id: string; name: string; issuerName: string; issuerKnown: boolean; holders: number };
const issuerWords = (achievement: Achievement) =>
  achievement.issuerKnown ? achievement.issuerName : `${achievement.issuerName} (issuer not known to Badgeboard)`;

async function getJson<T>(url: string, signal: AbortSignal): Promise<T> {
  const response = await fetch(url, { signal, headers: { accept: 'application/json' } });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return (await response.json()) as T;
}
const loadConcepts = (q: string, signal: AbortSignal) =>
  getJson<{ results: Concept[] }>(`/api/v1/taxonomy/concepts?${new URLSearchParams({ q, limit: '8' })}`, signal).then((body) => body.results);
const loadAchievements = (q: string, signal: AbortSignal) =>
  getJson<{ results: Achievement[] }>(`/api/v1/achievements?${new URLSearchParams({ q, limit: '8' })}`, signal).then((body) => body.results);

function Notation({ value }: { value: string | null | undefined }) {
  if (!value) return null;
  return <span className="rounded bg-slate-100 px-1 py-px font-mono text-[11px] text-slate-600 ring-1 ring-slate-200 ring-inset">{value}</span>;
}

function ConceptOption({ concept }: { concept: Concept }) {
  const parent = concept.path[0];
  return (
    <span className="flex flex-col gap-0.5">
      <span className="flex flex-wrap items-center gap-1.5">
        <span className="font-medium text-slate-900">{concept.label ?? concept.key}</span>
        <Notation value={concept.notation} />
        {concept.type === 'group' && <span className="text-xs text-brand-700">skill group: matches every skill inside</span>}
      </span>
      {parent && <span className="text-xs text-slate-500">in {parent.label ?? parent.notation}</span>}
    </span>
  );
}

const segment =
  'inline-flex h-7 cursor-pointer items-center rounded-md px-2.5 text-xs font-medium transition-colors has-focus-visible:outline-2 has-focus-visible:outline-brand-600';

function RequirementRow({
  requirement,
  index,
  errors,
  onChange,
  onRemove,
}: {
  requirement: RequirementDraft;
  index: number;
  errors: Record<string, string[]>;
  onChange: (next: RequirementDraft) => void;
  onRemove: () => void;
}) {
  const rowErrors = Object.entries(errors)
    .filter(([key]) => key.startsWith(`requirements.${index}.`))
    .flatMap(([, messages]) => messages);
  const levelId = `requirement-${index}-level`;
  return (
    <li className={clsx('rounded-lg border bg-white p-3', rowErrors.length ? 'border-red-300' : 'border-slate-200')}>
      <div className="flex flex-col gap-3 sm:flex-row sm:items-center">
        <div className="flex min-w-0 flex-1 items-start gap-2.5">
          {requirement.kind === 'skill' ? (
            <SkillsIcon className="mt-0.5 size-4.5 shrink-0 text-brand-600" />
          ) : (
            <BadgeIcon className="mt-0.5 size-4.5 shrink-0 text-brand-600" />
          )}
          <div className="min-w-0">
            <p className="text-sm font-medium break-words text-slate-900">{requirement.label}</p>
            <p className="text-xs text-slate-500">
              {requirement.kind === 'skill' ? 'Skill' : 'Badge'}
              {requirement.detail && ` · ${requirement.detail}`}
            </p>
          </div>
        </div>
        <div className="flex items-center gap-2">
          <fieldset className="inline-flex shrink-0 rounded-lg bg-slate-100 p-0.5">
            <legend className="sr-only">How important is {requirement.label}</legend>
            {(['required', 'preferred'] as const).map((importance) => (
              <label
                key={importance}
                className={clsx(
                  segment,
                  requirement.importance === importance ? 'bg-white text-slate-900 shadow-xs ring-1 ring-slate-200' : 'text-slate-600 hover:text-slate-900',
                )}
              >
                <input
                  type="radio"
                  className="sr-only"
                  name={`importance-${index}`}
                  value={importance}
                  checked={requirement.importance === importance}
                  onChange={() => onChange({ ...requirement, importance })}
                />
                {importance === 'required' ? 'Required' : 'Preferred'}
              </label>
            ))}
          </fieldset>
          <label htmlFor={levelId} className="sr-only">
            Minimum level for {requirement.label}
          </label>
          <input
            id={levelId}
            value={requirement.minLevel}
            maxLength={40}
            placeholder="Min. level"
            onChange={(event) => onChange({ ...requirement, minLevel: event.target.value })}
            className="h-8 w-0 min-w-0 flex-1 rounded-lg sm:w-28 sm:flex-none border border-slate-300 bg-white px-2.5 text-sm text-slate-900 placeholder:text-slate-400 hover:border-slate-400 focus:border-brand-600 focus:ring-3 focus:ring-brand-600/15 focus:outline-none"
          />
          <button
            type="button"
            onClick={onRemove}
            aria-label={`Remove ${requirement.label}`}
            className="inline-flex size-8 shrink-0 items-center justify-center rounded-lg text-slate-500 hover:bg-red-50 hover:text-red-700"
          >
            <TrashIcon className="size-4" />
          </button>
        </div>
      </div>
      {rowErrors.length > 0 && <FieldErrors errors={rowErrors} />}
    </li>
  );
}

/**
 * What the role asks for: skills or skill groups from the taxonomy, and badges seen on Badgeboard,
 * each required or preferred, with an optional minimum level.
 */
export function RequirementsBuilder({
  value,
  onChange,
  errors,
}: {
  value: RequirementDraft[];
  onChange: (next: RequirementDraft[]) => void;
  errors: Record<string, string[]>;
}) {
  const [picks, setPicks] = useState(0);
  // Picking remounts the box (clearing its text); focus goes back to the one just used.
  const [lastUsed, setLastUsed] = useState<RequirementDraft['kind'] | null>(null);
  const [notice, setNotice] = useState<{ text: string; duplicate: boolean } | null>(null);
  const full = value.length >= MAX_REQUIREMENTS;

  function add(requirement: Omit<RequirementDraft, 'importance' | 'minLevel'>) {
    setPicks((n) => n + 1);
    setLastUsed(requirement.kind);
    if (value.some((item) => item.kind === requirement.kind && item.code === requirement.code))
      return setNotice({ text: `“${requirement.label}” is already on the list.`, duplicate: true });
    setNotice({ text: `Added “${requirement.label}”.`, duplicate: false });
    onChange([...value, { ...requirement, importance: 'required', minLevel: '' }]);
  }

  return (
    <fieldset className="space-y-4">
      <legend className="text-base font-semibold text-slate-900">Skills and badges</legend>
      <p className="-mt-2 text-sm text-slate-600">Seekers see how their verified badges meet each one; applicants are ranked by the required ones they meet.</p>
      <div className="grid gap-4 md:grid-cols-2">
        <div>
          <p aria-hidden="true" className="mb-1.5 text-sm font-medium text-slate-800">
            Add a skill or skill group
          </p>
          <Combobox<Concept>
            key={`skill-${picks}`}
            label="Add a skill or skill group"
            placeholder="e.g. Python, S5, teamwork"
            load={loadConcepts}
            optionKey={(concept) => concept.key}
            renderOption={(concept) => <ConceptOption concept={concept} />}
            onPick={(concept) =>
              add({
                kind: 'skill',
                code: concept.notation ?? concept.key,
                label: concept.label ?? concept.notation ?? concept.key,
                detail: concept.notation ?? (concept.type === 'group' ? 'skill group' : undefined),
              })
            }
            noResults={(q) => `No skill or group called “${q}”. Try a broader word.`}
            disabled={full}
            hint="A skill group also matches every skill inside it."
            autoFocus={lastUsed === 'skill'}
          />
        </div>
        <div>
          <p aria-hidden="true" className="mb-1.5 text-sm font-medium text-slate-800">
            Add a badge
          </p>
          <Combobox<Achievement>
            key={`badge-${picks}`}
            label="Add a badge"
            placeholder="Badge or issuer name"
            load={loadAchievements}
            optionKey={(achievement) => achievement.key}
            renderOption={(achievement) => (
              <span className="flex flex-col gap-0.5">
                <span className="font-medium text-slate-900">{achievement.name}</span>
                <span className="text-xs text-slate-500">
                  {issuerWords(achievement)} · {achievement.holders} {achievement.holders === 1 ? 'holder' : 'holders'}
                </span>
              </span>
            )}
            onPick={(achievement) => add({ kind: 'achievement', code: achievement.key, label: achievement.name, detail: issuerWords(achievement) })}
            noResults={(q) => `No badge on Badgeboard matches “${q}” yet.`}
            disabled={full}
            hint="Verified badges held on Badgeboard, by name or issuer."
            autoFocus={lastUsed === 'achievement'}
          />
        </div>
      </div>
      <p role="status" className={notice?.duplicate ? 'text-sm text-amber-800' : 'sr-only'}>
        {notice?.text}
      </p>
      {full && <p className="text-sm text-amber-800">That is the most a role can ask for ({MAX_REQUIREMENTS}). Put the rest in the description.</p>}
      {value.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 px-4 py-5 text-center text-sm text-slate-500">
          No skills or badges yet. Roles that name them reach the seekers who hold them.
        </p>
      ) : (
        <ul className="space-y-2" aria-label="Requirements">
          {value.map((requirement, index) => (
            <RequirementRow
              key={`${requirement.kind}:${requirement.code}`}
              requirement={requirement}
              index={index}
              errors={errors}
              onChange={(next) => onChange(value.map((item, i) => (i === index ? next : item)))}
              onRemove={() => onChange(value.filter((_, i) => i !== index))}
            />
          ))}
        </ul>
      )}
      <FieldErrors errors={errors.requirements} />
    </fieldset>
  );
}
