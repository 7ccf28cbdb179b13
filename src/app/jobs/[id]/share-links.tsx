'use client';

import { useState } from 'react';
import { buttonClasses } from '@/components/button';
import { MailIcon } from '@/components/icons';
import { LinkIcon } from '@/components/job-icons';

/** Copy the role's address, or send it by email. The copy falls back to showing the link when the clipboard is blocked. */
export function ShareLinks({ url, title, employer }: { url: string; title: string; employer: string }) {
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);
  const mailto = `mailto:?subject=${encodeURIComponent(`${title} at ${employer}`)}&body=${encodeURIComponent(`This role on Badgeboard might interest you:\n\n${title} at ${employer}\n${url}`)}`;

  async function copy() {
    try {
      await navigator.clipboard.writeText(url);
      setCopied('yes');
      setTimeout(() => setCopied(null), 3000);
    } catch {
      setCopied('failed');
    }
  }

  return (
    <div>
      <h2 className="text-sm font-semibold text-slate-900">Share this role</h2>
      <div className="mt-3 flex flex-wrap gap-2">
        <button type="button" onClick={copy} className={buttonClasses('secondary', 'sm')}>
          <LinkIcon className="size-4" /> Copy link
        </button>
        <a href={mailto} className={buttonClasses('secondary', 'sm')}>
          <MailIcon className="size-4" /> Share by email
        </a>
      </div>
      <p role="status" className="mt-2 text-xs text-slate-600 empty:mt-0">
        {copied === 'yes' && 'Link copied.'}
        {copied === 'failed' && (
          <>
            Copy this link: <span className="font-mono break-all select-all">{url}</span>
          </>
        )}
      </p>
    </div>
  );
}
