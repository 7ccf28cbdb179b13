import 'server-only';
import { checkResult, type CheckNote, type CheckResult } from '@/lib/verification/model';
import type { BadgeFacts, StatusEntry } from './facts';
import { isNetworkError } from './proof-result';
import { checkOneEdTechRevocationList } from './status-1edtech-revocation-list';
import { checkBitstringEntry, isBitstringEntryType } from './status-bitstring';
import { directStatusLists, type StatusLists } from './status-lists';
import { checkOb2Revocation } from './status-ob2';
import { statusOutcome, type StatusOutcome } from './status-outcome';

async function checkEntry(entry: StatusEntry, facts: BadgeFacts, now: Date, lists: StatusLists): Promise<StatusOutcome> {
  if (isBitstringEntryType(entry.type)) return checkBitstringEntry({ ...entry, type: entry.type }, facts.issuer.id, now, lists);
  if (entry.type === '1EdTechRevocationList') return checkOneEdTechRevocationList(entry, facts.credentialId, lists);
  return statusOutcome('warning', 'unsupported', { type: entry.type });
}

/**
 * Which entry speaks for the badge: revoked, then suspended, then any other failure, then one that could not
 * be checked now, then a warning; all entries' notes are kept.
 */
function rank(outcome: StatusOutcome): number {
  if (outcome.status === 'failed') return outcome.code === 'revoked' ? 0 : outcome.code === 'suspended' ? 1 : 2;
  return { skipped: 3, warning: 4, ok: 5 }[outcome.status];
}

function combine(outcomes: StatusOutcome[]): CheckResult {
  const [decisive] = [...outcomes].sort((a, b) => rank(a) - rank(b));
  const notes: CheckNote[] = outcomes.flatMap((o) => o.notes);
  // A warning that did not decide (e.g. an unsupported second entry) is still said.
  for (const o of outcomes) if (o !== decisive && o.status === 'warning') notes.push({ code: o.code, params: o.params });
  // Two entries on one list would say the same thing about it twice.
  const unique = [...new Map(notes.map((note) => [JSON.stringify(note), note])).values()];
  return checkResult('status', decisive!.status, decisive!.code, decisive!.params, unique);
}

const unexpected = (error: unknown): StatusOutcome =>
  isNetworkError(error)
    ? statusOutcome('skipped', 'network', { detail: (error as Error).message })
    : statusOutcome('failed', 'bad_list', { problem: 'unreadable', detail: (error as Error).message });

/**
 * Has the issuer revoked or suspended it? BitstringStatusList, StatusList2021, 1EdTechRevocationList, and the
 * OB 2.0 revocation list. `now` is the moment the status lists' own validity windows are judged at; `lists` is where
 * the lists are read from (a re-verification batch shares one memo, see status-lists.ts).
 */
export async function checkStatus(facts: BadgeFacts, now: Date, lists: StatusLists = directStatusLists): Promise<CheckResult> {
  if (facts.format === 'ob2') {
    const outcome = await checkOb2Revocation(facts.ob2!, lists).catch(unexpected);
    return checkResult('status', outcome.status, outcome.code, outcome.params, outcome.notes);
  }
  if (facts.status.length === 0) return checkResult('status', 'skipped', 'not_applicable');
  const outcomes: StatusOutcome[] = [];
  for (const entry of facts.status) outcomes.push(await checkEntry(entry, facts, now, lists).catch(unexpected));
  return combine(outcomes);
}
