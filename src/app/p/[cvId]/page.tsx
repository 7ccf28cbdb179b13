import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { BadgeList } from '@/components/badge-list';
import { Card } from '@/components/card';
import { Chip } from '@/components/chip';
import { EmptyState } from '@/components/empty-state';
import { ArrowLeftIcon, MapPinIcon, VerifiedIcon, WalletIcon } from '@/components/icons';
import { InitialsAvatar } from '@/components/initials-avatar';
import { RichText } from '@/components/job-description';
import { getViewer } from '@/server/auth/viewer';
import { getPublicCv } from '@/server/cv/get-public-cv';
import { getDb } from '@/server/db/client';
import { appBaseUrl } from '@/app/base-url';
import { CandidateNotesSection } from '@/app/employer/candidates/candidate-notes-section';

export const dynamic = 'force-dynamic';

type Params = { params: Promise<{ cvId: string }> };

/** The CV as others see it, or null when this viewer may not (hidden, employers only, or no such CV). */
const loadCv = cache(async (cvId: string) => {
  const viewer = await getViewer();
  const found = await getPublicCv(await getDb(), viewer, cvId);
  return found && { ...found, viewer };
});

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const found = await loadCv((await params).cvId);
  if (!found) return { title: 'CV not found' };
  const { cv, ownerName } = found;
  const base = (await appBaseUrl()).replace(/\/+$/, '');
  const url = `${base}/p/${cv.id}`;
  const title = `${ownerName} — CV`;
  const verified = found.badges.filter((badge) => badge.state === 'verified').length;
  const description = `${cv.headline ? `${cv.headline}. ` : ''}${verified} verified ${verified === 1 ? 'badge' : 'badges'}, each checked by Badgeboard.`;
  // The preview image (opengraph-image.tsx) shows what a signed-out reader would see, whoever asked for the page.
  return {
    title,
    description,
    metadataBase: new URL(base),
    alternates: { canonical: url },
    robots: cv.visibility === 'public' ? undefined : { index: false },
    openGraph: { type: 'profile', siteName: 'Badgeboard', url, title, description },
    twitter: { card: 'summary_large_image', title, description },
  };
}

export default async function PublicCvPage({ params }: Params) {
  const found = await loadCv((await params).cvId);
  if (!found) notFound();
  const { cv, ownerName, viewer, labels } = found;
  const isOwner = viewer?.id === cv.userId;
  // "As others see it", also for the owner: only verified badges; a count of the others.
  const badges = found.badges.filter((badge) => badge.state === 'verified');
  const verifiedCount = badges.length;
  const otherCount = found.badges.length - verifiedCount;

  return (
    <div className="mx-auto max-w-4xl px-4 py-8 sm:px-6 sm:py-12">
      {isOwner && (
        <div className="mb-6 flex flex-col gap-3 rounded-xl border border-brand-200 bg-brand-50 px-4 py-3 text-sm text-brand-900 sm:flex-row sm:items-center sm:justify-between">
          <p>
            This is how your CV looks to {cv.visibility === 'public' ? 'anyone with the link and to employers' : 'signed-in employers'}. Your email address is
            never shown here.
          </p>
          <Link href="/cv" className="inline-flex shrink-0 items-center gap-1.5 font-medium underline-offset-4 hover:underline">
            <ArrowLeftIcon className="size-4" />
            Back to editing
          </Link>
        </div>
      )}

      {found.sharedByApplication && (
        <p className="mb-6 rounded-xl border border-slate-200 bg-white px-4 py-3 text-sm text-slate-700">
          You see this CV because {ownerName} applied to a role at your organisation. Their setting keeps it from other employers; your organisation keeps it
          until they withdraw the application.
        </p>
      )}

      <Card className="p-6 sm:p-8">
        <div className="flex flex-col gap-5 sm:flex-row sm:items-start">
          <InitialsAvatar name={ownerName} className="size-16 text-xl" />
          <div className="min-w-0 flex-1">
            <h1 className="text-2xl font-semibold tracking-tight wrap-anywhere text-slate-900 sm:text-3xl">{ownerName}</h1>
            {cv.headline ? (
              <p className="mt-1 text-lg wrap-anywhere text-slate-700">{cv.headline}</p>
            ) : (
              <p className="mt-1 text-lg text-slate-500">No headline yet</p>
            )}
            <div className="mt-3 flex flex-wrap items-center gap-x-4 gap-y-2 text-sm text-slate-500">
              {cv.location && (
                <span className="inline-flex items-center gap-1.5">
                  <MapPinIcon className="size-4 text-slate-400" />
                  {cv.location}
                </span>
              )}
              <Chip tone={verifiedCount > 0 ? 'verified' : 'neutral'} icon={<VerifiedIcon className="size-3.5" />}>
                {verifiedCount} verified {verifiedCount === 1 ? 'badge' : 'badges'}
              </Chip>
            </div>
          </div>
        </div>
        {cv.summary && (
          <div className="mt-6 border-t border-slate-100 pt-6">
            <h2 className="text-sm font-semibold text-slate-900">Summary</h2>
            <div className="mt-2 max-w-3xl">
              <RichText text={cv.summary} />
            </div>
          </div>
        )}
      </Card>

      <section aria-label="Verified badges" className="mt-8">
        <div className="mb-4">
          <h2 className="flex items-center gap-2 text-lg font-semibold text-slate-900">
            <VerifiedIcon className="size-5 text-emerald-600" />
            Verified badges
          </h2>
          <p className="mt-1 text-sm text-slate-600">
            Badgeboard checked each badge’s signature, issuer, dates, revocation and recipient. “Known issuer” means the signer’s id is in Badgeboard’s register
            of issuers; otherwise the issuer’s name is its own claim. Open a badge to see its report.
          </p>
        </div>
        <BadgeList
          badges={badges}
          labels={labels}
          empty={
            <EmptyState icon={<WalletIcon className="size-6" />} title={otherCount > 0 ? 'No verified badges yet' : 'No badges yet'} headingLevel="h3">
              {otherCount > 0
                ? isOwner
                  ? 'None of your badges is verified yet.'
                  : `None of ${ownerName}’s badges is verified yet.`
                : isOwner
                  ? 'You have not added any badges yet.'
                  : `${ownerName} has not added any badges yet.`}
            </EmptyState>
          }
        />
        {otherCount > 0 && (
          <p className="mt-4 text-sm text-slate-600">
            {verifiedCount > 0
              ? `${otherCount} more ${otherCount === 1 ? 'badge is' : 'badges are'} not verified`
              : `${otherCount} ${otherCount === 1 ? 'badge is' : 'badges are'} not verified`}{' '}
            and {otherCount === 1 ? 'is' : 'are'} not shown.
            {isOwner && (
              <>
                {' '}
                <Link href="/cv#needs-attention" className="font-medium text-brand-700 underline-offset-4 hover:underline">
                  See what needs attention
                </Link>
              </>
            )}
          </p>
        )}
      </section>

      <CandidateNotesSection viewer={viewer} cvId={cv.id} ownerId={cv.userId} candidateName={ownerName} />
    </div>
  );
}
