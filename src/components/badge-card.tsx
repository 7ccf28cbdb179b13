import Link from 'next/link';
import type { BadgeRow } from '@/server/badges/queries';
import { renderReason } from '@/lib/verification/render';
import { BadgeImage } from './badge-image';
import { BadgeStateChip, checkLabels, failingCheck } from './badge-state';
import { SkillChips, type BadgeSkill } from './badge-skills';
import { badgeFix, badgeFixLink } from './badge-fix';
import { AlertIcon, ArrowRightIcon } from './icons';
import { shortDate } from './time-ago';

export type BadgeCardData = Pick<
  BadgeRow,
  'id' | 'achievementName' | 'issuerName' | 'issuerKnown' | 'imageUrl' | 'issuedAt' | 'expiresAt' | 'state' | 'report'
>;

function Dates({ issuedAt, expiresAt, now = new Date() }: { issuedAt: Date | null; expiresAt: Date | null; now?: Date }) {
  const parts: string[] = [];
  if (issuedAt) parts.push(`Issued ${shortDate.format(issuedAt)}`);
  if (expiresAt) parts.push(`${expiresAt < now ? 'Expired' : 'Expires'} ${shortDate.format(expiresAt)}`);
  else if (issuedAt) parts.push('No expiry');
  if (parts.length === 0) return null;
  // Each part stays on one line; the separator sticks to the part before it, so a wrapped line never starts with "·".
  return (
    <p className="text-sm text-slate-500">
      {parts.map((part, i) => (
        <span key={part}>
          <span className="whitespace-nowrap">
            {part}
            {i < parts.length - 1 && '\u00a0·'}
          </span>
          {i < parts.length - 1 && ' '}
        </span>
      ))}
    </p>
  );
}

/**
 * One badge on a CV: image, name, issuer, dates, skills and its state; the whole card opens the report.
 * Everything shown comes from the credential and is rendered as plain text. With `attention` (the owner's
 * "needs attention" list) the deciding check's reason is shown in full, with what to do about it.
 */
export function BadgeCard({
  badge,
  skills,
  headingLevel = 'h3',
  audience = 'owner',
  attention = false,
}: {
  badge: BadgeCardData;
  skills: BadgeSkill[];
  headingLevel?: 'h2' | 'h3';
  audience?: 'owner' | 'others';
  attention?: boolean;
}) {
  const Heading = headingLevel;
  const problem = failingCheck(badge.state, badge.report.checks);
  const fix = attention ? badgeFix(problem) : null;
  const fixLink = attention ? badgeFixLink(problem) : null;
  const headingId = `badge-${badge.id}`;
  return (
    <article
      aria-labelledby={headingId}
      className="group relative rounded-xl border border-slate-200 bg-white p-4 shadow-xs transition hover:border-slate-300 hover:shadow-sm has-focus-visible:outline-2 has-focus-visible:outline-offset-2 has-focus-visible:outline-brand-600 sm:p-5"
    >
      <div className="flex items-start gap-4">
        <BadgeImage src={badge.imageUrl} alt="" className="size-12 sm:size-14" />
        <div className="min-w-0 flex-1">
          <div className="flex flex-wrap items-start justify-between gap-x-3 gap-y-1.5">
            <div className="min-w-0">
              <Heading id={headingId} className="text-[15px] leading-snug font-semibold wrap-anywhere text-slate-900">
                <Link href={`/badges/${badge.id}`} className="focus-visible:outline-none after:absolute after:inset-0 after:rounded-xl hover:text-brand-800">
                  {badge.achievementName}
                </Link>
              </Heading>
              <p className="mt-0.5 truncate text-sm text-slate-600">{badge.issuerName}</p>
            </div>
            <BadgeStateChip state={badge.state} issuerKnown={badge.issuerKnown} />
          </div>
          <div className="mt-1.5">
            <Dates issuedAt={badge.issuedAt} expiresAt={badge.expiresAt} />
          </div>
          <SkillChips skills={skills} className="mt-3" />
          {problem && (
            <div className={attention ? 'mt-3 rounded-lg bg-slate-50 px-3 py-2.5 text-sm ring-1 ring-slate-200 ring-inset' : 'mt-3 text-sm'}>
              <p className="flex min-w-0 items-start gap-1.5 text-slate-700">
                <AlertIcon className={problem.status === 'failed' ? 'mt-0.5 size-4 shrink-0 text-red-600' : 'mt-0.5 size-4 shrink-0 text-amber-600'} />
                <span className={attention ? 'min-w-0 break-words' : 'truncate'}>
                  <span className="font-medium">{checkLabels[problem.check]}:</span> {renderReason(problem, audience)}
                </span>
              </p>
              {fix && (
                <p className="mt-1 pl-5.5 text-slate-700">
                  <span className="font-medium text-slate-900">What to do:</span> {fix}
                </p>
              )}
              {fixLink && (
                // Above the card's own link (which covers the card), so it can be clicked.
                <p className="relative z-10 mt-1 pl-5.5">
                  <Link href={fixLink.href} className="font-medium text-brand-700 underline underline-offset-4 hover:text-brand-800">
                    {fixLink.label}
                  </Link>
                </p>
              )}
            </div>
          )}
        </div>
        <ArrowRightIcon className="mt-1 hidden size-4 shrink-0 text-slate-300 transition group-hover:translate-x-0.5 group-hover:text-slate-500 sm:block" />
      </div>
    </article>
  );
}
