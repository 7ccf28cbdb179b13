import type { Metadata } from 'next';
import Link from 'next/link';
import { BadgeList } from '@/components/badge-list';
import { ButtonLink } from '@/components/button';
import { Card } from '@/components/card';
import { Chip } from '@/components/chip';
import { EmptyState } from '@/components/empty-state';
import { AlertIcon, ArrowRightIcon, ClockIcon, UploadIcon, VerifiedIcon, WalletIcon } from '@/components/icons';
import { PageHeading } from '@/components/page-heading';
import { RoleRequired } from '@/components/role-required';
import { pageViewer } from '@/server/auth/with-session';
import { listCvBadges, skillLabels } from '@/server/badges/queries';
import { getCv } from '@/server/cv/service';
import { getDb } from '@/server/db/client';
import { previewLeavingOrganisations } from '@/server/orgs/leave-organisations';
import { env } from '@/server/env';
import { hasPendingSync } from '@/server/search/sync/outbox';
import { listedInEmbed } from '@/server/sharing/badge-share-policy';
import { appBaseUrl } from '@/app/base-url';
import { AddBadgesPanel } from './add-badges-panel';
import { CvForm } from './cv-form';
import { EmailVerificationBanner } from './email-verification-banner';
import { SharePanel } from './share-panel';
import { visibilityChoices } from './visibility-options';
import { WalletPanel } from './wallet-panel';
import { YourDataPanel } from './your-data-panel';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'My CV' };

const dateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/London' });

export default async function CvPage({ searchParams }: { searchParams: Promise<{ wallet?: string | string[] }> }) {
  const { viewer, allowed } = await pageViewer('/cv', 'seeker');
  if (!allowed) {
    return (
      <RoleRequired title="This page is for job seekers" action={viewer.orgs.length > 0 ? { href: '/candidates', label: 'Find candidates' } : undefined}>
        {viewer.orgs[0] ? (
          <p>
            You are signed in as a member of <strong className="font-medium text-slate-800">{viewer.orgs[0].name}</strong>. CVs belong to job seeker accounts;
            as an employer you can search them instead.
          </p>
        ) : (
          <p>CVs belong to job seeker accounts. This account does not have one.</p>
        )}
      </RoleRequired>
    );
  }

  const db = await getDb();
  const cv = await getCv(db, viewer.cvId!);
  const pendingSync = await hasPendingSync(db, 'candidate', cv.id);
  const neverSaved = cv.searchVersion <= 1 && !cv.headline;
  const badges = await listCvBadges(db, cv.id);
  const labels = await skillLabels(
    db,
    badges.flatMap((badge) => badge.skillKeys),
  );
  // Verified badges are what others see; the rest stay here, with what is wrong and what to do.
  const verified = badges.filter((badge) => badge.state === 'verified');
  const needsAttention = badges.filter((badge) => badge.state !== 'verified');
  const verifiedCount = verified.length;
  const visibility = visibilityChoices.find((choice) => choice.value === cv.visibility)!;
  const leaving = await previewLeavingOrganisations(db, viewer.id);
  const now = new Date();
  const listedCount = badges.filter((badge) => listedInEmbed(cv, badge) && !(badge.expiresAt && badge.expiresAt <= now)).length;

  return (
    <div className="mx-auto max-w-6xl px-4 py-8 sm:px-6 sm:py-12">
      <PageHeading
        eyebrow="My CV"
        title={neverSaved ? 'Start your CV' : 'Your CV'}
        description="This is what employers see when they find you. Keep it short and specific; your badges will do the proving."
      >
        <div className="flex flex-col gap-3 sm:items-end">
          {/* The core action, in reach on a phone without scrolling past the whole form. */}
          <ButtonLink href="#add-badges" className="w-full sm:w-auto">
            <UploadIcon className="size-4" /> Add badges
          </ButtonLink>
          {cv.visibility !== 'hidden' && (
            <Link href={`/p/${cv.id}`} className="inline-flex items-center gap-1.5 text-sm font-medium text-brand-700 underline-offset-4 hover:underline">
              View as others see it <ArrowRightIcon className="size-4" />
            </Link>
          )}
          <div className="flex flex-wrap gap-2">
            <Chip tone={cv.visibility === 'hidden' ? 'neutral' : 'brand'} icon={visibility.icon('size-3.5')}>
              {visibility.label}
            </Chip>
            <Chip icon={<ClockIcon className="size-3.5" />}>{neverSaved ? 'Not saved yet' : <>Saved {dateFormat.format(cv.updatedAt)}</>}</Chip>
          </div>
        </div>
      </PageHeading>

      {!viewer.emailVerified && (
        <div className="mt-6">
          <EmailVerificationBanner email={viewer.email} localMode={env().BADGEBOARD_LOCAL_MODE === '1'} />
        </div>
      )}

      <div className="mt-8 grid grid-cols-1 gap-6 lg:grid-cols-3 lg:items-start">
        <Card className="lg:col-span-2">
          <CvForm
            initial={{ headline: cv.headline, summary: cv.summary, location: cv.location, visibility: cv.visibility }}
            pendingSync={pendingSync && !neverSaved}
          />
        </Card>

        <aside className="space-y-6" aria-label="Account and badges">
          <Card className="p-5 sm:p-6">
            <h2 className="text-sm font-semibold text-slate-900">Account</h2>
            <dl className="mt-3 space-y-3 text-sm">
              <div>
                <dt className="text-slate-500">Name</dt>
                <dd className="mt-0.5 font-medium text-slate-800">{viewer.name}</dd>
              </div>
              <div>
                <dt className="text-slate-500">Email</dt>
                <dd className="mt-0.5 font-medium break-all text-slate-800">{viewer.email}</dd>
              </div>
            </dl>
            <p className="mt-4 border-t border-slate-100 pt-4 text-xs text-slate-500">
              Employers see your name, headline, summary and location. Your email stays private.
            </p>
          </Card>

          <Card className="p-5 sm:p-6">
            <h2 className="text-sm font-semibold text-slate-900">Badges</h2>
            <p className="mt-2 text-sm text-slate-600">
              {badges.length === 0 ? (
                'No badges yet. Badges prove your skills to employers.'
              ) : (
                <>
                  <span className="font-semibold text-slate-900">{verifiedCount}</span> of {badges.length} verified
                </>
              )}
            </p>
            {needsAttention.length > 0 && (
              <Link href="#needs-attention" className="mt-2 flex items-center gap-1.5 text-sm font-medium text-amber-800 underline-offset-4 hover:underline">
                <AlertIcon className="size-4 text-amber-600" />
                {needsAttention.length} {needsAttention.length === 1 ? 'needs' : 'need'} attention
              </Link>
            )}
            <Link href="#add-badges" className="mt-3 inline-flex items-center gap-1.5 text-sm font-medium text-brand-700 underline-offset-4 hover:underline">
              Add badges <ArrowRightIcon className="size-4 rotate-90" />
            </Link>
          </Card>

          <Card className="p-5 sm:p-6">
            <h2 className="text-sm font-semibold text-slate-900">Your data</h2>
            <div className="mt-2">
              <YourDataPanel leaving={leaving} />
            </div>
          </Card>
        </aside>
      </div>

      <div className="mt-12 grid scroll-mt-24 grid-cols-1 gap-6 lg:grid-cols-3 lg:items-start" id="badges">
        <div className="lg:col-span-2">
          <section aria-label="Verified badges">
            <div className="mb-4 flex flex-wrap items-end justify-between gap-3">
              <div>
                <h2 className="flex items-center gap-2 text-lg font-semibold text-slate-900">
                  <VerifiedIcon className="size-5 text-emerald-600" />
                  Verified badges
                </h2>
                <p className="mt-1 max-w-xl text-sm text-slate-600">
                  We check each badge’s signature, issuer, dates, revocation and recipient when you add it, and again every day. Open a badge to see its full
                  report.
                </p>
              </div>
              {badges.length > 0 && (
                <Chip tone={verifiedCount > 0 ? 'verified' : 'neutral'} icon={<VerifiedIcon className="size-3.5" />}>
                  {verifiedCount} of {badges.length} verified
                </Chip>
              )}
            </div>
            <BadgeList
              badges={verified}
              labels={labels}
              empty={
                badges.length === 0 ? (
                  <NoBadgesYet />
                ) : (
                  <EmptyState icon={<WalletIcon className="size-6" />} title="None of your badges is verified yet" headingLevel="h3">
                    Employers see verified badges only. The badges below need attention first.
                  </EmptyState>
                )
              }
            />
          </section>

          {needsAttention.length > 0 && (
            <section aria-labelledby="needs-attention-heading" id="needs-attention" className="mt-10 scroll-mt-24">
              <div className="mb-4">
                <h2 id="needs-attention-heading" className="flex items-center gap-2 text-lg font-semibold text-slate-900">
                  <AlertIcon className="size-5 text-amber-600" />
                  Needs attention
                  <span className="rounded-full bg-slate-100 px-2 py-px text-xs font-medium text-slate-700">{needsAttention.length}</span>
                </h2>
                <p className="mt-1 max-w-xl text-sm text-slate-600">
                  Only you can see these. Employers and your public page show verified badges only, until the problem below each one is fixed.
                </p>
              </div>
              <BadgeList badges={needsAttention} labels={labels} attention />
            </section>
          )}
        </div>

        <section aria-labelledby="add-badges-heading" id="add-badges" className="scroll-mt-24">
          <Card className="p-5 sm:p-6">
            <h2 id="add-badges-heading" className="text-base font-semibold text-slate-900">
              Add badges
            </h2>
            <p className="mt-1 mb-5 text-sm text-slate-600">Share them from your wallet, or use the badge image or file your issuer sent you.</p>
            <div className="space-y-5">
              <WalletPanel emailVerified={viewer.emailVerified} resumeId={walletParam(await searchParams)} />
              <AddBadgesPanel emailVerified={viewer.emailVerified} />
            </div>
          </Card>
          <section aria-labelledby="embed-heading" id="embed" className="mt-6 scroll-mt-24">
            <SharePanel cvId={cv.id} baseUrl={(await appBaseUrl()).replace(/\/+$/, '')} listedCount={listedCount} verifiedCount={verifiedCount} />
          </section>
        </section>
      </div>
    </div>
  );
}

/** `/cv?wallet=<id>`: where a wallet sends the person back to; the panel shows that exchange's outcome. */
function walletParam(params: { wallet?: string | string[] }): string | undefined {
  const id = typeof params.wallet === 'string' ? params.wallet : undefined;
  return id && /^[0-9a-f-]{36}$/i.test(id) ? id : undefined;
}

function NoBadgesYet() {
  return (
    <EmptyState icon={<WalletIcon className="size-6" />} title="No badges on your CV yet" headingLevel="h3">
      Add the Open Badges you have earned. Each one is checked, and employers searching for its skills will find you.
    </EmptyState>
  );
}
