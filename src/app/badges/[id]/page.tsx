import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { z } from 'zod';
import { BadgeImage } from '@/components/badge-image';
import { badgeSkills } from '@/components/badge-skills';
import { badgeFix, badgeFixLink } from '@/components/badge-fix';
import { BadgeStateChip, failingCheck } from '@/components/badge-state';
import { Notice } from '@/components/notice';
import { presentReport } from '@/lib/verification/present';
import { Card } from '@/components/card';
import { ArrowLeftIcon } from '@/components/icons';
import { VerificationReport } from '@/components/verification-report';
import { getViewer } from '@/server/auth/viewer';
import { canViewBadge } from '@/server/badges/policies';
import { nextCheckAt, reverificationSettings } from '@/server/badges/reverification-settings';
import { getBadgeWithCv, skillLabels } from '@/server/badges/queries';
import { getDb } from '@/server/db/client';
import { cvAccessFor } from '@/server/orgs/candidate-access';
import { env } from '@/server/env';
import { appBaseUrl } from '@/app/base-url';
import { LinkedInAddButton } from '@/components/linkedin-button';
import { effectiveShareVisibility } from '@/server/sharing/badge-share-policy';
import { certificationId, issuerDisplayName, linkedInAddToProfileUrl } from '@/server/sharing/linkedin-url';
import { BadgeDetails } from './badge-details';
import { CheckAgainButton, RemoveBadgeButton } from './badge-owner-actions';
import { ShareSettings } from './share-settings';

export const dynamic = 'force-dynamic';

type Params = { params: Promise<{ id: string }> };

/** The badge, if this viewer may see it (see canViewBadge; an application shares it with that employer); null otherwise (so nobody learns it exists). */
const loadBadge = cache(async (id: string) => {
  if (!z.uuid().safeParse(id).success) return null;
  const db = await getDb();
  const found = await getBadgeWithCv(db, id);
  const viewer = await getViewer();
  if (!found || !canViewBadge(viewer, found.cv, found.badge, await cvAccessFor(db, viewer, found.cv.id, found.cv))) return null;
  const labels = await skillLabels(db, found.badge.skillKeys);
  return { ...found, viewer, skills: badgeSkills(found.badge, labels) };
});

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const found = await loadBadge((await params).id);
  return { title: found ? found.badge.achievementName : 'Badge not found' };
}

export default async function BadgeReportPage({ params }: Params) {
  const found = await loadBadge((await params).id);
  if (!found) notFound();
  const { badge, cv, ownerName, viewer, skills } = found;
  const isOwner = viewer?.id === badge.userId;
  const report = presentReport(badge.report, isOwner ? 'owner' : 'others');
  // The owner of a badge that needs attention is told what to do, above the report that explains why.
  const fix = isOwner ? badgeFix(failingCheck(badge.state, badge.report.checks)) : null;
  const fixLink = isOwner ? badgeFixLink(failingCheck(badge.state, badge.report.checks)) : null;
  const back = isOwner ? { href: '/cv#badges', label: 'Back to my CV' } : { href: `/p/${cv.id}`, label: `Back to ${ownerName}’s CV` };
  const pageUrl = `${(await appBaseUrl()).replace(/\/+$/, '')}/b/${badge.id}`;
  const issuer = issuerDisplayName(badge);
  // LinkedIn is offered for what Badgeboard can vouch for now: a verified badge.
  const linkedIn =
    isOwner && badge.state === 'verified'
      ? linkedInAddToProfileUrl({
          name: badge.achievementName,
          organizationName: issuer.name,
          issuedAt: badge.issuedAt,
          expiresAt: badge.expiresAt,
          certUrl: pageUrl,
          certId: certificationId(badge),
        })
      : null;

  return (
    <div className="mx-auto max-w-6xl px-4 py-8 sm:px-6 sm:py-12">
      <Link
        href={back.href}
        className="inline-flex items-center gap-1.5 text-sm font-medium text-slate-600 underline-offset-4 hover:text-slate-900 hover:underline"
      >
        <ArrowLeftIcon className="size-4" />
        {back.label}
      </Link>

      <Card className="mt-4 p-5 sm:p-8">
        <div className="flex flex-col gap-5 sm:flex-row sm:items-start">
          <BadgeImage src={badge.imageUrl} alt={`${badge.achievementName} badge image`} className="size-20 sm:size-24" />
          <div className="min-w-0 flex-1">
            <p className="text-sm font-medium text-brand-700">{isOwner ? 'A badge on your CV' : `A badge on ${ownerName}’s CV`}</p>
            <h1 className="mt-1 text-2xl font-semibold tracking-tight break-words text-slate-900 sm:text-3xl">{badge.achievementName}</h1>
            <p className="mt-1.5 text-[15px] text-slate-600">
              {report.issuer?.known ? (
                <>
                  Issued by <span className="font-medium text-slate-800">{report.issuer.knownName ?? badge.issuerName}</span>
                </>
              ) : (
                // A name is a claim: for an issuer Badgeboard does not know, say so where the name is shown.
                <>
                  Issuer calls itself <span className="font-medium text-slate-800">“{badge.issuerName}”</span>{' '}
                  <span className="text-slate-500">(not known to Badgeboard)</span>
                </>
              )}
            </p>
            <div className="mt-3">
              <BadgeStateChip state={badge.state} level={report.level} />
            </div>
            {badge.description && <p className="mt-4 max-w-3xl text-[15px] leading-relaxed whitespace-pre-line text-slate-700">{badge.description}</p>}
          </div>
          {isOwner && (
            <div className="shrink-0 sm:max-w-xs">
              <RemoveBadgeButton badgeId={badge.id} name={badge.achievementName} />
            </div>
          )}
        </div>
      </Card>

      <div className="mt-6 grid grid-cols-1 gap-6 lg:grid-cols-5 lg:items-start">
        <div className="space-y-3 lg:col-span-3">
          {(fix || fixLink) && (
            <Notice tone="warning" title={badge.state === 'unverified' ? 'Not verified yet' : 'Only you can see this badge'}>
              {fix}
              {fixLink && (
                <>
                  {fix && ' '}
                  <Link href={fixLink.href} className="font-medium underline underline-offset-4">
                    {fixLink.label}
                  </Link>
                </>
              )}
            </Notice>
          )}
          <VerificationReport
            report={report}
            nextCheck={isOwner ? nextCheckAt(badge, reverificationSettings(env()).intervalMs) : undefined}
            actions={isOwner ? <CheckAgainButton badgeId={badge.id} /> : undefined}
          />
          <p className="px-1 text-xs text-slate-500">
            Badgeboard checks badges when they are added and again every day. A badge counts as verified only when every check passes; it is shown as from a
            known issuer only when the signer’s id is in Badgeboard’s register of known issuers.{' '}
            <Link href="/verify" className="font-medium text-brand-700 underline underline-offset-4">
              Verify a badge yourself
            </Link>
          </p>
        </div>
        <div className="space-y-6 lg:col-span-2">
          {isOwner && (
            <section id="share" aria-labelledby="share-heading" className="scroll-mt-24">
              <Card className="p-5 sm:p-6">
                <h2 id="share-heading" className="text-base font-semibold text-slate-900">
                  Share this badge
                </h2>
                <p className="mt-1 mb-4 text-sm text-slate-600">
                  Its public page shows the badge, its report and a “Verify now” button anyone can use, signed in or not.
                </p>
                <ShareSettings
                  badgeId={badge.id}
                  initial={badge.shareVisibility}
                  cvVisibility={cv.visibility}
                  pageUrl={pageUrl}
                  everVerified={badge.verifiedAt !== null}
                />
                {linkedIn && (
                  <div className="mt-5 border-t border-slate-100 pt-4">
                    <p className="mb-3 text-sm text-slate-600">
                      Adds it to your LinkedIn profile as a certification, with the public page as its credential URL.
                      {effectiveShareVisibility(badge, cv) !== 'public' && ' Choose “Anyone with the link” first, so people on LinkedIn can open it.'}
                    </p>
                    <LinkedInAddButton href={linkedIn} className="w-full sm:w-auto" />
                  </div>
                )}
              </Card>
            </section>
          )}
          <BadgeDetails badge={badge} skills={skills} />
        </div>
      </div>
    </div>
  );
}
