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

/** "N verified candidates · M open roles"; nothing when the counts are unavailable. */
export function ConceptCountsLine({ counts, className }: { counts: CountPair | undefined; className?: string }) {
  if (!counts) return null;
  return (
    <p className={clsx('text-xs text-slate-500', className)}>
      <span className={clsx(counts.verifiedCandidates > 0 && 'font-medium text-emerald-700')}>{countText(counts.verifiedCandidates, 'candidates')}</span>
      <span aria-hidden="true"> · </span>
      <span className="sr-only">, </span>
      <span className={clsx(counts.openRoles > 0 && 'font-medium text-brand-700')}>{countText(counts.openRoles, 'roles')}</span>
    </p>
  );
}
