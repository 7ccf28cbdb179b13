'use client';

import { useEffect, useRef, useState } from 'react';
import { Button } from '@/components/button';
import { CheckCircleIcon } from '@/components/icons';

/**
 * The full key, shown once: Badgeboard keeps only a hash, so closing this panel or leaving the page loses it.
 * Focus moves here when it appears, so keyboard and screen-reader users land on the key.
 */
export function NewKeyPanel({ name, token, onDone }: { name: string; token: string; onDone: () => void }) {
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);
  const inputRef = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    inputRef.current?.focus();
    inputRef.current?.select();
  }, [token]);

  async function copy() {
    try {
      await navigator.clipboard.writeText(token);
      setCopied('yes');
    } catch {
      // No clipboard permission (or an insecure origin): the key is selected for copying by hand.
      inputRef.current?.select();
      setCopied('failed');
    }
  }

  return (
    <section aria-labelledby="new-key-heading" className="rounded-xl border border-emerald-200 bg-emerald-50 p-4 sm:p-5">
      <h3 id="new-key-heading" className="flex items-center gap-2 text-sm font-semibold text-emerald-950">
        <CheckCircleIcon className="size-5 text-emerald-600" />
        Key “{name}” created
      </h3>
      <p className="mt-1 text-sm font-medium text-emerald-950">Copy it now: you won’t see it again.</p>
      <p className="mt-0.5 text-sm text-emerald-900">Badgeboard keeps only a fingerprint of it. If it is lost, revoke it and create another.</p>
      <label htmlFor="new-api-key" className="mt-3 block text-xs font-medium text-emerald-950">
        Your new API key
      </label>
      {/* A read-only text area rather than an input: the whole key is visible, wrapped, so it can be checked by eye. */}
      <textarea
        ref={inputRef}
        id="new-api-key"
        readOnly
        value={token}
        rows={2}
        spellCheck={false}
        autoComplete="off"
        onFocus={(event) => event.currentTarget.select()}
        className="mt-1 block w-full resize-none rounded-lg border border-emerald-300 bg-white px-3 py-2 font-mono text-[13px] leading-snug break-all text-slate-900 focus:border-brand-600 focus:ring-3 focus:ring-brand-600/15 focus:outline-none"
      />
      <Button variant="secondary" onClick={copy} className="mt-2">
        {copied === 'yes' ? 'Copied' : 'Copy key'}
      </Button>
      <p role="status" className="mt-1.5 min-h-5 text-xs text-emerald-900">
        {copied === 'yes'
          ? 'Copied to the clipboard.'
          : copied === 'failed'
            ? 'Copying was not allowed here: the key is selected, copy it with Ctrl+C or ⌘C.'
            : ''}
      </p>
      <p className="mt-1 text-xs text-emerald-900">
        Send it as <code className="rounded bg-white/70 px-1 font-mono">Authorization: Bearer {'<key>'}</code>.
      </p>
      <Button variant="ghost" size="sm" onClick={onDone} className="mt-3">
        I have stored it safely
      </Button>
    </section>
  );
}
