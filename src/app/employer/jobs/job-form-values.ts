import type { ContractType, Workplace } from '@/components/job-labels';

/** A requirement as the builder holds it: what is saved, plus words to show beside it. */
export type RequirementDraft = {
  kind: 'skill' | 'achievement';
  /** Skill: taxonomy code; achievement: its key (issuer id and achievement id, see `achievementKey`). */
  code: string;
  label: string;
  /** Notation or issuer, shown quietly after the label. */
  detail?: string;
  importance: 'required' | 'preferred';
  minLevel: string;
};

export type JobFormValues = {
  title: string;
  description: string;
  location: string;
  workplace: Workplace;
  contractType: ContractType;
  salaryMin: string;
  salaryMax: string;
  salaryCurrency: string;
  salaryPeriod: 'year' | 'hour';
  closingDate: string;
  /** Count verified badges from issuers not known to Badgeboard (off: known issuers only). */
  acceptUnknownIssuers: boolean;
  requirements: RequirementDraft[];
};

export const emptyJobForm: JobFormValues = {
  title: '',
  description: '',
  location: '',
  workplace: 'on_site',
  contractType: 'permanent',
  salaryMin: '',
  salaryMax: '',
  salaryCurrency: 'GBP',
  salaryPeriod: 'year',
  closingDate: '',
  acceptUnknownIssuers: false,
  requirements: [],
};

export const MAX_REQUIREMENTS = 12;

/** The form as the server's job schema reads it: empty boxes are left out, not sent as 0. */
export function jobInputFrom(form: FormData, requirements: RequirementDraft[]) {
  const text = (name: string) => String(form.get(name) ?? '').trim();
  const optional = (name: string) => text(name) || undefined;
  return {
    title: text('title'),
    description: text('description'),
    location: text('location'),
    workplace: text('workplace'),
    contractType: text('contractType'),
    salaryMin: optional('salaryMin'),
    salaryMax: optional('salaryMax'),
    salaryCurrency: text('salaryCurrency').toUpperCase() || 'GBP',
    salaryPeriod: text('salaryPeriod') || 'year',
    closingDate: optional('closingDate'),
    acceptUnknownIssuers: form.get('acceptUnknownIssuers') === 'on',
    requirements: requirements.map((requirement) => ({
      kind: requirement.kind,
      code: requirement.code,
      importance: requirement.importance,
      minLevel: requirement.minLevel.trim() || undefined,
    })),
  };
}
