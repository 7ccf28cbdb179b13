import type { Metadata } from 'next';
import Link from 'next/link';
import { PageHeading } from '@/components/page-heading';
import { VerifyBadgePanel } from './verify-badge-panel';

export const metadata: Metadata = {
  title: 'Verify a badge',
  description: 'Check any Open Badge — its signature, issuer, revocation status and dates — and see the full verification report. Nothing is stored.',
};

/** The public verifier: anyone, signed in or not, checks a badge they were given. */
export default function VerifyPage() {
  return (
    <div className="mx-auto max-w-4xl px-4 py-6 sm:px-6 sm:py-10">
      <PageHeading
        eyebrow="Public verifier"
        title="Verify a badge"
        description="Drop a badge image or paste a badge to see whether it is genuine: Badgeboard checks its signature, who issued it, whether it was revoked and whether it is in date, as it does for every badge on a CV. Nothing you check here is stored."
      />
      <div className="mt-8">
        <VerifyBadgePanel />
      </div>
      <p className="mt-10 text-xs text-slate-500">
        Open Badges 2.0 and 3.0 (JSON, VC-JWT, baked PNG and SVG, hosted URLs, wallet presentations). Portals can call the same check with an organisation API
        key: <code className="font-mono">POST /api/v1/verify</code>, described on the{' '}
        <Link href="/developers" className="font-medium text-brand-700 underline underline-offset-4">
          developers page
        </Link>
        .
      </p>
    </div>
  );
}
