import 'server-only';
import { z } from 'zod';
import { idKeyword, nameKeyword } from './bounded-keyword';
import type { IndexDefinition } from './types';

const keyword = { type: 'keyword' } as const;

/**
 * Jobs index: one document per published role. Requirement codes are prefixed by kind
 * (`skill:<taxonomy key>`, `achievement:<issuer id> <achievement id>`, see `achievementKey`) so one terms_set
 * compares them with a seeker's codes.
 */
export const jobDocumentSchema = z.object({
  job_id: z.string(),
  org_id: z.string(),
  employer_name: z.string(),
  title: z.string(),
  description: z.string(),
  location: z.string(),
  workplace: z.enum(['on_site', 'hybrid', 'remote']),
  contract_type: z.string(),
  salary_min: z.number().int().nullable(),
  salary_max: z.number().int().nullable(),
  salary_currency: z.string(),
  salary_period: z.enum(['year', 'hour']),
  posted_at: z.string(),
  closing_date: z.string().nullable(),
  required_codes: z.array(z.string()),
  required_count: z.number().int(),
  preferred_codes: z.array(z.string()),
  /** Skill keys of all requirements plus their ancestors, for the skill filter. */
  skill_codes: z.array(z.string()),
  /** Verified badges from issuers not known to Badgeboard count towards this role (off: known issuers only). */
  accept_unknown_issuers: z.boolean(),
});
export type JobDocument = z.infer<typeof jobDocumentSchema>;

export const jobsIndex: IndexDefinition<JobDocument> = {
  name: 'jobs',
  version: 3,
  settings: { number_of_shards: 1, auto_expand_replicas: '0-1', refresh_interval: '1s' },
  mappings: {
    dynamic: 'strict',
    properties: {
      job_id: keyword,
      org_id: keyword,
      employer_name: { ...nameKeyword, fields: { text: { type: 'text' } } },
      title: { type: 'text', fields: { raw: nameKeyword } },
      description: { type: 'text' },
      location: { ...nameKeyword, fields: { text: { type: 'text' } } },
      workplace: keyword,
      contract_type: nameKeyword,
      salary_min: { type: 'integer' },
      salary_max: { type: 'integer' },
      salary_currency: nameKeyword,
      salary_period: keyword,
      posted_at: { type: 'date' },
      closing_date: { type: 'date' },
      required_codes: idKeyword,
      required_count: { type: 'integer' },
      preferred_codes: idKeyword,
      skill_codes: idKeyword,
      accept_unknown_issuers: { type: 'boolean' },
    },
  },
  document: jobDocumentSchema,
  example: {
    job_id: '3f0e4a52-7c1d-4c0a-9d61-2b0c5d2e8a11',
    org_id: '0b7c9e1a-2d3f-4a5b-8c6d-7e8f9a0b1c2d',
    employer_name: 'Clyde Digital Services',
    title: 'Junior Data Analyst',
    description: 'Join our public-sector analytics team.',
    location: 'Glasgow',
    workplace: 'hybrid',
    contract_type: 'permanent',
    salary_min: 27000,
    salary_max: 32000,
    salary_currency: 'GBP',
    salary_period: 'year',
    posted_at: '2026-11-20T09:00:00.000Z',
    closing_date: '2026-12-31',
    required_codes: [
      'skill:http://data.europa.eu/esco/skill/598de5b0-5b58-4ea7-8058-a4bc4d18c742',
      'achievement:did:web:clyde-data-academy.example https://clyde-data-academy.example/achievements/python-foundations',
    ],
    required_count: 2,
    preferred_codes: ['skill:http://data.europa.eu/esco/skill/97bd1c21-66b2-4b7e-ad0f-e3cda590e378'],
    skill_codes: ['http://data.europa.eu/esco/skill/598de5b0-5b58-4ea7-8058-a4bc4d18c742'],
    accept_unknown_issuers: false,
  },
};
