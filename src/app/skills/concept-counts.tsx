import clsx from 'clsx';

export type CountPair = { verifiedCandidates: number; openRoles: number };
type Kind = 'candidates' | 'roles';

const nouns: Record<Kind, [one: string, many: string]> = { candidates: ['verified candidate', 'verified candidates'], roles: ['open role', 'open roles'] };

export function countNoun(count: number, kind: Kind): string {
  return nouns[kind][count === 1 ? 0 : 1];
}

export function countText(count: number, kind: Kind): string {
  return `${count.toLocaleString('en-GB')} ${countNoun(count, kind)}`;
}

/** "N verified candidates · M open roles"; nothing when the counts are unavailable (or, with `hideEmpty`, both zero). */
export function ConceptCountsLine({ counts, className, hideEmpty = false }: { counts: CountPair | undefined; className?: string; hideEmpty?: boolean }) {
  if (!counts) return null;
  if (hideEmpty && counts.verifiedCandidates === 0 && counts.openRoles === 0) return null;
  return (
    <p className={clsx('text-xs text-slate-500', className)}>
      <span className={clsx(counts.verifiedCandidates > 0 && 'font-medium text-emerald-700')}>{countText(counts.verifiedCandidates, 'candidates')}</span>
      <span aria-hidden="true"> · </span>
      <span className="sr-only">, </span>
      <span className={clsx(counts.openRoles > 0 && 'font-medium text-brand-700')}>{countText(counts.openRoles, 'roles')}</span>
    </p>
  );
}
