import Link from 'next/link';
import { buttonClasses } from './button';
import { ArrowLeftIcon, ArrowRightIcon } from './icons';

type PaginationProps = { page: number; pageCount: number } & (
  | { hrefFor: (page: number) => string; previousHref?: never; nextHref?: never }
  /** Explicit links, e.g. a search_after cursor on Next; null when there is no such page. */
  | { hrefFor?: never; previousHref: string | null; nextHref: string | null }
);

/** Previous / next links; the hrefs keep the rest of the query (filters live in the URL). */
export function Pagination({ page, pageCount, hrefFor, previousHref, nextHref }: PaginationProps) {
  if (pageCount <= 1) return null;
  const previous = hrefFor ? (page > 1 ? hrefFor(page - 1) : null) : previousHref;
  const next = hrefFor ? (page < pageCount ? hrefFor(page + 1) : null) : nextHref;
  const disabled = 'pointer-events-none opacity-40';
  return (
    <nav aria-label="Pagination" className="flex items-center justify-between gap-3">
      {previous ? (
        <Link href={previous} rel="prev" className={buttonClasses('secondary', 'md')}>
          <ArrowLeftIcon /> Previous
        </Link>
      ) : (
        <span aria-disabled="true" className={buttonClasses('secondary', 'md', disabled)}>
          <ArrowLeftIcon /> Previous
        </span>
      )}
      <p className="text-sm text-slate-600">
        Page <span className="font-medium text-slate-900">{page}</span> of <span className="font-medium text-slate-900">{pageCount}</span>
      </p>
      {next ? (
        <Link href={next} rel="next" className={buttonClasses('secondary', 'md')}>
          Next <ArrowRightIcon />
        </Link>
      ) : (
        <span aria-disabled="true" className={buttonClasses('secondary', 'md', disabled)}>
          Next <ArrowRightIcon />
        </span>
      )}
    </nav>
  );
}
