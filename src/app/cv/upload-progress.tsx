import Link from 'next/link';
import { BadgeStateChip, checkLabels } from '@/components/badge-state';
import { Spinner } from '@/components/button';
import { AlertIcon, CheckCircleIcon, ClockIcon, FileIcon } from '@/components/icons';
import type { AttachedBadge } from './post-badge';

export type UploadItem = {
  id: number;
  /** The file name, or "Pasted badge". */
  name: string;
  status: 'waiting' | 'uploading' | 'done' | 'error';
  attached?: AttachedBadge[];
  message?: string;
};

function StatusIcon({ item }: { item: UploadItem }) {
  if (item.status === 'uploading') return <Spinner className="size-4 text-brand-600" />;
  if (item.status === 'waiting') return <ClockIcon className="size-4 text-slate-500" />;
  if (item.status === 'error') return <AlertIcon className="size-4 text-red-600" />;
  const allVerified = item.attached?.every((badge) => badge.state === 'verified');
  return allVerified ? <CheckCircleIcon className="size-4 text-emerald-600" /> : <FileIcon className="size-4 text-slate-500" />;
}

function Outcome({ item, emailVerified }: { item: UploadItem; emailVerified: boolean }) {
  if (item.status === 'waiting') return <p className="text-slate-500">Waiting…</p>;
  if (item.status === 'uploading') return <p className="text-slate-500">Uploading and checking…</p>;
  if (item.status === 'error') return <p className="wrap-anywhere text-red-700">{item.message}</p>;
  if (!item.attached?.length) return <p className="text-slate-500">No badges were found in it.</p>;
  return (
    <ul className="mt-1 space-y-2">
      {item.attached.map((badge) => (
        <li key={badge.id} className="min-w-0">
          <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
            <Link href={`/badges/${badge.id}`} className="min-w-0 truncate font-medium text-slate-800 underline-offset-4 hover:text-brand-800 hover:underline">
              {badge.name}
            </Link>
            <BadgeStateChip state={badge.state} issuerKnown={badge.issuerKnown} />
          </div>
          {badge.state === 'unverified' && !emailVerified ? (
            <p className="mt-0.5 text-slate-600">Confirm your email address to finish verifying this badge.</p>
          ) : (
            badge.failing && (
              <p className="mt-0.5 text-slate-600">
                <span className="font-medium">{checkLabels[badge.failing.check] ?? badge.failing.check}:</span> {badge.failing.reason}
              </p>
            )
          )}
        </li>
      ))}
    </ul>
  );
}

/** One row per file or paste, updated as each upload finishes. */
export function UploadProgressList({
  items,
  onClear,
  busy,
  emailVerified,
}: {
  items: UploadItem[];
  onClear: () => void;
  busy: boolean;
  emailVerified: boolean;
}) {
  if (items.length === 0) return null;
  const done = items.filter((item) => item.status === 'done' || item.status === 'error').length;
  return (
    <div className="rounded-lg border border-slate-200 bg-slate-50/60">
      <div className="flex items-center justify-between gap-3 border-b border-slate-200 px-3 py-2">
        <p className="text-xs font-medium text-slate-600" role="status">
          {busy ? `Adding badges… ${done} of ${items.length} done` : `${done} of ${items.length} done`}
        </p>
        {!busy && (
          <button type="button" onClick={onClear} className="rounded text-xs font-medium text-brand-700 underline-offset-4 hover:underline">
            Clear list
          </button>
        )}
      </div>
      <ol aria-label="Badge uploads" className="divide-y divide-slate-200/70">
        {items.map((item) => (
          <li key={item.id} className="flex gap-2.5 px-3 py-2.5 text-sm" aria-busy={item.status === 'uploading' || undefined}>
            <span className="mt-0.5 shrink-0">
              <StatusIcon item={item} />
            </span>
            <div className="min-w-0 flex-1">
              <p className="truncate font-mono text-[13px] text-slate-900" title={item.name}>
                {item.name}
              </p>
              <Outcome item={item} emailVerified={emailVerified} />
            </div>
          </li>
        ))}
      </ol>
    </div>
  );
}
