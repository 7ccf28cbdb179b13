import clsx from 'clsx';
import Link from 'next/link';
import { Chip } from '@/components/chip';
import { ArrowRightIcon, BriefcaseIcon, EyeOffIcon, MapPinIcon, SearchIcon, SkillsIcon, VerifiedIcon } from '@/components/icons';
import { getViewer, hasRole } from '@/server/auth/viewer';

export const dynamic = 'force-dynamic';

const features = [
  {
    icon: <VerifiedIcon className="size-5" />,
    title: 'Verified, not just claimed',
    body: 'Open Badges carry their own proof. We check the issuer, signature, expiry and revocation, and say plainly what passed.',
  },
  {
    icon: <SkillsIcon className="size-5" />,
    title: 'Search by skill',
    body: 'Badges are aligned to the ESCO skills classification, so a search for a skill finds the people who can show it.',
  },
  {
    icon: <EyeOffIcon className="size-5" />,
    title: 'You decide who finds you',
    body: 'Make your CV public, visible to employers only, or hidden. Change it whenever you like.',
  },
];

/** An illustration of a result card, drawn in markup so it stays crisp and matches the real one. */
function ExampleCandidate() {
  return (
    <div aria-hidden="true" className="relative">
      <div className="absolute -inset-4 -z-10 rounded-3xl bg-gradient-to-br from-brand-100 via-white to-teal-50 blur-2xl" />
      <div className="rounded-2xl border border-slate-200 bg-white p-6 shadow-xl shadow-brand-900/5">
        <div className="flex items-start gap-4">
          <span className="flex size-12 shrink-0 items-center justify-center rounded-full bg-brand-100 text-sm font-semibold text-brand-800">AM</span>
          <div className="min-w-0 flex-1">
            <p className="font-semibold text-slate-900">Aisha Mensah</p>
            <p className="text-sm text-slate-600">
              Junior <mark className="rounded-sm bg-amber-100 px-0.5">data analyst</mark> · SQL, Power BI
            </p>
            <p className="mt-1 flex items-center gap-1 text-sm text-slate-500">
              <MapPinIcon className="size-3.5" /> Glasgow
            </p>
          </div>
        </div>
        <ul className="mt-5 space-y-2.5">
          {[
            ['Data Analysis with SQL', 'Code Academy Scotland'],
            ['Power BI Data Analyst', 'Learning Partners'],
            ['Statistics Foundations', 'Open University'],
          ].map(([name, issuer]) => (
            <li key={name} className="flex items-center justify-between gap-3 rounded-lg border border-slate-100 bg-slate-50/80 px-3 py-2.5">
              <span className="min-w-0">
                <span className="block truncate text-sm font-medium text-slate-800">{name}</span>
                <span className="block truncate text-xs text-slate-500">{issuer}</span>
              </span>
              <Chip tone="verified" icon={<VerifiedIcon className="size-3.5" />}>
                Verified
              </Chip>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}

/** One of the two ways in: a whole-card link (the hiring one is the filled, primary card). */
function PathCard({ href, icon, title, body, primary = false }: { href: string; icon: React.ReactNode; title: string; body: string; primary?: boolean }) {
  return (
    <Link
      href={href}
      className={clsx(
        'group rounded-xl border p-4 transition',
        primary
          ? 'border-brand-700 bg-brand-700 text-white shadow-sm hover:bg-brand-800'
          : 'border-slate-200 bg-white shadow-xs hover:border-brand-300 hover:shadow-md',
      )}
    >
      <span className="flex items-center justify-between">
        <span className={clsx('flex size-9 items-center justify-center rounded-lg', primary ? 'bg-white/10 text-white' : 'bg-brand-50 text-brand-700')}>
          {icon}
        </span>
        <ArrowRightIcon
          className={clsx(
            'size-4 transition group-hover:translate-x-0.5',
            primary ? 'text-brand-200 group-hover:text-white' : 'text-slate-500 group-hover:text-brand-600',
          )}
        />
      </span>
      <span className={clsx('mt-3 block font-semibold', !primary && 'text-slate-900')}>{title}</span>
      <span className={clsx('mt-0.5 block text-sm', primary ? 'text-brand-100' : 'text-slate-600')}>{body}</span>
    </Link>
  );
}

export default async function HomePage() {
  const viewer = await getViewer();
  const shortcut = viewer
    ? hasRole(viewer, 'seeker')
      ? { href: '/cv', label: 'Go to your CV' }
      : hasRole(viewer, 'employer')
        ? { href: '/candidates', label: 'Find candidates' }
        : null
    : null;

  return (
    <>
      {viewer && shortcut && (
        <div className="border-b border-brand-100 bg-brand-50">
          <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-2 px-4 py-2.5 text-sm sm:px-6">
            <p className="text-brand-900">
              Welcome back, <span className="font-medium">{viewer.name}</span>.
            </p>
            <Link href={shortcut.href} className="inline-flex items-center gap-1 font-medium text-brand-700 underline-offset-4 hover:underline">
              {shortcut.label} <ArrowRightIcon className="size-4" />
            </Link>
          </div>
        </div>
      )}

      <section className="overflow-hidden">
        <div className="mx-auto grid max-w-6xl items-center gap-12 px-4 py-14 sm:px-6 sm:py-20 lg:grid-cols-[1.1fr_1fr] lg:gap-16 lg:py-24">
          <div>
            <p className="inline-flex items-center gap-2 rounded-full border border-emerald-200 bg-emerald-50 px-3 py-1 text-xs font-medium text-emerald-800">
              <VerifiedIcon className="size-3.5" /> Built on Open Badges
            </p>
            <h1 className="mt-5 text-4xl font-semibold tracking-tight text-balance text-slate-900 sm:text-5xl">
              Hire for skills people can <span className="text-brand-700">prove</span>.
            </h1>
            <p className="mt-5 max-w-xl text-lg text-pretty text-slate-600">
              Badgeboard is a job board where CVs carry verifiable digital badges. Job seekers show what they can do; employers search by verified credential
              and skill, not by guesswork.
            </p>

            <div className="mt-8 grid gap-3 sm:grid-cols-2">
              <PathCard
                href={viewer && hasRole(viewer, 'seeker') ? '/cv' : '/sign-up?type=seeker'}
                icon={<BriefcaseIcon className="size-5" />}
                title="I'm looking for work"
                body="Build a CV your badges back up."
              />
              <PathCard
                primary
                href={viewer && hasRole(viewer, 'employer') ? '/candidates' : '/sign-up?type=employer'}
                icon={<SearchIcon className="size-5" />}
                title="I'm hiring"
                body="Find candidates with verified skills."
              />
            </div>
            {!viewer && (
              <p className="mt-5 text-sm text-slate-500">
                Already have an account?{' '}
                <Link href="/sign-in" className="font-medium text-brand-700 underline-offset-4 hover:underline">
                  Sign in
                </Link>
              </p>
            )}
          </div>
          <ExampleCandidate />
        </div>
      </section>

      <section aria-labelledby="how-heading" className="border-t border-slate-200 bg-white">
        <div className="mx-auto max-w-6xl px-4 py-14 sm:px-6 sm:py-20">
          <h2 id="how-heading" className="text-2xl font-semibold tracking-tight text-slate-900">
            Why a badge beats a bullet point
          </h2>
          <p className="mt-2 max-w-2xl text-slate-600">A line on a CV is a claim. A badge is a claim with a signature you can check.</p>
          <div className="mt-10 grid gap-8 md:grid-cols-3">
            {features.map((feature) => (
              <div key={feature.title}>
                <span className="flex size-10 items-center justify-center rounded-lg bg-brand-50 text-brand-700 ring-1 ring-brand-100">{feature.icon}</span>
                <h3 className="mt-4 font-semibold text-slate-900">{feature.title}</h3>
                <p className="mt-1.5 text-sm leading-relaxed text-slate-600">{feature.body}</p>
              </div>
            ))}
          </div>
        </div>
      </section>
    </>
  );
}
