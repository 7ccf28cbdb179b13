// Notes, tags and shortlist-edit response schemas against the services' types (compile time, npx tsc --noEmit), and
// what the request schemas accept (test time).
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import type { addNote, listNotes, listTags } from '@/server/orgs/candidate-notes';
import type { renameShortlist, setEntryNote } from '@/server/orgs/shortlists';
import { sameType, type Json } from '@/server/testing/same-type';
import {
  addCandidateNote,
  getCandidateTags,
  listCandidateNotes,
  putCandidateTags,
  renameShortlist as renameContract,
  setShortlistEntryNote,
} from './candidates';

sameType<z.output<(typeof listCandidateNotes)['responses'][200]['schema']>, Json<{ notes: Awaited<ReturnType<typeof listNotes>> }>>();
sameType<z.output<(typeof addCandidateNote)['responses'][201]['schema']>, Json<Awaited<ReturnType<typeof addNote>>>>();
sameType<z.output<(typeof getCandidateTags)['responses'][200]['schema']>, Json<{ tags: Awaited<ReturnType<typeof listTags>> }>>();
sameType<z.output<(typeof renameContract)['responses'][200]['schema']>, Json<Awaited<ReturnType<typeof renameShortlist>>>>();
sameType<z.output<(typeof setShortlistEntryNote)['responses'][200]['schema']>, Json<Awaited<ReturnType<typeof setEntryNote>>>>();

describe('candidate notes and tags: request bodies', () => {
  const note = addCandidateNote.body.json;
  const tags = putCandidateTags.body.json;

  it('a note is 1–4,000 characters after trimming', () => {
    expect(note.parse({ body: '  Keen.  ' })).toEqual({ body: 'Keen.' });
    expect(note.safeParse({ body: '   ' }).success).toBe(false);
    expect(note.safeParse({ body: 'x'.repeat(4000) }).success).toBe(true);
    const tooLong = note.safeParse({ body: 'x'.repeat(4001) });
    expect(tooLong.error?.issues[0]?.message).toBe('Keep a note to 4,000 characters.');
  });

  it('tags are tidied, 1–40 characters, one of each whatever the case, at most 20', () => {
    expect(tags.parse({ tags: ['  Strong   fit ', 'strong fit', 'Call back'] })).toEqual({ tags: ['Strong fit', 'Call back'] });
    expect(tags.parse({ tags: [] })).toEqual({ tags: [] });
    expect(tags.safeParse({ tags: [''] }).error?.issues[0]?.message).toBe('Type a tag.');
    expect(tags.safeParse({ tags: ['x'.repeat(41)] }).error?.issues[0]?.message).toBe('Keep a tag to 40 characters.');
    expect(tags.safeParse({ tags: ['a\u0000b'] }).success).toBe(false);
    expect(tags.safeParse({ tags: Array.from({ length: 21 }, (_, i) => `t${i}`) }).error?.issues[0]?.message).toBe('A candidate can have up to 20 tags.');
    expect(tags.safeParse({ tags: 'Strong fit' }).success).toBe(false);
  });
});
