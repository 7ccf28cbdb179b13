import type { CheckName, CheckNote, CheckResult } from './model';
import { formatReasons } from './reasons/format';
import { issuerReasons } from './reasons/issuer';
import { proofReasons } from './reasons/proof';
import { recipientReasons } from './reasons/recipient';
import { statusReasons } from './reasons/status';
import type { Audience, Reasons } from './reasons/types';
import { validityReasons } from './reasons/validity';

export type { Audience } from './reasons/types';

const reasons: Record<CheckName, Reasons> = {
  format: formatReasons,
  proof: proofReasons,
  issuer: issuerReasons,
  status: statusReasons,
  validity: validityReasons,
  recipient: recipientReasons,
};

/** A code no renderer knows (e.g. from a newer report): say so plainly rather than fail. */
const fallback = (check: CheckName, code: string) => `${check} check: ${code.replaceAll('_', ' ')}.`;

/** The sentence a person reads for a check result. The only place reasons are written. */
export function renderReason(result: Pick<CheckResult, 'check' | 'code' | 'params'>, audience: Audience = 'owner'): string {
  // Reports stored before codes existed keep their sentence until the next check replaces them.
  if (result.code === 'legacy' && typeof result.params?.legacyReason === 'string') return result.params.legacyReason;
  const reason = reasons[result.check]?.[result.code];
  return reason ? reason(result.params ?? {}, audience) : fallback(result.check, result.code);
}

export function renderNote(check: CheckName, note: CheckNote, audience: Audience = 'owner'): string {
  return renderReason({ check, code: note.code, params: note.params }, audience);
}

/** A check with its sentences, as pages, the API and the CLI show it. */
export type RenderedCheck = CheckResult & { reason: string; noteReasons: string[] };

export function renderCheck(result: CheckResult, audience: Audience = 'owner'): RenderedCheck {
  return { ...result, reason: renderReason(result, audience), noteReasons: (result.notes ?? []).map((note) => renderNote(result.check, note, audience)) };
}

/** Every code the renderers know, by check: the codes' contract (README, tests). */
export function knownCodes(): Record<CheckName, string[]> {
  return Object.fromEntries(Object.entries(reasons).map(([check, map]) => [check, Object.keys(map)])) as Record<CheckName, string[]>;
}
