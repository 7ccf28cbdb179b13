import 'server-only';
import { cache } from 'react';
import { getViewer } from '@/server/auth/viewer';
import { getDb } from '@/server/db/client';
import { viewJob, type JobView } from '@/server/jobs/view-job';

/** The role as this viewer may see it (null: not found or not theirs to see), once per request for metadata and page. */
export const loadJobPage = cache(async (jobId: string) => viewJob(await getDb(), await getViewer(), jobId));

export type JobPageData = JobView;
