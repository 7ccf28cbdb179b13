import 'server-only';
import { z } from 'zod';

export const visibilityOptions = ['public', 'employers', 'hidden'] as const;
export type Visibility = (typeof visibilityOptions)[number];

/**
 * Length caps of what a seeker writes on their CV, in characters. They keep every CV indexable (location and claimed
 * skill codes are search keywords, bounded in the index far above these) and the cards readable.
 */
export const CV_TEXT_LIMITS = { headline: 120, summary: 4000, location: 120, claimedSkill: 300, claimedSkills: 30 } as const;

export const cvUpdateSchema = z.object({
  headline: z
    .string()
    .trim()
    .min(1, 'Add a headline, e.g. "Junior data analyst".')
    .max(CV_TEXT_LIMITS.headline, 'Keep the headline to 120 characters; put the detail in your summary.'),
  summary: z.string().trim().max(CV_TEXT_LIMITS.summary, 'Keep the summary to 4,000 characters.'),
  location: z.string().trim().max(CV_TEXT_LIMITS.location, 'Keep the location to 120 characters, e.g. "Glasgow".'),
  visibility: z.enum(visibilityOptions, { error: 'Choose who can find your CV.' }),
  /** Self-declared skills as taxonomy keys; left unchanged when absent. */
  claimedSkills: z
    .array(
      z
        .string()
        .trim()
        .min(1, 'A claimed skill is empty. Pick the skill from the list.')
        .max(CV_TEXT_LIMITS.claimedSkill, 'A claimed skill code is at most 300 characters. Pick the skill from the list.'),
    )
    .max(CV_TEXT_LIMITS.claimedSkills, 'Claim at most 30 skills; let your badges show the rest.')
    .optional(),
});

export type CvUpdate = z.infer<typeof cvUpdateSchema>;
