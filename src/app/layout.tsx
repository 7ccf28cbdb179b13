import { GeistSans } from 'geist/font/sans';
import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { SiteFooter } from '@/components/site-footer';
import { SiteHeader } from '@/components/site-header';
import { getViewer, hasRole } from '@/server/auth/viewer';
import { HeaderBell } from './notifications/header-bell';
import './globals.css';

// The header shows who is signed in, so every page is rendered per request.
export const dynamic = 'force-dynamic';

export const metadata: Metadata = {
  title: { default: 'Badgeboard — hire for skills people can prove', template: '%s · Badgeboard' },
  description: 'A skills-based job board: CVs carry verifiable Open Badges, and employers search by verified credential and skill.',
};

export const viewport: Viewport = { themeColor: '#4338ca' };

export default async function RootLayout({ children }: { children: ReactNode }) {
  const viewer = await getViewer();
  return (
    <html lang="en-GB" className={GeistSans.variable}>
      <body className="flex min-h-dvh flex-col font-sans">
        <SiteHeader
          viewer={
            viewer && {
              name: viewer.name,
              orgName: viewer.orgs[0]?.name,
              isSeeker: hasRole(viewer, 'seeker'),
              isEmployer: hasRole(viewer, 'employer'),
              isAdmin: hasRole(viewer, 'admin'),
            }
          }
          bell={<HeaderBell />}
        />
        <main id="main" className="flex-1">
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
