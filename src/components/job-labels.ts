import { shortDate } from './time-ago';

export type Workplace = 'on_site' | 'hybrid' | 'remote';
export type ContractType = 'permanent' | 'fixed_term' | 'contract' | 'apprenticeship' | 'internship';
export type JobStatus = 'draft' | 'published' | 'closed';
export type ApplicationStage = 'new' | 'reviewing' | 'interview' | 'offer' | 'rejected';

export const workplaceLabels: Record<Workplace, string> = { on_site: 'On-site', hybrid: 'Hybrid', remote: 'Remote' };

export const contractLabels: Record<ContractType, string> = {
  permanent: 'Permanent',
  fixed_term: 'Fixed term',
  contract: 'Contract',
  apprenticeship: 'Apprenticeship',
  internship: 'Internship',
};

export const statusLabels: Record<JobStatus, string> = { draft: 'Draft', published: 'Published', closed: 'Closed' };

/** The words the seeker sees too (the server's notification uses the same ones). */
export const stageLabels: Record<ApplicationStage, string> = {
  new: 'New',
  reviewing: 'Reviewing',
  interview: 'Interview',
  offer: 'Offer',
  rejected: 'Not progressing',
};

function money(amount: number, currency: string): string {
  try {
    return new Intl.NumberFormat('en-GB', { style: 'currency', currency, maximumFractionDigits: 0 }).format(amount);
  } catch {
    return `${amount.toLocaleString('en-GB')} ${currency}`;
  }
}

/** "£30,000–£38,000 a year", "From £14 an hour"; null when the role gives no salary. */
export function formatSalary(min: number | null, max: number | null, currency: string, period: 'year' | 'hour'): string | null {
  const per = period === 'hour' ? 'an hour' : 'a year';
  if (min !== null && max !== null) return min === max ? `${money(min, currency)} ${per}` : `${money(min, currency)}–${money(max, currency)} ${per}`;
  if (min !== null) return `From ${money(min, currency)} ${per}`;
  if (max !== null) return `Up to ${money(max, currency)} ${per}`;
  return null;
}

/** A date column ("2026-12-31") or a timestamp, as "31 Dec 2026". */
export function formatDay(value: string | Date | null | undefined): string | null {
  if (!value) return null;
  const date = typeof value === 'string' ? new Date(value.length === 10 ? `${value}T00:00:00Z` : value) : value;
  return Number.isNaN(date.getTime()) ? null : shortDate.format(date);
}

/** True once the closing date has passed (the role stays open through that whole day). */
export function isPastClosing(closingDate: string | null | undefined, now = new Date()): boolean {
  return Boolean(closingDate && closingDate < now.toISOString().slice(0, 10));
}

export function requiredCountLabel(count: number): string {
  return count === 1 ? '1 required badge/skill' : `${count} required badges/skills`;
}

/** "1 person on Badgeboard holds it", "12 people on Badgeboard hold it". */
export function holdersLabel(holders: number): string {
  return holders === 1 ? '1 person on Badgeboard holds it' : `${holders.toLocaleString('en-GB')} people on Badgeboard hold it`;
}
