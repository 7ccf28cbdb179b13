/** What an organisation API key may do. Shared by the keys service and the page that creates keys. */
export const apiScopes = ['search', 'verify', 'jobs'] as const;
export type ApiScope = (typeof apiScopes)[number];

/** One line per scope, in the words the create form shows. */
export const apiScopeDescriptions: Record<ApiScope, { label: string; explanation: string }> = {
  search: { label: 'Search candidates', explanation: 'Search CVs visible to employers by badge, issuer and skill (GET /api/v1/candidates/search).' },
  verify: {
    label: 'Verify badges',
    explanation: 'Check any badge and get its verification report, with a higher limit than anonymous callers (POST /api/v1/verify).',
  },
  jobs: { label: 'Read jobs', explanation: 'Search published roles with your organisation’s own rate limit (GET /api/v1/jobs).' },
};
