// The badge routes' response schemas hold what the services really return: run through with real shapes, and the
// types compared at compile time (npx tsc --noEmit), so a field added to a service and not to its schema fails here.
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { checkResult, overallState, type VerificationReport } from '@/lib/verification/model';
import { renderCheck } from '@/lib/verification/render';
import type { AttachedBadge } from '@/server/badges/attach-badges';
import { badgeResponse } from '@/server/badges/badge-response';
import type { badgeForViewer, recheckOwnBadge } from '@/server/badges/owner-badges';
import type { BadgeRow } from '@/server/badges/queries';
import { sameType, type Json } from '@/server/testing/same-type';
import { attachBadge, getBadge, reverifyBadge } from './badges';

const getSchema = getBadge.responses[200].schema;
const reverifySchema = reverifyBadge.responses[200].schema;
const attachSchema = attachBadge.responses[201].schema;

sameType<z.output<typeof getSchema>, Json<Awaited<ReturnType<typeof badgeForViewer>>>>();
sameType<z.output<typeof reverifySchema>, Json<Awaited<ReturnType<typeof recheckOwnBadge>>>>();
// The attach route sends each AttachedBadge with its failing check rendered (src/app/api/v1/cv/badges/route.ts).
sameType<z.output<typeof attachSchema>, Json<{ attached: (Omit<AttachedBadge, 'failing'> & { failing: ReturnType<typeof renderCheck> | null })[] }>>();

const checks = [
  checkResult('format', 'ok', 'valid'),
  checkResult('proof', 'ok', 'valid', { suite: 'eddsa-rdfc-2022' }),
  checkResult('issuer', 'ok', 'key_of_issuer', {}, [{ code: 'no_registry_entry', params: { domains: ['academy.example'] } }]),
  checkResult('status', 'failed', 'revoked', { list: 'https://academy.example/status/1' }),
  checkResult('validity', 'ok', 'valid'),
  checkResult('recipient', 'ok', 'email_match'),
];
const report: VerificationReport = {
  state: overallState(checks),
  checks,
  checkedAt: '2025-06-30T09:15:00.000Z',
  issuer: {
    id: 'did:web:academy.example',
    claimedName: 'Clyde Data Academy',
    known: true,
    knownName: 'Clyde Data Academy',
    domains: ['academy.example'],
    source: 'registry',
  },
  endorsements: [{ issuerId: 'did:web:guild.example', issuerName: 'Data Guild', state: 'verified', issuerKnown: false, comment: null }],
};
const row: Omit<BadgeRow, 'raw'> = {
  id: '6f1e2d3c-4b5a-4978-8d6c-5b4a39281706',
  cvId: '0b7f3a52-9c1e-4d2a-8f6b-2e4d6c8a0b1c',
  userId: '5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d',
  format: 'ob3',
  source: 'json',
  shareVisibility: 'default',
  rawHash: 'ab'.repeat(32),
  credentialKey: 'urn:uuid:1b2c3d4e-5f60-4718-89a0-b1c2d3e4f506',
  achievementId: 'https://academy.example/achievements/python-foundations',
  achievementName: 'Python Foundations',
  description: 'Writes and tests small Python programs.',
  imageUrl: null,
  criteria: null,
  issuerId: 'did:web:academy.example',
  issuerName: 'Clyde Data Academy',
  issuerKnown: true,
  level: 'SCQF 7',
  alignments: [],
  skillKeys: [],
  microCredential: null,
  issuedAt: new Date('2025-01-15T00:00:00.000Z'),
  expiresAt: null,
  state: report.state,
  report,
  recipientBound: 'email:ada@example.org',
  checkedAt: new Date('2025-06-30T09:15:00.000Z'),
  verifiedAt: null,
  createdAt: new Date('2025-01-20T10:00:00.000Z'),
};

/** What the route puts on the wire. */
const wire = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;

describe('badge response schemas', () => {
  it('hold a badge exactly as badgeResponse makes it, for the owner and for others', () => {
    for (const audience of ['owner', 'others'] as const) {
      const sent = wire(badgeResponse(row, audience));
      // Parsing strips fields a schema does not know: equality means none were dropped.
      expect(getSchema.parse(sent)).toEqual(sent);
    }
  });

  it('hold the re-check answer: the new state, whether it changed, and the badge', () => {
    // As recheckOwnBadge composes it: the re-check's result, then the fresh badge.
    const result = { state: 'revoked', changed: true };
    const sent = wire({ ...result, ...badgeResponse(row, 'owner') });
    expect(reverifySchema.parse(sent)).toEqual(sent);
  });

  it('hold what was attached, failing check rendered or null', () => {
    const sent = wire({
      attached: [
        { id: row.id, name: row.achievementName, issuerName: 'Clyde Data Academy', issuerKnown: true, state: 'revoked', failing: renderCheck(checks[3]!) },
        { id: row.cvId, name: 'SQL Basics', issuerName: 'Somebody', issuerKnown: false, state: 'verified', failing: null },
      ],
    });
    expect(attachSchema.parse(sent)).toEqual(sent);
  });

  it('refuse an answer that lost a field, so the schema is not vacuous', () => {
    const { report: _report, ...withoutReport } = badgeResponse(row, 'owner');
    expect(getSchema.safeParse(wire(withoutReport)).success).toBe(false);
  });
});
