import type { estypes } from '@elastic/elasticsearch';
import { describe, expect, it } from 'vitest';
import { confirmHit, type CurrentCv } from './confirm-candidate-hits';
import type { CandidateDocument } from './indices/candidates';

type Badge = CandidateDocument['badges'][number];
const badge = (id: string, state: Badge['state'] = 'verified') =>
  ({ badge_id: id, achievement_name: `Badge ${id}`, issuer_name: 'Academy', issuer_known: true, state }) as Badge;
const inner = (badges: Badge[], total = badges.length): estypes.SearchInnerHitsResult => ({
  hits: { total: { value: total, relation: 'eq' }, hits: badges.map((b) => ({ _index: 'i', _source: b })) },
});

function hit(badges: Badge[], innerHits: Record<string, estypes.SearchInnerHitsResult> = {}): estypes.SearchHit<CandidateDocument> {
  const source = {
    cv_id: 'cv',
    display_name: 'Ada',
    visibility: 'public',
    badges,
    verified_badge_count: badges.filter((b) => b.state === 'verified').length,
    other_badge_count: 1,
  };
  return { _index: 'i', _id: 'cv', _source: source as unknown as CandidateDocument, inner_hits: innerHits };
}
const now = (visibility: CurrentCv['visibility'], states: Record<string, CurrentCv['badges'] extends Map<string, infer S> ? S : never>): CurrentCv => ({
  visibility,
  badges: new Map(Object.entries(states)),
});
const scope = { visibilities: ['public', 'employers'], verifiedOnly: true, requirementCount: 0, match: 'all' as const };

describe('confirmHit', () => {
  it('drops a CV that is gone, hidden, or no longer visible to this viewer', () => {
    expect(confirmHit(hit([]), undefined, scope)).toBeNull();
    expect(confirmHit(hit([]), now('hidden', {}), scope)).toBeNull();
    expect(confirmHit(hit([]), now('employers', {}), { ...scope, visibilities: ['public'] })).toBeNull();
    expect(confirmHit(hit([]), now('employers', {}), scope)?._source?.visibility).toBe('employers');
  });

  it('shows badges in their current state: revoked ones only counted, deleted ones gone, changed ones with the new state', () => {
    const confirmed = confirmHit(
      hit([badge('a'), badge('b'), badge('c'), badge('d', 'unverified')]),
      now('public', { a: 'verified', b: 'revoked', d: 'verified' }),
      scope,
    )!;
    expect(confirmed._source!.badges.map((b) => [b.badge_id, b.state])).toEqual([
      ['a', 'verified'],
      ['d', 'verified'],
    ]);
    expect(confirmed._source!.verified_badge_count).toBe(2);
    // One already counted by the index, plus b (revoked now); c was deleted, so it is not counted at all.
    expect(confirmed._source!.other_badge_count).toBe(2);
  });

  it('drops a hit whose requirement is no longer met by any badge it was found for, unless some were not seen', () => {
    const required = { ...scope, requirementCount: 1 };
    expect(confirmHit(hit([badge('a')], { req0: inner([badge('a')]) }), now('public', { a: 'revoked' }), required)).toBeNull();
    // Verified only: a badge whose verification is pending again no longer meets it; with verified-only off it does.
    expect(confirmHit(hit([badge('a')], { req0: inner([badge('a')]) }), now('public', { a: 'unverified' }), required)).toBeNull();
    expect(
      confirmHit(hit([badge('a')], { req0: inner([badge('a')]) }), now('public', { a: 'unverified' }), { ...required, verifiedOnly: false })?.inner_hits?.req0
        ?.hits.hits,
    ).toHaveLength(1);
    // Four badges met it, three were returned: the fourth may still hold.
    const kept = confirmHit(hit([badge('a')], { req0: inner([badge('a')], 4) }), now('public', { a: 'revoked' }), required);
    expect(kept?.inner_hits?.req0?.hits.hits).toEqual([]);
  });

  it('with any requirement enough, drops a hit only when none is met any more', () => {
    const any = { ...scope, requirementCount: 2, match: 'any' as const };
    const found = () => hit([badge('a'), badge('b')], { req0: inner([badge('a')]), req1: inner([badge('b')]) });
    expect(confirmHit(found(), now('public', { a: 'revoked', b: 'verified' }), any)?.inner_hits?.req0?.hits.hits).toEqual([]);
    expect(confirmHit(found(), now('public', { a: 'revoked' }), any)).toBeNull();
  });
});
