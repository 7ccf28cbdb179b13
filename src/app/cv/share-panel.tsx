import Link from 'next/link';
import { Card } from '@/components/card';
import { CopyField } from '@/components/copy-field';

/**
 * The snippet another job site (or the seeker's own portfolio) pastes into a résumé page to show the seeker's verified
 * badges, live from Badgeboard. `listedCount`: how many it would show now (verified and shared with anyone).
 */
export function SharePanel({ cvId, baseUrl, listedCount, verifiedCount }: { cvId: string; baseUrl: string; listedCount: number; verifiedCount: number }) {
  const snippet = `<script src="${baseUrl}/embed/v1/badges.js" async></script>\n<badgeboard-badges cv="${cvId}"></badgeboard-badges>`;
  return (
    <Card className="p-5 sm:p-6">
      <h2 id="embed-heading" className="text-base font-semibold text-slate-900">
        Show your badges on other sites
      </h2>
      <p className="mt-1 text-sm text-slate-600">
        Paste this where a job site or your portfolio accepts HTML. It shows your verified badges that anyone may see, with their current state and links to
        their pages, and sets no cookies.
      </p>
      <p className="mt-3 text-sm text-slate-700">
        {listedCount > 0 ? (
          <>
            It shows <span className="font-semibold text-slate-900">{listedCount}</span> {listedCount === 1 ? 'badge' : 'badges'} now.
          </>
        ) : verifiedCount > 0 ? (
          'It shows no badges yet: none of your verified badges is shared with anyone. Open a badge and choose “Anyone with the link”, or make your CV public.'
        ) : (
          'It shows no badges yet: it lists verified badges only.'
        )}
      </p>
      <div className="mt-4">
        <CopyField id="embed-snippet" label="Snippet" value={snippet} multiline />
      </div>
      <p className="text-xs text-slate-600">
        Each badge’s page decides who sees it: choose per badge on its page.{' '}
        <Link href="/developers" className="font-medium text-brand-700 underline underline-offset-4">
          For developers
        </Link>
      </p>
    </Card>
  );
}
