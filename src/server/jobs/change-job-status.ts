import 'server-only';
import type { Viewer } from '@/server/auth/viewer';
import type { Database } from '@/server/db/client';
import type { SearchHandle } from '@/server/search/client';
import { notifyMatchingSeekers } from './notify-matching-seekers';
import { setJobStatus, type JobStatus } from './save-job';

export type StatusChange = { status: JobStatus; becamePublished: boolean; notified: number };

/**
 * The publish workflow: sets a role's status, and when the role becomes published (from a draft, or reopened after
 * closing) tells the seekers whose verified badges meet it. Saving a published role again tells nobody twice. The
 * status stands even when the notification fails (Elasticsearch down): that failure is logged, not raised.
 */
export async function changeJobStatus(
  db: Database,
  search: () => Promise<SearchHandle>,
  viewer: Viewer,
  jobId: string,
  status: JobStatus,
  options: { now?: Date; log?: Pick<Console, 'error'> } = {},
): Promise<StatusChange> {
  const { previous } = await setJobStatus(db, viewer, jobId, status);
  const becamePublished = status === 'published' && previous !== 'published';
  if (!becamePublished) return { status, becamePublished, notified: 0 };
  try {
    return { status, becamePublished, notified: await notifyMatchingSeekers(db, await search(), jobId, options.now) };
  } catch (error) {
    (options.log ?? console).error('[jobs] could not notify matching seekers', jobId, error);
    return { status, becamePublished, notified: 0 };
  }
}
