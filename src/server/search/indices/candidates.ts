import 'server-only';
import { z } from 'zod';
import { idKeyword, nameKeyword } from './bounded-keyword';
import type { IndexDefinition } from './types';

/**
 * Candidates index: one document per discoverable CV (hidden CVs are never indexed).
 * Only server-core field types and the standard analyzer: it must run on the minimal
 * Elasticsearch distribution as well as on the full one. `keyword` is for values the server makes (uuids,
 * enums); text from users or credentials uses the bounded keywords, so no document can be unindexable.
 */
const keyword = { type: 'keyword' } as const;
const date = { type: 'date' } as const;
const facetMapping = { properties: { issuer: idKeyword, achievement: idKeyword, skill: idKeyword, level: nameKeyword } } as const;

export const candidateBadgeSchema = z.object({
  badge_id: z.string(),
  achievement_id: z.string(),
  /** (issuer id, achievement id) as one term: what requirements and the achievement facet match on. */
  achievement_key: z.string(),
  achievement_name: z.string(),
  issuer_id: z.string(),
  /** The registry's name for a known issuer; otherwise the credential's own claim. */
  issuer_name: z.string(),
  /** The issuer id is in the known-issuer registry: the first level of "verified". */
  issuer_known: z.boolean(),
  /** Taxonomy codes the badge aligns to directly. */
  skill_codes: z.array(z.string()),
  /** Direct codes plus every ancestor, so a broad group is a plain term filter. */
  expanded_codes: z.array(z.string()),
  /** Failed, revoked and expired badges are never indexed: the index is what others see. */
  state: z.enum(['verified', 'unverified']),
  issued_at: z.string().nullable(),
  expires_at: z.string().nullable(),
  verified_at: z.string().nullable(),
  level: z.string().nullable(),
});

/** Per-candidate facet values, so facets are top-level terms that count candidates (no reverse_nested). Achievements by key. */
export const facetValuesSchema = z.object({
  issuer: z.array(z.string()),
  achievement: z.array(z.string()),
  skill: z.array(z.string()),
  level: z.array(z.string()),
});

export const candidateDocumentSchema = z.object({
  cv_id: z.string(),
  display_name: z.string(),
  headline: z.string(),
  summary: z.string(),
  experience_titles: z.array(z.string()),
  location: z.string(),
  open_to: z.array(z.string()),
  languages: z.array(z.string()),
  /** Self-declared skills: never mixed with badge-backed codes. */
  claimed_skill_codes: z.array(z.string()),
  /** Claimed codes plus their ancestors, so a group filter can include claims when asked. */
  claimed_expanded_codes: z.array(z.string()),
  visibility: z.enum(['public', 'employers']),
  badges: z.array(candidateBadgeSchema),
  verified_badge_count: z.number().int(),
  /** Failed, revoked and expired badges: counted, never shown to others. */
  other_badge_count: z.number().int(),
  /** From badges verified, unexpired and from a known issuer when indexed (the default "verified only"). */
  facet_known: facetValuesSchema,
  /** From badges verified and unexpired when indexed, known issuer or not (re-verification re-indexes when that changes). */
  facet_verified: facetValuesSchema,
  /** From every indexed badge (verified or unverified). */
  facet_all: facetValuesSchema,
  updated_at: z.string(),
});

export type CandidateDocument = z.infer<typeof candidateDocumentSchema>;

export const candidatesIndex: IndexDefinition<CandidateDocument> = {
  name: 'candidates',
  version: 5,
  settings: { number_of_shards: 1, auto_expand_replicas: '0-1', refresh_interval: '1s' },
  mappings: {
    dynamic: 'strict',
    properties: {
      cv_id: keyword,
      display_name: { type: 'text' },
      headline: { type: 'text' },
      summary: { type: 'text' },
      experience_titles: { type: 'text' },
      location: { ...nameKeyword, fields: { text: { type: 'text' } } },
      open_to: nameKeyword,
      languages: nameKeyword,
      claimed_skill_codes: idKeyword,
      claimed_expanded_codes: idKeyword,
      visibility: keyword,
      badges: {
        type: 'nested',
        properties: {
          badge_id: keyword,
          achievement_id: idKeyword,
          achievement_key: idKeyword,
          achievement_name: { type: 'text', fields: { raw: nameKeyword } },
          issuer_id: idKeyword,
          issuer_name: { ...nameKeyword, fields: { text: { type: 'text' } } },
          issuer_known: { type: 'boolean' },
          skill_codes: idKeyword,
          expanded_codes: idKeyword,
          state: keyword,
          issued_at: date,
          expires_at: date,
          verified_at: date,
          level: nameKeyword,
        },
      },
      verified_badge_count: { type: 'integer' },
      other_badge_count: { type: 'integer' },
      facet_known: facetMapping,
      facet_verified: facetMapping,
      facet_all: facetMapping,
      updated_at: date,
    },
  },
  document: candidateDocumentSchema,
  example: {
    cv_id: '5b0f6c2e-8d7a-4a57-9f0e-2b1a7c6d9e10',
    display_name: 'Morag Campbell',
    headline: 'Junior data analyst',
    summary: 'SQL and Python for public-sector reporting; recently finished a data skills bootcamp.',
    experience_titles: ['Reporting assistant'],
    location: 'Glasgow',
    open_to: ['full-time', 'hybrid'],
    languages: ['en', 'gd'],
    claimed_skill_codes: ['http://data.europa.eu/esco/skill/ccd0a1d9-afda-43d9-b901-96344886e14d'],
    claimed_expanded_codes: [
      'http://data.europa.eu/esco/skill/ccd0a1d9-afda-43d9-b901-96344886e14d',
      'http://data.europa.eu/esco/skill/21d2f96d-35f7-4e3f-9745-c533d2dd6e97',
    ],
    visibility: 'employers',
    badges: [
      {
        badge_id: 'c3a1d2e4-0000-4000-8000-000000000001',
        achievement_id: 'https://academy.example/achievements/python-foundations',
        achievement_key: 'did:web:academy.example https://academy.example/achievements/python-foundations',
        achievement_name: 'Python Foundations',
        issuer_id: 'did:web:academy.example',
        issuer_name: 'Clyde Data Academy',
        issuer_known: true,
        skill_codes: ['http://data.europa.eu/esco/skill/ccd0a1d9-afda-43d9-b901-96344886e14d'],
        expanded_codes: ['http://data.europa.eu/esco/skill/ccd0a1d9-afda-43d9-b901-96344886e14d', 'S5'],
        state: 'verified',
        issued_at: '2026-03-01T00:00:00.000Z',
        expires_at: null,
        verified_at: '2026-11-20T09:00:00.000Z',
        level: 'SCQF 7',
      },
    ],
    verified_badge_count: 1,
    other_badge_count: 1,
    facet_known: {
      issuer: ['did:web:academy.example'],
      achievement: ['did:web:academy.example https://academy.example/achievements/python-foundations'],
      skill: ['http://data.europa.eu/esco/skill/ccd0a1d9-afda-43d9-b901-96344886e14d', 'S5'],
      level: ['SCQF 7'],
    },
    facet_verified: {
      issuer: ['did:web:academy.example'],
      achievement: ['did:web:academy.example https://academy.example/achievements/python-foundations'],
      skill: ['http://data.europa.eu/esco/skill/ccd0a1d9-afda-43d9-b901-96344886e14d', 'S5'],
      level: ['SCQF 7'],
    },
    facet_all: {
      issuer: ['did:web:academy.example'],
      achievement: ['did:web:academy.example https://academy.example/achievements/python-foundations'],
      skill: ['http://data.europa.eu/esco/skill/ccd0a1d9-afda-43d9-b901-96344886e14d', 'S5'],
      level: ['SCQF 7'],
    },
    updated_at: '2026-11-20T09:00:00.000Z',
  },
};
