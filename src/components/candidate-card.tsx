import Link from 'next/link';
import type { ReactNode } from 'react';
import type { CandidateHit } from '@/server/search/search-candidates';
import { BadgePill } from './badge-pill';
import { Chip } from './chip';
import { HighlightedText, highlightPlainText } from './highlighted-text';
import { ClockIcon, MapPinIcon, VerifiedIcon } from './icons';
import { InitialsAvatar } from './initials-avatar';
import { MatchExplanation } from './match-explanation';
import { shortDate } from './time-ago';

/** The summary snippet: the highlighted fragment with ellipses where it was cut, else the start of the summary. */
function Snippet({ summary, highlight }: { summary: string; highlight?: string }) {
  if (!highlight) return <>{summary}</>;
  const plain = highlightPlainText(highlight);
  return (
    <>
      {!summary.startsWith(plain) && '… '}
      <HighlightedText text={highlight} />
      {!summary.endsWith(plain) && ' …'}
    </>
  );
}

/**
 * One search result: who, what they do, their verified badges (others only counted), and why they matched.
 * `actions` sits beside the name (the shortlist button on the search page).
 */
export function CandidateCard({ hit, actions }: { hit: CandidateHit; actions?: ReactNode }) {
  const headingId = `candidate-${hit.cv_id}`;
  const badges = hit.verified_badge_count;
  const hiddenBadges = Math.max(0, badges - hit.topBadges.length);
  return (
    <article aria-labelledby={headingId} className="rounded-xl border border-slate-200 bg-white p-4 shadow-xs transition hover:border-slate-300 sm:p-5">
      <div className="flex items-start gap-3 sm:gap-4">
        <InitialsAvatar name={hit.display_name} className="size-10 text-sm sm:size-11" />
        <div className="min-w-0 flex-1">
          <h3 id={headingId} className="text-base font-semibold wrap-anywhere text-slate-900">
            <Link href={`/p/${hit.cv_id}`} className="underline-offset-4 hover:text-brand-800 hover:underline">
              {hit.display_name}
            </Link>
          </h3>
          {hit.headline ? (
            <p className="mt-0.5 text-[15px] leading-snug wrap-anywhere text-slate-700">
              {hit.highlight.headline ? <HighlightedText text={hit.highlight.headline} /> : hit.headline}
            </p>
          ) : (
            <p className="mt-0.5 text-[15px] text-slate-500">No headline yet</p>
          )}
        </div>
        {actions}
      </div>

      <div className="mt-2.5 flex flex-wrap items-center gap-x-4 gap-y-1.5 text-sm text-slate-500 sm:pl-15">
        <Chip tone={badges > 0 ? 'verified' : 'neutral'} icon={<VerifiedIcon className="size-3.5" />}>
          {badges} verified {badges === 1 ? 'badge' : 'badges'}
        </Chip>
        {hit.location && (
          <span className="inline-flex items-center gap-1.5">
            <MapPinIcon className="size-4 text-slate-500" />
            {hit.location}
          </span>
        )}
        <span className="inline-flex items-center gap-1.5">
          <ClockIcon className="size-4 text-slate-500" />
          <span>
            Updated <time dateTime={hit.updated_at}>{shortDate.format(new Date(hit.updated_at))}</time>
          </span>
        </span>
      </div>

      {hit.summary && (
        <p className="mt-3 line-clamp-3 text-sm leading-relaxed wrap-anywhere text-slate-600">
          <Snippet summary={hit.summary} highlight={hit.highlight.summary} />
        </p>
      )}

      {hit.topBadges.length > 0 && (
        <div className="mt-3">
          <h4 className="sr-only">Badges</h4>
          <ul className="flex flex-wrap gap-1.5">
            {hit.topBadges.map((badge) => (
              <li key={badge.badge_id} className="max-w-full">
                <BadgePill name={badge.achievement_name} issuer={badge.issuer_name} state={badge.state} issuerKnown={badge.issuer_known} />
              </li>
            ))}
            {hiddenBadges > 0 && <li className="self-center text-xs text-slate-500">+{hiddenBadges} more verified</li>}
            {hit.notShownCount > 0 && <li className="self-center text-xs text-slate-500">· {hit.notShownCount} not verified</li>}
          </ul>
        </div>
      )}
      {hit.topBadges.length === 0 && hit.notShownCount > 0 && (
        <p className="mt-3 text-xs text-slate-500">{hit.notShownCount} badges not verified (not shown)</p>
      )}

      <MatchExplanation matches={hit.matches} requirementsMet={hit.requirementsMet} />
    </article>
  );
}
