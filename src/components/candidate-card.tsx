import type { CandidateHit } from '@/server/search/search-candidates';
import { Chip } from './chip';
import { HighlightedText } from './highlighted-text';
import { ClockIcon, MapPinIcon, VerifiedIcon } from './icons';

const dateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

function initials(name: string): string {
  const letters = name
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => word[0]!.toUpperCase());
  return (letters.length > 1 ? letters[0]! + letters[letters.length - 1]! : (letters[0] ?? '?'));
}

/** One search result. Headline and summary come with search highlights when there was a query. */
export function CandidateCard({ hit }: { hit: CandidateHit }) {
  const headline = hit.highlight.headline ?? hit.headline;
  const snippet = hit.highlight.summary;
  const headingId = `candidate-${hit.cv_id}`;
  const badges = hit.verified_badge_count;
  return (
    <article aria-labelledby={headingId} className="rounded-xl border border-slate-200 bg-white p-5 shadow-xs transition hover:border-slate-300 sm:p-6">
      <div className="flex items-start gap-4">
        <span
          aria-hidden="true"
          className="hidden size-11 shrink-0 items-center justify-center rounded-full bg-brand-100 text-sm font-semibold text-brand-800 sm:flex"
        >
          {initials(hit.display_name)}
        </span>
        <div className="min-w-0 flex-1">
          <div className="flex flex-wrap items-start justify-between gap-x-4 gap-y-2">
            <div className="min-w-0">
              <h3 id={headingId} className="text-base font-semibold text-slate-900">
                {hit.display_name}
              </h3>
              {headline ? (
                <p className="mt-0.5 text-[15px] text-slate-700">
                  <HighlightedText text={headline} />
                </p>
              ) : (
                <p className="mt-0.5 text-[15px] text-slate-400">No headline yet</p>
              )}
            </div>
            <Chip tone={badges > 0 ? 'verified' : 'neutral'} icon={<VerifiedIcon className="size-3.5" />}>
              {badges} verified {badges === 1 ? 'badge' : 'badges'}
            </Chip>
          </div>

          {(snippet || hit.summary) && (
            <p className="mt-3 line-clamp-3 text-sm leading-relaxed text-slate-600">
              {snippet ? (
                <>
                  {!hit.summary.startsWith(snippet.replace(/<\/?mark>/g, '')) && '… '}
                  <HighlightedText text={snippet} />
                  {!hit.summary.endsWith(snippet.replace(/<\/?mark>/g, '')) && ' …'}
                </>
              ) : (
                hit.summary
              )}
            </p>
          )}

          <div className="mt-4 flex flex-wrap items-center gap-x-5 gap-y-1.5 text-sm text-slate-500">
            {hit.location && (
              <span className="inline-flex items-center gap-1.5">
                <MapPinIcon className="size-4 text-slate-400" />
                {hit.location}
              </span>
            )}
            <span className="inline-flex items-center gap-1.5">
              <ClockIcon className="size-4 text-slate-400" />
              <span>
                Updated <time dateTime={hit.updated_at}>{dateFormat.format(new Date(hit.updated_at))}</time>
              </span>
            </span>
          </div>
        </div>
      </div>
    </article>
  );
}
