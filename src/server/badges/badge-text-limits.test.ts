import { describe, expect, it } from 'vitest';
import { ID_KEYWORD_CHARS, NAME_KEYWORD_CHARS } from '@/server/search/indices/bounded-keyword';
import { BADGE_COUNT_LIMITS, BADGE_TEXT_LIMITS, findOverlongBadgeText, refuseOverlongBadgeText } from './badge-text-limits';
import type { BadgeFacts } from './verify/facts';

function facts(change: (facts: BadgeFacts) => void = () => {}): BadgeFacts {
  const value: BadgeFacts = {
    format: 'ob3',
    credentialId: 'urn:uuid:1b2c',
    achievement: {
      id: 'https://academy.example/achievements/python',
      name: 'Python Foundations',
      description: 'Python basics',
      image: null,
      criteria: 'Practical exam',
      level: 'SCQF 7',
      alignments: [{ targetName: 'Python', targetUrl: 'http://data.europa.eu/esco/skill/ccd0a1d9-afda-43d9-b901-96344886e14d', targetFramework: 'ESCO' }],
      microCredential: { 'Workload (ECTS)': '5' },
    },
    issuer: { id: 'did:web:academy.example', name: 'Clyde Data Academy', url: 'https://academy.example' },
    issuedAt: '2026-01-15T09:00:00Z',
    expiresAt: null,
    recipient: null,
    status: [],
  };
  change(value);
  return value;
}
const x = (n: number) => 'x'.repeat(n);

describe('badge text limits', () => {
  it('stay inside the search index keyword bounds, so a badge within them is always indexable', () => {
    // An achievement key is "<issuer id> <achievement id>"; names are keywords too (issuer name, achievement name raw, level).
    expect(BADGE_TEXT_LIMITS.id * 2 + 1).toBeLessThanOrEqual(ID_KEYWORD_CHARS);
    expect(BADGE_TEXT_LIMITS.alignmentCode + BADGE_TEXT_LIMITS.name + 1).toBeLessThanOrEqual(ID_KEYWORD_CHARS);
    for (const limit of [BADGE_TEXT_LIMITS.name, BADGE_TEXT_LIMITS.level]) expect(limit).toBeLessThanOrEqual(NAME_KEYWORD_CHARS);
  });

  it('accepts an ordinary badge, and every field at exactly its limit', () => {
    expect(findOverlongBadgeText(facts())).toBeNull();
    const atLimit = facts((f) => {
      f.achievement.name = x(BADGE_TEXT_LIMITS.name);
      f.issuer.name = x(BADGE_TEXT_LIMITS.name);
      f.achievement.description = x(BADGE_TEXT_LIMITS.description);
      f.achievement.criteria = x(BADGE_TEXT_LIMITS.narrative);
      f.achievement.alignments = Array.from({ length: BADGE_COUNT_LIMITS.alignments }, () => ({ targetCode: x(BADGE_TEXT_LIMITS.alignmentCode) }));
    });
    expect(
      findOverlongBadgeText(atLimit, {
        credentialSubject: { achievement: { tag: Array.from({ length: BADGE_COUNT_LIMITS.tags }, () => x(BADGE_TEXT_LIMITS.tag)) } },
      }),
    ).toBeNull();
  });

  it.each([
    ['achievement.name', (f: BadgeFacts) => (f.achievement.name = x(40_000)), 500],
    ['achievement.id', (f: BadgeFacts) => (f.achievement.id = `https://a.example/${x(2_000)}`), 2_000],
    ['issuer.name', (f: BadgeFacts) => (f.issuer.name = x(501)), 500],
    ['issuer.id', (f: BadgeFacts) => (f.issuer.id = `did:web:${x(2_000)}`), 2_000],
    ['achievement.description', (f: BadgeFacts) => (f.achievement.description = x(10_001)), 10_000],
    ['achievement.criteria', (f: BadgeFacts) => (f.achievement.criteria = x(20_001)), 20_000],
    ['achievement.level', (f: BadgeFacts) => (f.achievement.level = x(201)), 200],
    ['achievement.alignment.1.targetName', (f: BadgeFacts) => f.achievement.alignments.push({ targetName: x(501) }), 500],
    ['achievement.alignment.0.targetCode', (f: BadgeFacts) => (f.achievement.alignments[0]!.targetCode = x(501)), 500],
    ['achievement.Workload (ECTS)', (f: BadgeFacts) => (f.achievement.microCredential = { 'Workload (ECTS)': x(2_001) }), 2_000],
  ])('finds an overlong %s', (field, change, limit) => {
    expect(findOverlongBadgeText(facts(change))).toMatchObject({ kind: 'text', field, limit });
  });

  it('finds overlong tags and evidence narratives as the credential carries them (OB 3.0 and OB 2.0 shapes)', () => {
    expect(findOverlongBadgeText(facts(), { credentialSubject: { achievement: { tag: ['python', x(201)] } } })).toMatchObject({
      field: 'achievement.tag.1',
      limit: 200,
      length: 201,
    });
    expect(findOverlongBadgeText(facts(), { badge: { tags: [x(300)] } })).toMatchObject({ field: 'achievement.tag.0' });
    expect(findOverlongBadgeText(facts(), { evidence: [{ narrative: 'ok' }, { narrative: x(20_001) }] })).toMatchObject({
      field: 'evidence.1.narrative',
      limit: 20_000,
    });
    expect(findOverlongBadgeText(facts(), { evidence: 'https://academy.example/evidence/1', narrative: x(20_001) })).toMatchObject({ field: 'narrative' });
  });

  it('counts repeated fields', () => {
    const many = facts((f) => (f.achievement.alignments = Array.from({ length: 101 }, (_, i) => ({ targetCode: `C${i}` }))));
    expect(findOverlongBadgeText(many)).toMatchObject({ kind: 'count', field: 'achievement.alignment', limit: 100, length: 101 });
    expect(findOverlongBadgeText(facts(), { credentialSubject: { achievement: { tag: Array.from({ length: 101 }, () => 't') } } })).toMatchObject({
      kind: 'count',
      field: 'achievement.tag',
    });
  });

  it('refuses with a message that names the field and the limit, and says why the badge is not shortened', () => {
    const refuse = (f: BadgeFacts, credential: Record<string, unknown> = {}) => {
      try {
        refuseOverlongBadgeText({ credential }, f);
      } catch (error) {
        return error;
      }
      return null;
    };
    expect(refuse(facts((f) => (f.achievement.name = x(40_000))))).toMatchObject({
      code: 'input:invalid',
      message:
        'The achievement name of this badge is 40,000 characters long; Badgeboard accepts at most 500 (achievement.name). The badge is refused rather than shortened, because its issuer signed it as it is: ask the issuer for a badge within the limit.',
      details: { field: 'achievement.name', limit: 500, length: 40_000 },
    });
    expect(refuse(facts((f) => (f.issuer.name = x(600))))).toMatchObject({
      message: expect.stringMatching(
        /^The issuer name of the badge “Python Foundations” is 600 characters long; Badgeboard accepts at most 500 \(issuer\.name\)\./,
      ),
    });
    expect(refuse(facts(), { evidence: Array.from({ length: 51 }, () => ({ narrative: 'n' })) })).toMatchObject({
      message: expect.stringMatching(/^The badge “Python Foundations” has 51 evidence entries; Badgeboard accepts at most 50 \(evidence\)\./),
    });
    expect(refuse(facts())).toBeNull();
  });
});
