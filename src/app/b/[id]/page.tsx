import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { appBaseUrl } from '@/app/base-url';
import { BadgeDetails } from '@/app/badges/[id]/badge-details';
import { whoCanOpen } from '@/app/badges/[id]/share-options';
import { BadgeImage } from '@/components/badge-image';
import { badgeSkills } from '@/components/badge-skills';
import { BadgeStateChip, trustLabel, trustOf } from '@/components/badge-state';
import { buttonClasses } from '@/components/button';
import { Card } from '@/components/card';
import { FileIcon } from '@/components/icons';
import { LinkedInAddButton } from '@/components/linkedin-button';
import { Notice } from '@/components/notice';
import { QrCode } from '@/components/qr-code';
import { VerificationReport } from '@/components/verification-report';
import { presentReport } from '@/lib/verification/present';
import { getViewer } from '@/server/auth/viewer';
import { canViewCv } from '@/server/badges/policies';
import { skillLabels } from '@/server/badges/queries';
import { getDb } from '@/server/db/client';
import { effectiveShareVisibility } from '@/server/sharing/badge-share-policy';
import { certificationId, issuerDisplayName, linkedInAddToProfileUrl } from '@/server/sharing/linkedin-url';
import { embeddedImage, findSharedBadge } from '@/server/sharing/shared-badges';
import { VerifyNowButton } from './verify-now-button';

export const dynamic = 'force-dynamic';

type Params = { params: Promise<{ id: string }> };

/** The badge if this viewer may open its public page (see `canViewSharedBadge`); null otherwise, so nobody learns it exists. */
const loadPage = cache(async (id: string) => {
  const viewer = await getViewer();
  const db = await getDb();
  const found = await findSharedBadge(db, viewer, id);
  if (!found) return null;
  const base = (await appBaseUrl()).replace(/\/+$/, '');
  const labels = await skillLabels(db, found.badge.skillKeys);
  return { ...found, viewer, base, pageUrl: `${base}/b/${found.badge.id}`, skills: badgeSkills(found.badge, labels) };
});

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const found = await loadPage((await params).id);
  if (!found) return { title: 'Badge not found', robots: { index: false } };
  const { badge, cv, ownerName, base, pageUrl } = found;
  const issuer = issuerDisplayName(badge);
  const title = `${badge.achievementName} — ${ownerName}`;
  const trust = trustLabel(trustOf(badge.state, { level: presentReport(badge.report).level }));
  const from = issuer.known ? `issued by ${issuer.name}` : `from an issuer not known to Badgeboard (calls itself “${issuer.name}”)`;
  const description = `${trust}: ${badge.achievementName}, ${from}. Held by ${ownerName}. Open it to see the report and check it yourself.`;
  const listed = effectiveShareVisibility(badge, cv) === 'public';
  return {
    title,
    description,
    metadataBase: new URL(base),
    alternates: { canonical: pageUrl },
    // Only a page anyone may open is for search engines.
    robots: listed ? undefined : { index: false },
    openGraph: { type: 'website', siteName: 'Badgeboard', url: pageUrl, title, description },
    twitter: { card: 'summary_large_image', title, description },
  };
}

export default async function SharedBadgePage({ params }: Params) {
  const found = await loadPage((await params).id);
  if (!found) notFound();
  const { badge, cv, ownerName, viewer, skills, pageUrl } = found;
  const isOwner = viewer?.id === badge.userId;
  const report = presentReport(badge.report, isOwner ? 'owner' : 'others');
  const issuer = issuerDisplayName(badge);
  const seesCv = canViewCv(viewer, cv);
  const linkedIn =
    badge.state === 'verified'
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
      {isOwner && (
        <Notice tone="info" title="This is your badge’s public page" className="mb-6">
          {whoCanOpen(badge.verifiedAt ? effectiveShareVisibility(badge, cv) : 'hidden')}
          {!badge.verifiedAt && ' Others can open it once the badge has verified.'}{' '}
          <Link href={`/badges/${badge.id}#share`} className="font-medium underline underline-offset-4">
            Change who can open it
          </Link>
        </Notice>
      )}

      <Card className="p-5 sm:p-8">
        <div className="flex flex-col gap-5 sm:flex-row sm:items-start">
          {/* Only an image inside the credential: the page never loads anything from the issuer's host. */}
          <BadgeImage src={embeddedImage(badge.imageUrl)} alt={`${badge.achievementName} badge image`} className="size-20 sm:size-24" />
          <div className="min-w-0 flex-1">
            <p className="text-sm font-medium text-brand-700">
              Held by{' '}
              {seesCv ? (
                <Link href={`/p/${cv.id}`} className="underline-offset-4 hover:underline">
                  {ownerName}
                </Link>
              ) : (
                ownerName
              )}
            </p>
            <h1 className="mt-1 text-2xl font-semibold tracking-tight break-words text-slate-900 sm:text-3xl">{badge.achievementName}</h1>
            <p className="mt-1.5 text-[15px] text-slate-600">
              {issuer.known ? (
                <>
                  Issued by <span className="font-medium text-slate-800">{issuer.name}</span> <span className="text-slate-600">(known issuer)</span>
                </>
              ) : (
                // A name is a claim: for an issuer Badgeboard does not know, say so where the name is shown.
                <>
                  Issuer calls itself <span className="font-medium text-slate-800">“{issuer.name}”</span>{' '}
                  <span className="text-slate-600">(not known to Badgeboard)</span>
                </>
              )}
            </p>
            <p className="mt-0.5 font-mono text-xs break-all text-slate-600">{badge.issuerId}</p>
            <div className="mt-3">
              <BadgeStateChip state={badge.state} level={report.level} />
            </div>
            {badge.description && <p className="mt-4 max-w-3xl text-[15px] leading-relaxed whitespace-pre-line text-slate-700">{badge.description}</p>}
          </div>
        </div>
      </Card>

      <div className="mt-6 grid grid-cols-1 gap-6 lg:grid-cols-5 lg:items-start">
        <div className="space-y-3 lg:col-span-3">
          <VerificationReport report={report} actions={<VerifyNowButton badgeId={badge.id} />} />
          <p className="px-1 text-xs text-slate-600">
            “Verify now” runs every check again: the issuer’s signature, who the issuer is, whether it was revoked, its dates, and that it was issued to its
            holder. A badge counts as verified only when every check passes; the issuer is “known” only when its id is in Badgeboard’s register.{' '}
            <Link href="/verify" className="font-medium text-brand-700 underline underline-offset-4">
              Verify another badge
            </Link>
          </p>
        </div>
        <div className="space-y-6 lg:col-span-2">
          <Card className="p-5 sm:p-6">
            <h2 className="text-base font-semibold text-slate-900">Check it yourself</h2>
            <div className="mt-4 flex flex-col gap-5 sm:flex-row lg:flex-col xl:flex-row">
              <QrCode value={pageUrl} label={`QR code of this page’s address, ${pageUrl}`} className="size-36 shrink-0" />
              <div className="min-w-0 space-y-3 text-sm text-slate-600">
                <p>Scan to open this page on a phone. The credential is the issuer’s signed file: any Open Badges verifier can check it.</p>
                <a
                  href={`/api/v1/shared-badges/${badge.id}/credential`}
                  download
                  className={buttonClasses('secondary', 'md', 'w-full sm:w-auto lg:w-full xl:w-auto')}
                >
                  <FileIcon className="size-4" />
                  Download credential
                </a>
              </div>
            </div>
            {linkedIn && (
              <div className="mt-5 border-t border-slate-100 pt-4">
                <p className="mb-3 text-sm text-slate-600">Your badge? Add it to your LinkedIn profile as a certification, linking back here.</p>
                <LinkedInAddButton href={linkedIn} className="w-full sm:w-auto" />
              </div>
            )}
          </Card>
          <BadgeDetails badge={badge} skills={skills} />
        </div>
      </div>
    </div>
  );
}
