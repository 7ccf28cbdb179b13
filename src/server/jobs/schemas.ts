import 'server-only';
import { z } from 'zod';

export const requirementInputSchema = z.object({
  kind: z.enum(['skill', 'achievement']),
  /** Skill: taxonomy key, ESCO URI or notation (S5); achievement: its key, `<issuer id> <achievement id>` (see `achievementKey`). */
  code: z.string().trim().min(1, 'Pick a skill or badge.').max(500),
  importance: z.enum(['required', 'preferred']).default('required'),
  minLevel: z
    .string()
    .trim()
    .max(40)
    .transform((v) => v || undefined)
    .optional(),
});

const money = z.coerce.number().int('Use whole amounts, e.g. 32000.').min(0, 'Salaries cannot be negative.').max(10_000_000).optional();

export const jobInputSchema = z
  .object({
    title: z.string().trim().min(3, 'Give the role a title, e.g. "Junior Data Analyst".').max(120, 'Keep the title to 120 characters.'),
    description: z
      .string()
      .trim()
      .min(20, 'Describe the role in a few sentences (at least 20 characters).')
      .max(20_000, 'Keep the description to 20,000 characters.'),
    location: z.string().trim().min(1, 'Say where the role is based, e.g. "Glasgow".').max(120),
    workplace: z.enum(['on_site', 'hybrid', 'remote'], { error: 'Choose on-site, hybrid or remote.' }),
    contractType: z.enum(['permanent', 'fixed_term', 'contract', 'apprenticeship', 'internship'], { error: 'Choose a contract type.' }),
    salaryMin: money,
    salaryMax: money,
    salaryCurrency: z
      .string()
      .trim()
      .regex(/^[A-Z]{3}$/, 'Use a three-letter currency code such as GBP.')
      .default('GBP'),
    salaryPeriod: z.enum(['year', 'hour']).default('year'),
    closingDate: z.iso
      .date('Use a date like 2026-12-31.')
      .optional()
      .or(z.literal('').transform(() => undefined)),
    requirements: z.array(requirementInputSchema).max(12, 'Ask for at most 12 requirements; keep the rest in the description.').default([]),
    /** Count verified badges from issuers not known to Badgeboard towards this role (default off: known issuers only). */
    acceptUnknownIssuers: z.boolean().optional(),
  })
  .superRefine((job, ctx) => {
    if (job.salaryMin !== undefined && job.salaryMax !== undefined && job.salaryMin > job.salaryMax) {
      ctx.addIssue({ code: 'custom', path: ['salaryMax'], message: 'The maximum salary must be at least the minimum.' });
    }
  });

export type JobInput = z.infer<typeof jobInputSchema>;
