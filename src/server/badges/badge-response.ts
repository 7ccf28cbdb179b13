import 'server-only';
import type { Audience } from '@/lib/verification/render';
import { presentReport } from '@/lib/verification/present';
import type { BadgeRow } from '@/server/badges/queries';

/**
 * A badge as the API sends it: what the credential says, and `report` exactly as the page renders it and the
 * CLI prints it with `--json` (`presentReport(report, audience)`: codes, params and the rendered sentences).
 */
export function badgeResponse(badge: Omit<BadgeRow, 'raw'>, audience: Audience) {
  return {
    id: badge.id,
    achievement: { id: badge.achievementId, name: badge.achievementName },
    issuer: { id: badge.issuerId, name: badge.issuerName, known: badge.issuerKnown },
    issuedAt: badge.issuedAt?.toISOString() ?? null,
    expiresAt: badge.expiresAt?.toISOString() ?? null,
    state: badge.state,
    report: presentReport(badge.report, audience),
  };
}
