import Link from 'next/link';
import type { ReactNode } from 'react';
import { ButtonLink } from './button';
import { Wordmark } from './brand-mark';
import { BookmarkIcon, BriefcaseIcon, FileIcon, GlobeIcon, LockIcon, SearchIcon, UserIcon } from './icons';
import { MobileMenu, type MenuLink } from './mobile-menu';
import { NavLink } from './nav-link';
import { SignOutButton } from './sign-out-button';

export type HeaderViewer = { name: string; orgName?: string; isSeeker: boolean; isEmployer: boolean; isAdmin?: boolean } | null;

/** Top bar: wordmark, the viewer's own places, and account actions; `bell` is the signed-in viewer's notifications. */
export function SiteHeader({ viewer, bell }: { viewer: HeaderViewer; bell?: ReactNode }) {
  const links = headerLinks(viewer);
  return (
    <header className="sticky top-0 z-20 border-b border-slate-200/80 bg-white/90 backdrop-blur supports-[backdrop-filter]:bg-white/75">
      <a
        href="#main"
        className="sr-only rounded-md bg-white px-3 py-2 text-sm font-medium text-brand-800 shadow focus:not-sr-only focus:absolute focus:top-3 focus:left-3"
      >
        Skip to content
      </a>
      <div className="mx-auto flex h-16 max-w-6xl items-center gap-3 px-4 sm:px-6">
        <Link href="/" className="-ml-1 rounded-lg p-1" aria-label="Badgeboard home">
          <Wordmark compact />
        </Link>

        <nav aria-label="Main" className="ml-6 hidden min-w-0 items-center gap-1 xl:flex">
          {links.map((link) => (
            <NavLink key={link.href} href={link.href}>
              {link.icon}
              {link.label}
            </NavLink>
          ))}
        </nav>

        <div className="ml-auto flex shrink-0 items-center gap-2">
          {viewer ? (
            <>
              {bell}
              <span className="hidden text-right leading-tight 2xl:block">
                <span className="block text-sm font-medium text-slate-800">{viewer.name}</span>
                {viewer.orgName && <span className="block text-xs text-slate-500">{viewer.orgName}</span>}
              </span>
              <span className="hidden h-6 w-px bg-slate-200 2xl:block" aria-hidden="true" />
              <SignOutButton />
              <MobileMenu links={links} />
            </>
          ) : (
            <>
              <ButtonLink href="/sign-in" variant="ghost" size="sm">
                Sign in
              </ButtonLink>
              <ButtonLink href="/sign-up" size="sm">
                Create account
              </ButtonLink>
              <MobileMenu links={links} />
            </>
          )}
        </div>
      </div>
    </header>
  );
}

const icon = 'size-4';

/** The viewer's sections, in the order the bar and the phone menu show them. */
function headerLinks(viewer: HeaderViewer): MenuLink[] {
  const links: (MenuLink | false | null | undefined)[] = [
    viewer?.isSeeker && { href: '/cv', label: 'My CV', icon: <BriefcaseIcon className={icon} /> },
    { href: '/jobs', label: 'Jobs', icon: <GlobeIcon className={icon} /> },
    { href: '/skills', label: 'Skills', icon: <SparkIcon /> },
    viewer?.isSeeker && { href: '/applications', label: 'Applications', icon: <FileIcon className={icon} /> },
    viewer?.isEmployer && { href: '/candidates', label: 'Find candidates', icon: <SearchIcon className={icon} /> },
    viewer?.isEmployer && { href: '/shortlists', label: 'Shortlists', icon: <BookmarkIcon className={icon} /> },
    viewer?.isEmployer && { href: '/employer/jobs', label: 'Roles', icon: <BriefcaseIcon className={icon} /> },
    viewer?.isEmployer && { href: '/employer/api-keys', label: 'API keys', icon: <LockIcon className={icon} /> },
    viewer?.isAdmin && { href: '/admin', label: 'Issuers', icon: <LockIcon className={icon} /> },
    viewer && { href: '/account', label: 'Account', icon: <UserIcon className={icon} /> },
  ];
  return links.filter((link): link is MenuLink => Boolean(link));
}

/** The skills section's mark: a small four-point spark (decorative). */
function SparkIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 16 16" className={icon} fill="currentColor">
      <path d="M8 1.5l1.5 4.9 4.9 1.6-4.9 1.5L8 14.5l-1.5-5L1.6 8l4.9-1.6z" />
    </svg>
  );
}
