'use client';

import { useState } from 'react';
import { Button } from './button';

/**
 * Read-only text with a Copy button (a link, a snippet). The text stays selectable for browsers that refuse the
 * clipboard; the button says whether copying worked.
 */
export function CopyField({ id, label, value, multiline = false }: { id: string; label: string; value: string; multiline?: boolean }) {
  const [copied, setCopied] = useState<'yes' | 'no' | null>(null);

  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
      setCopied('yes');
    } catch {
      setCopied('no');
    }
  }

  const field =
    'block w-full rounded-lg border border-slate-300 bg-slate-50 px-2.5 font-mono text-xs text-slate-800 focus:ring-3 focus:ring-brand-600/15 focus:outline-none';
  return (
    <div className="space-y-1.5">
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      <div className={multiline ? 'space-y-2' : 'flex gap-2'}>
        {multiline ? (
          <textarea id={id} readOnly value={value} rows={5} className={`${field} resize-none py-2 break-all`} onFocus={(event) => event.target.select()} />
        ) : (
          <input id={id} readOnly value={value} className={`${field} h-9 min-w-0 flex-1`} onFocus={(event) => event.target.select()} />
        )}
        <Button variant="secondary" size="sm" onClick={() => void copy()} className={multiline ? undefined : 'h-9'}>
          Copy
        </Button>
      </div>
      <p role="status" className="text-xs text-slate-600">
        {copied === 'yes' ? 'Copied.' : copied === 'no' ? 'Your browser did not allow copying: select the text and copy it yourself.' : ''}
      </p>
    </div>
  );
}
