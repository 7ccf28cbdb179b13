'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import type { Viewer } from '@/server/auth/viewer';
import { protectedAction } from '@/server/auth/with-session';
import { getDb, type Database } from '@/server/db/client';
import { AppError } from '@/server/errors';
import { moveApplication, stageSchema } from '@/server/jobs/applications';
import { notifyMatchingSeekers } from '@/server/jobs/notify-matching-seekers';
import { getJob } from '@/server/jobs/queries';
import { saveJob, setJobStatus } from '@/server/jobs/save-job';
import { jobInputSchema } from '@/server/jobs/schemas';
import { getSearch } from '@/server/search/client';
import { wakeDrainer } from '@/server/search/sync/drainer';

type Status = 'draft' | 'published' | 'closed';

/** Changes a role's status; a role that becomes published tells the seekers whose badges meet it (once, not on every save). */
async function changeStatus(db: Database, viewer: Viewer, jobId: string, status: Status): Promise<void> {
  const before = (await getJob(db, viewer, jobId)).job.status;
  await setJobStatus(db, viewer, jobId, status);
  wakeDrainer();
  if (status === 'published' && before !== 'published') {
    try {
      await notifyMatchingSeekers(db, await getSearch(), jobId);
    } catch (error) {
      // The role is published either way; a missed notification is logged, not shown as a failure.
      console.error('[jobs] could not notify matching seekers', jobId, error);
    }
  }
  revalidatePath('/employer/jobs');
  revalidatePath(`/jobs/${jobId}`);
}

const saveRoleSchema = z.object({
  jobId: z.uuid().optional(),
  /** `save` keeps the status (a new role starts as a draft); `publish` publishes it. */
  intent: z.enum(['save', 'publish']),
  job: z.unknown(),
});

/** Creates or updates a role from the form; field errors come back keyed like the form (`title`, `requirements.0.code`). */
export const saveRoleAction = protectedAction(saveRoleSchema, { role: 'employer' }, async ({ jobId, intent, job }, viewer) => {
  const parsed = jobInputSchema.safeParse(job);
  if (!parsed.success) throw AppError.fromZod(parsed.error, 'Some fields need attention before this role can be saved.');
  const db = await getDb();
  const { id } = await saveJob(db, viewer, parsed.data, jobId);
  if (intent === 'publish') await changeStatus(db, viewer, id, 'published');
  wakeDrainer();
  revalidatePath('/employer/jobs');
  revalidatePath(`/jobs/${id}`);
  return { id, published: intent === 'publish' };
});

/** Publish, close or reopen a role from the list. */
export const setRoleStatusAction = protectedAction(z.object({ jobId: z.uuid(), status: z.enum(['draft', 'published', 'closed']) }), { role: 'employer' }, async ({ jobId, status }, viewer) => {
  await changeStatus(await getDb(), viewer, jobId, status);
  return { status };
});

/** Moves an applicant to another stage; the seeker is notified by the service. */
export const moveApplicationAction = protectedAction(stageSchema, { role: 'employer' }, async (input, viewer) => {
  await moveApplication(await getDb(), viewer, input);
  return { stage: input.stage };
});
