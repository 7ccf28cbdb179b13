import { z } from 'zod';

type SearchParams = Record<string, string | string[] | undefined>;

const text = (max: number) =>
  z
    .preprocess((value) => (Array.isArray(value) ? value[0] : value), z.string().trim().max(max).optional().catch(undefined))
    .transform((value) => value || undefined);

/** /skills?concept=<key>&via=<broader key>&q=<search>; anything unreadable is simply left out. */
const skillsParamsSchema = z.object({ concept: text(600), via: text(600), q: text(200) });
export type SkillsParams = { concept?: string; via?: string; q?: string };

export function readSkillsParams(params: SearchParams): SkillsParams {
  return skillsParamsSchema.parse(params);
}

/** A /skills link; `via` is only needed when the concept is reached from a broader concept other than its usual one. */
export function skillsHref({ concept, via, q }: SkillsParams = {}): string {
  const params = new URLSearchParams();
  if (q) params.set('q', q);
  if (concept) params.set('concept', concept);
  if (concept && via) params.set('via', via);
  const query = params.toString();
  return query ? `/skills?${query}` : '/skills';
}

/** Where a row of the tree leads: its own page, through the parent it is listed under. */
export function rowHref(concept: { key: string; primaryBroaderKey: string | null }, parentKey: string | null): string {
  return skillsHref({ concept: concept.key, via: parentKey && parentKey !== concept.primaryBroaderKey ? parentKey : undefined });
}

export const UNLABELLED = '(label not in the shipped data)';

export function conceptName(concept: { label: string | null }): string {
  return concept.label ?? UNLABELLED;
}
