import { z } from 'zod';

export const visibilityOptions = ['public', 'employers', 'hidden'] as const;
export type Visibility = (typeof visibilityOptions)[number];

export const cvUpdateSchema = z.object({
  headline: z
    .string()
    .trim()
    .min(1, 'Add a headline, e.g. "Junior data analyst".')
    .max(120, 'Keep the headline to 120 characters; put the detail in your summary.'),
  summary: z.string().trim().max(4000, 'Keep the summary to 4,000 characters.'),
  location: z.string().trim().max(120, 'Keep the location to 120 characters, e.g. "Glasgow".'),
  visibility: z.enum(visibilityOptions, { error: 'Choose who can find your CV.' }),
  /** Self-declared skills as taxonomy keys; left unchanged when absent. */
  claimedSkills: z.array(z.string().trim().min(1).max(300)).max(30, 'Claim at most 30 skills; let your badges show the rest.').optional(),
});

export type CvUpdate = z.infer<typeof cvUpdateSchema>;
