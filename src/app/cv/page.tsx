import type { Metadata } from 'next';
import { Card } from '@/components/card';
import { Chip } from '@/components/chip';
import { ClockIcon, VerifiedIcon, WalletIcon } from '@/components/icons';
import { PageHeading } from '@/components/page-heading';
import { RoleRequired } from '@/components/role-required';
import { pageViewer } from '@/server/auth/with-session';
import { getCv } from '@/server/cv/service';
import { getDb } from '@/server/db/client';
import { hasPendingSync } from '@/server/search/sync/outbox';
import { CvForm } from './cv-form';
import { visibilityChoices } from './visibility-options';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'My CV' };

const dateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/London' });

export default async function CvPage() {
  const { viewer, allowed } = await pageViewer('/cv', 'seeker');
  if (!allowed) {
    return (
      <RoleRequired title="This page is for job seekers" action={viewer.orgs.length > 0 ? { href: '/candidates', label: 'Find candidates' } : undefined}>
        {viewer.orgs[0] ? (
          <p>
            You are signed in as a member of <strong className="font-medium text-slate-800">{viewer.orgs[0].name}</strong>. CVs belong to job
            seeker accounts; as an employer you can search them instead.
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
  const visibility = visibilityChoices.find((choice) => choice.value === cv.visibility)!;

  return (
    <div className="mx-auto max-w-6xl px-4 py-8 sm:px-6 sm:py-12">
      <PageHeading
        eyebrow="My CV"
        title={neverSaved ? 'Start your CV' : 'Your CV'}
        description="This is what employers see when they find you. Keep it short and specific; your badges will do the proving."
      >
        <div className="flex flex-wrap gap-2">
          <Chip tone={cv.visibility === 'hidden' ? 'neutral' : 'brand'} icon={visibility.icon('size-3.5')}>
            {visibility.label}
          </Chip>
          <Chip icon={<ClockIcon className="size-3.5" />}>
            {neverSaved ? 'Not saved yet' : <>Saved {dateFormat.format(cv.updatedAt)}</>}
          </Chip>
        </div>
      </PageHeading>

      <div className="mt-8 grid gap-6 lg:grid-cols-3 lg:items-start">
        <Card className="lg:col-span-2">
          <CvForm
            initial={{ headline: cv.headline, summary: cv.summary, location: cv.location, visibility: cv.visibility }}
            pendingSync={pendingSync}
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

          <section aria-labelledby="badges-heading" className="rounded-xl border border-dashed border-slate-300 bg-white/60 p-5 sm:p-6">
            <div className="flex items-center justify-between gap-3">
              <h2 id="badges-heading" className="flex items-center gap-2 text-sm font-semibold text-slate-900">
                <VerifiedIcon className="size-4 text-emerald-600" />
                Verified badges
              </h2>
              <Chip>Coming soon</Chip>
            </div>
            <p className="mt-3 text-sm text-slate-600">
              Coming soon: attach badges from your wallet. We will check each one — issuer, signature, expiry and revocation — and show
              employers which of your skills are verified.
            </p>
            <div className="mt-4 flex items-center gap-3 rounded-lg bg-slate-50 p-3 text-sm text-slate-500" aria-hidden="true">
              <span className="flex size-9 items-center justify-center rounded-lg bg-white text-slate-400 ring-1 ring-slate-200">
                <WalletIcon className="size-5" />
              </span>
              <span className="flex-1 space-y-1.5">
                <span className="block h-2 w-3/4 rounded-full bg-slate-200" />
                <span className="block h-2 w-1/2 rounded-full bg-slate-200" />
              </span>
            </div>
          </section>
        </aside>
      </div>
    </div>
  );
}
