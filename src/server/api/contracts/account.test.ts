// Account, shortlist and health response schemas against the services' types (compile time, npx tsc --noEmit) and
// shapes of those types (test time).
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import type { exportPersonalData } from '@/server/account/personal-data';
import type { HealthReport } from '@/server/health/health-report';
import type { addToShortlist, listShortlists } from '@/server/orgs/shortlists';
import { assignable, sameType, type Json } from '@/server/testing/same-type';
import { addToShortlist as addContract, exportMyData, health, listShortlists as listContract } from './account';

const listSchema = listContract.responses[200].schema;
const addSchema = addContract.responses[201].schema;
const exportSchema = exportMyData.responses[200].schema;
const healthSchema = health.responses[200].schema;

type Shortlists = Awaited<ReturnType<typeof listShortlists>>;
sameType<z.output<typeof listSchema>, Json<{ shortlists: Shortlists }>>();
sameType<z.output<typeof addSchema>, Json<Awaited<ReturnType<typeof addToShortlist>>>>();
// Rows of the export are described loosely (they are the tables as stored): every export fits the schema.
assignable<Json<Awaited<ReturnType<typeof exportPersonalData>>>, z.output<typeof exportSchema>>();
assignable<Json<HealthReport>, z.output<typeof healthSchema>>();

const wire = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;

describe('account response schemas', () => {
  it('hold the shortlists with their counts, and the list a candidate was added to', () => {
    const shortlists: Shortlists = [
      { id: '6f1e2d3c-4b5a-4978-8d6c-5b4a39281706', name: 'Data roles', createdAt: new Date('2025-06-30T09:15:00.000Z'), candidates: 3 },
    ];
    const sent = wire({ shortlists });
    expect(listSchema.parse(sent)).toEqual(sent);
    const added = wire({ shortlistId: shortlists[0]!.id, name: 'Data roles' });
    expect(addSchema.parse(added)).toEqual(added);
  });

  it('hold an export with its account and a CV', () => {
    const sent = wire({
      exportedAt: '2025-06-30T09:15:00.000Z',
      account: {
        id: '5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d',
        email: 'ada@example.org',
        name: 'Ada',
        emailVerifiedAt: null,
        createdAt: new Date('2025-01-01T00:00:00Z'),
      },
      identities: [{ kind: 'email', value: 'ada@example.org' }],
      memberships: [],
      cv: { id: '0b7f3a52-9c1e-4d2a-8f6b-2e4d6c8a0b1c', headline: 'Data analyst' },
      badges: [{ id: '6f1e2d3c-4b5a-4978-8d6c-5b4a39281706', raw: '{}' }],
      applications: [],
      notifications: [],
      mail: [],
      sessions: [{ createdAt: new Date('2025-06-01T08:00:00Z'), lastSeenAt: new Date('2025-06-30T09:00:00Z'), revokedAt: null, userAgent: 'Firefox' }],
    });
    expect(exportSchema.parse(sent)).toEqual(sent);
  });

  it('hold health for a stranger and for an admin, up or down', () => {
    const up: HealthReport = {
      status: 'ok',
      postgres: { ok: true },
      elasticsearch: { ok: true, status: 'green' },
      outbox: { ok: true, pending: 0, oldestSeconds: 0 },
      deadLetters: { ok: true, count: 2 },
    };
    const down: HealthReport = {
      status: 'down',
      postgres: { ok: false, error: 'connect ECONNREFUSED 127.0.0.1:5432' },
      elasticsearch: { ok: false },
      outbox: { ok: false },
      deadLetters: { ok: false },
    };
    for (const report of [up, down]) expect(healthSchema.parse(wire(report))).toEqual(wire(report));
    expect(healthSchema.safeParse({ ...up, status: 'fine' }).success).toBe(false);
  });
});
