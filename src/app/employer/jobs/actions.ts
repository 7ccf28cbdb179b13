'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { protectedAction } from '@/server/auth/with-session';
import { getDb } from '@/server/db/client';
import { AppError } from '@/server/errors';
import { moveApplication, stageSchema } from '@/server/jobs/applications';
import { changeJobStatus } from '@/server/jobs/change-job-status';
import { saveJob } from '@/server/jobs/save-job';
import { jobInputSchema } from '@/server/jobs/schemas';
import { getSearch } from '@/server/search/client';
import { wakeDrainer } from '@/server/search/sync/drainer';

/** After a role changed: index it soon, and render the pages that show it afresh. */
function refreshRole(jobId: string): void {
  wakeDrainer();
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
  if (intent === 'publish') await changeJobStatus(db, getSearch, viewer, id, 'published');
  refreshRole(id);
  return { id, published: intent === 'publish' };
});

/** Publish, close or reopen a role from the list. */
export const setRoleStatusAction = protectedAction(
  z.object({ jobId: z.uuid(), status: z.enum(['draft', 'published', 'closed']) }),
  { role: 'employer' },
  async ({ jobId, status }, viewer) => {
    await changeJobStatus(await getDb(), getSearch, viewer, jobId, status);
    refreshRole(jobId);
    return { status };
  },
);

/** Moves an applicant to another stage; the seeker is notified by the service. */
export const moveApplicationAction = protectedAction(stageSchema, { role: 'employer' }, async (input, viewer) => {
  await moveApplication(await getDb(), viewer, input);
  return { stage: input.stage };
});
