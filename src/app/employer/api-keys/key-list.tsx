import { Chip } from '@/components/chip';
import { BanIcon } from '@/components/icons';
import { relativeTime, shortDate } from '@/components/time-ago';
import { apiScopeDescriptions } from '@/lib/api-scopes';
import type { ApiKeySummary } from '@/server/api-keys/types';
import { RevokeKeyButton } from './revoke-key-button';

function uses(count: number): string {
  return count === 1 ? '1 use' : `${count.toLocaleString('en-GB')} uses`;
}

/** The organisation's keys: the visible prefix only, never a secret. Owners may revoke live keys. */
export function KeyList({ keys, canRevoke, now }: { keys: ApiKeySummary[]; canRevoke: boolean; now: Date }) {
  return (
    <ul aria-label="API keys" className="divide-y divide-slate-100">
      {keys.map((key) => {
        const headingId = `key-${key.id}`;
        return (
          <li key={key.id}>
            <article aria-labelledby={headingId} className={key.revokedAt ? 'px-5 py-4 opacity-75 sm:px-6' : 'px-5 py-4 sm:px-6'}>
              <div className="flex flex-wrap items-start justify-between gap-x-3 gap-y-2">
                <div className="min-w-0">
                  <div className="flex flex-wrap items-center gap-2">
                    <h3 id={headingId} className="text-sm font-semibold break-words text-slate-900">
                      {key.name}
                    </h3>
                    {key.revokedAt ? (
                      <Chip tone="muted" icon={<BanIcon className="size-3.5" />}>
                        Revoked <time dateTime={key.revokedAt.toISOString()}>{shortDate.format(key.revokedAt)}</time>
                      </Chip>
                    ) : (
                      <Chip tone="verified">Active</Chip>
                    )}
                  </div>
                  <p className="mt-1 font-mono text-[13px] break-all text-slate-600">
                    <span className="sr-only">Key </span>bb_{key.prefix}_…
                  </p>
                </div>
                {canRevoke && !key.revokedAt && <RevokeKeyButton keyId={key.id} name={key.name} />}
              </div>
              <ul aria-label="Scopes" className="mt-2 flex flex-wrap gap-1.5">
                {key.scopes.map((scope) => (
                  <li key={scope}>
                    <Chip tone="brand">{apiScopeDescriptions[scope].label}</Chip>
                  </li>
                ))}
              </ul>
              <dl className="mt-2 grid gap-x-4 gap-y-0.5 text-sm text-slate-600 sm:grid-cols-3">
                <div>
                  <dt className="inline">Created </dt>
                  <dd className="inline">
                    <time dateTime={key.createdAt.toISOString()}>{shortDate.format(key.createdAt)}</time>
                    {key.createdByName && ` by ${key.createdByName}`}
                  </dd>
                </div>
                <div>
                  <dt className="inline">Last used </dt>
                  <dd className="inline">
                    {key.lastUsedAt ? <time dateTime={key.lastUsedAt.toISOString()}>{relativeTime(key.lastUsedAt, now)}</time> : 'never'}
                  </dd>
                </div>
                <div>
                  <dt className="sr-only">Uses</dt>
                  <dd className="tabular-nums">{uses(key.useCount)}</dd>
                </div>
              </dl>
            </article>
          </li>
        );
      })}
    </ul>
  );
}
