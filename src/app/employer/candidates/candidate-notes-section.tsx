import type { Viewer } from '@/server/auth/viewer';
import { getDb } from '@/server/db/client';
import { AppError } from '@/server/errors';
import { listNotes, listTags } from '@/server/orgs/candidate-notes';
import { NotesPanel } from './notes-panel';

/**
 * "Notes and tags" on a candidate's CV page, for members of an employer organisation only (never the candidate,
 * never anyone else). The reads check membership and access to the CV themselves.
 */
export async function CandidateNotesSection({
  viewer,
  cvId,
  ownerId,
  candidateName,
}: {
  viewer: Viewer | null;
  cvId: string;
  ownerId: string;
  candidateName: string;
}) {
  if (!viewer || viewer.orgs.length === 0 || viewer.id === ownerId) return null;
  const db = await getDb();
  let notes, tags;
  try {
    [notes, tags] = await Promise.all([listNotes(db, viewer, cvId), listTags(db, viewer, cvId)]);
  } catch (error) {
    // Seen through another of the viewer's organisations than the one notes are kept for: no panel.
    if (error instanceof AppError && error.code === 'not_found') return null;
    throw error;
  }
  return <NotesPanel cvId={cvId} candidateName={candidateName} orgName={viewer.orgs[0]!.name} notes={notes} tags={tags} />;
}
