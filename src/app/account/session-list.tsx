import { Chip } from '@/components/chip';
import { deviceName } from '@/components/device-name';
import { CheckCircleIcon, GlobeIcon } from '@/components/icons';
import { relativeTime } from '@/components/time-ago';

type SessionRow = { id: string; createdAt: Date; lastSeenAt: Date; userAgent: string | null };

const signedInFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'Europe/London',
});

/** The person's live sessions, this browser's marked. */
export function SessionList({ sessions, currentSessionId, now }: { sessions: SessionRow[]; currentSessionId: string | null; now: Date }) {
  if (sessions.length === 0) return <p className="mt-4 text-sm text-slate-600">No sessions are active.</p>;
  return (
    <ul className="mt-4 divide-y divide-slate-100 rounded-lg border border-slate-200" aria-label="Active sessions">
      {sessions.map((session) => {
        const current = session.id === currentSessionId;
        return (
          <li key={session.id} className="flex gap-3 p-4" aria-current={current ? 'true' : undefined}>
            <span className="mt-0.5 flex size-9 shrink-0 items-center justify-center rounded-full bg-slate-100 text-slate-500" aria-hidden="true">
              <GlobeIcon className="size-4" />
            </span>
            <div className="min-w-0 flex-1 text-sm">
              <div className="flex flex-wrap items-center gap-2">
                <span className="font-medium text-slate-900">{deviceName(session.userAgent)}</span>
                {current && (
                  <Chip tone="verified" icon={<CheckCircleIcon className="size-3.5" />}>
                    This device
                  </Chip>
                )}
              </div>
              <dl className="mt-1 grid gap-x-4 gap-y-0.5 text-slate-600 sm:grid-cols-2">
                <div>
                  <dt className="inline">Last active </dt>
                  <dd className="inline">
                    <time dateTime={session.lastSeenAt.toISOString()}>{current ? 'now' : relativeTime(session.lastSeenAt, now)}</time>
                  </dd>
                </div>
                <div>
                  <dt className="inline">Signed in </dt>
                  <dd className="inline">
                    <time dateTime={session.createdAt.toISOString()}>{signedInFormat.format(session.createdAt)}</time>
                  </dd>
                </div>
              </dl>
              {session.userAgent && <p className="mt-1 line-clamp-2 text-xs break-all text-slate-500">{session.userAgent}</p>}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
