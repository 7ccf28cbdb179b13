import Link from 'next/link';
import { buttonClasses } from './button';
import { ArrowLeftIcon, ArrowRightIcon } from './icons';

/** Previous / next links; `hrefFor` keeps the rest of the query (filters live in the URL). */
export function Pagination({ page, pageCount, hrefFor }: { page: number; pageCount: number; hrefFor: (page: number) => string }) {
  if (pageCount <= 1) return null;
  const disabled = 'pointer-events-none opacity-40';
  return (
    <nav aria-label="Pagination" className="flex items-center justify-between gap-3">
      {page > 1 ? (
        <Link href={hrefFor(page - 1)} rel="prev" className={buttonClasses('secondary', 'md')}>
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
      {page < pageCount ? (
        <Link href={hrefFor(page + 1)} rel="next" className={buttonClasses('secondary', 'md')}>
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
