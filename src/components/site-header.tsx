import Link from 'next/link';
import type { ReactNode } from 'react';
import { ButtonLink } from './button';
import { Wordmark } from './brand-mark';
import { BookmarkIcon, BriefcaseIcon, FileIcon, GlobeIcon, LockIcon, SearchIcon, UserIcon } from './icons';
import { NavLink } from './nav-link';
import { SignOutButton } from './sign-out-button';

export type HeaderViewer = { name: string; orgName?: string; isSeeker: boolean; isEmployer: boolean; isAdmin?: boolean } | null;

/** Top bar: wordmark, the viewer's own places, and account actions; `bell` is the signed-in viewer's notifications. */
export function SiteHeader({ viewer, bell }: { viewer: HeaderViewer; bell?: ReactNode }) {
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

        {/* On phones the links scroll sideways rather than wrap. */}
        <nav
          aria-label="Main"
          className="flex min-w-0 items-center gap-1 overflow-x-auto [scrollbar-width:none] max-sm:pr-6 max-sm:[mask-image:linear-gradient(to_right,#000_calc(100%-1.5rem),transparent)] sm:ml-6"
        >
          {viewer?.isSeeker && (
            <NavLink href="/cv">
              <BriefcaseIcon className="hidden size-4 sm:block" />
              My CV
            </NavLink>
          )}
          <NavLink href="/jobs">
            <GlobeIcon className="hidden size-4 sm:block" />
            Jobs
          </NavLink>
          <NavLink href="/skills">
            <span aria-hidden="true" className="hidden font-mono text-[10px] leading-none font-semibold sm:block">
              S5
            </span>
            Skills
          </NavLink>
          {viewer?.isSeeker && (
            <NavLink href="/applications">
              <FileIcon className="hidden size-4 sm:block" />
              Applications
            </NavLink>
          )}
          {viewer?.isEmployer && (
            <NavLink href="/candidates">
              <SearchIcon className="hidden size-4 sm:block" />
              Find candidates
            </NavLink>
          )}
          {viewer?.isEmployer && (
            <NavLink href="/shortlists">
              <BookmarkIcon className="hidden size-4 sm:block" />
              Shortlists
            </NavLink>
          )}
          {viewer?.isEmployer && (
            <NavLink href="/employer/jobs">
              <BriefcaseIcon className="hidden size-4 sm:block" />
              Roles
            </NavLink>
          )}
          {viewer?.isEmployer && (
            <NavLink href="/employer/api-keys">
              <LockIcon className="hidden size-4 sm:block" />
              API keys
            </NavLink>
          )}
          {viewer?.isAdmin && (
            <NavLink href="/admin">
              <LockIcon className="hidden size-4 sm:block" />
              Issuers
            </NavLink>
          )}
          {viewer && (
            <NavLink href="/account">
              <UserIcon className="hidden size-4 sm:block" />
              Account
            </NavLink>
          )}
        </nav>

        <div className="ml-auto flex shrink-0 items-center gap-2">
          {viewer ? (
            <>
              {bell}
              <span className="hidden text-right leading-tight md:block">
                <span className="block text-sm font-medium text-slate-800">{viewer.name}</span>
                {viewer.orgName && <span className="block text-xs text-slate-500">{viewer.orgName}</span>}
              </span>
              <span className="hidden h-6 w-px bg-slate-200 md:block" aria-hidden="true" />
              <SignOutButton />
            </>
          ) : (
            <>
              <ButtonLink href="/sign-in" variant="ghost" size="sm">
                Sign in
              </ButtonLink>
              <ButtonLink href="/sign-up" size="sm">
                Create account
              </ButtonLink>
            </>
          )}
        </div>
      </div>
    </header>
  );
}
