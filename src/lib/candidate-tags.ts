/** Limits for an organisation's notes and tags on candidates, shared by the forms and the server. */
export const NOTE_MAX = 4000;
export const TAG_MAX = 40;
export const TAGS_PER_CANDIDATE = 20;

/** A tag as stored: outer spaces gone, runs of white space one space ("strong  fit " → "strong fit"). */
export function normaliseTag(tag: string): string {
  return tag.replace(/\s+/g, ' ').trim();
}

/** The note on one shortlist entry: a line or two on why this person is on the list. */
export const ENTRY_NOTE_MAX = 1000;
