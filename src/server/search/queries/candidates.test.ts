import { describe, expect, it } from 'vitest';
import { candidateFiltersSchema, filtersFromSearchParams } from './candidate-filters';
import { candidateQuery } from './candidates';

const scope = { visibilities: ['public', 'employers'], now: '2026-11-24T12:00:00.000Z', requirements: [] };
const S5 = 'http://data.europa.eu/esco/skill/S5-uri';

describe('candidate filters from the URL', () => {
  it('reads repeated parameters as lists and requirements as kind + code', () => {
    const parsed = filtersFromSearchParams(
      new URLSearchParams('req=skill:S5&req=achievement:did:web:a.example+https://a.example/b&issuer=did:key:z1&issuer=did:web:x&verified=0'),
    );
    expect(parsed.success && parsed.data).toMatchObject({
      req: [
        { kind: 'skill', code: 'S5' },
        { kind: 'achievement', code: 'did:web:a.example https://a.example/b' },
      ],
      issuer: ['did:key:z1', 'did:web:x'],
      verified: false,
      match: 'all',
      sort: 'relevance',
    });
  });
  it('explains a malformed requirement', () => {
    const parsed = filtersFromSearchParams(new URLSearchParams('req=python'));
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toBe('A requirement looks like skill:<code> or achievement:<issuer id> <achievement id>.');
  });
});

describe('candidateQuery levels of verified', () => {
  const body = (input: Record<string, string>) =>
    JSON.stringify(candidateQuery(candidateFiltersSchema.parse(input), { ...scope, requirements: [{ kind: 'skill', code: S5 }] }).query);

  it('counts known issuers only by default, any verified badge with unknownIssuers=1, and drops both with verified=0', () => {
    expect(body({})).toContain('{"term":{"badges.issuer_known":true}}');
    expect(body({ unknownIssuers: '1' })).not.toContain('{"term":{"badges.issuer_known"');
    expect(body({ unknownIssuers: '1' })).toContain('{"term":{"badges.state":"verified"}}');
    expect(body({ verified: '0', unknownIssuers: '1' })).not.toContain('{"term":{"badges.state"');
  });

  it('matches an achievement by its (issuer, achievement) key, never by the bare achievement id', () => {
    const query = JSON.stringify(
      candidateQuery(candidateFiltersSchema.parse({}), { ...scope, requirements: [{ kind: 'achievement', code: 'did:web:a.example https://a.example/b' }] })
        .query,
    );
    expect(query).toContain('{"term":{"badges.achievement_key":"did:web:a.example https://a.example/b"}}');
    expect(query).not.toContain('{"term":{"badges.achievement_id"');
  });
});

describe('candidateQuery', () => {
  it('puts each requirement in its own nested clause, with the badge conditions inside it', () => {
    const filters = candidateFiltersSchema.parse({});
    const body = candidateQuery(filters, {
      ...scope,
      requirements: [
        { kind: 'skill', code: S5 },
        { kind: 'achievement', code: 'did:web:a.example https://a.example/b' },
      ],
    });
    expect(body.query).toMatchInlineSnapshot(`
      {
        "bool": {
          "filter": [
            {
              "terms": {
                "visibility": [
                  "public",
                  "employers",
                ],
              },
            },
            {
              "nested": {
                "inner_hits": {
                  "_source": [
                    "badges.badge_id",
                    "badges.achievement_id",
                    "badges.achievement_name",
                    "badges.issuer_name",
                    "badges.issuer_known",
                    "badges.state",
                    "badges.skill_codes",
                    "badges.verified_at",
                  ],
                  "name": "req0",
                  "size": 3,
                  "sort": [
                    {
                      "badges.verified_at": {
                        "missing": "_last",
                        "order": "desc",
                      },
                    },
                  ],
                },
                "path": "badges",
                "query": {
                  "bool": {
                    "filter": [
                      {
                        "term": {
                          "badges.expanded_codes": "http://data.europa.eu/esco/skill/S5-uri",
                        },
                      },
                      {
                        "term": {
                          "badges.state": "verified",
                        },
                      },
                      {
                        "term": {
                          "badges.issuer_known": true,
                        },
                      },
                      {
                        "bool": {
                          "minimum_should_match": 1,
                          "should": [
                            {
                              "bool": {
                                "must_not": {
                                  "exists": {
                                    "field": "badges.expires_at",
                                  },
                                },
                              },
                            },
                            {
                              "range": {
                                "badges.expires_at": {
                                  "gt": "2026-11-24T12:00:00.000Z",
                                },
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              },
            },
            {
              "nested": {
                "inner_hits": {
                  "_source": [
                    "badges.badge_id",
                    "badges.achievement_id",
                    "badges.achievement_name",
                    "badges.issuer_name",
                    "badges.issuer_known",
                    "badges.state",
                    "badges.skill_codes",
                    "badges.verified_at",
                  ],
                  "name": "req1",
                  "size": 3,
                  "sort": [
                    {
                      "badges.verified_at": {
                        "missing": "_last",
                        "order": "desc",
                      },
                    },
                  ],
                },
                "path": "badges",
                "query": {
                  "bool": {
                    "filter": [
                      {
                        "term": {
                          "badges.achievement_key": "did:web:a.example https://a.example/b",
                        },
                      },
                      {
                        "term": {
                          "badges.state": "verified",
                        },
                      },
                      {
                        "term": {
                          "badges.issuer_known": true,
                        },
                      },
                      {
                        "bool": {
                          "minimum_should_match": 1,
                          "should": [
                            {
                              "bool": {
                                "must_not": {
                                  "exists": {
                                    "field": "badges.expires_at",
                                  },
                                },
                              },
                            },
                            {
                              "range": {
                                "badges.expires_at": {
                                  "gt": "2026-11-24T12:00:00.000Z",
                                },
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              },
            },
          ],
          "must": [],
          "should": [],
        },
      }
    `);
  });

  it('ranks by requirements met with constant scores when any requirement may match, text only narrowing', () => {
    const body = candidateQuery(candidateFiltersSchema.parse({ q: 'analyst', match: 'any', sort: 'requirements' }), {
      ...scope,
      requirements: [{ kind: 'skill', code: S5 }],
    });
    const bool = (body.query as { bool: { filter: unknown[]; must: unknown[]; should: unknown[]; minimum_should_match?: number } }).bool;
    expect(bool.must).toEqual([]);
    expect(bool.should).toHaveLength(1);
    expect(bool.minimum_should_match).toBe(1);
    expect(JSON.stringify(bool.filter)).toContain('cross_fields');
    expect(body.sort).toEqual(['_score', { verified_badge_count: 'desc' }, { cv_id: 'asc' }]);
  });

  it('drops the verified and not-expired conditions when verified-only is off', () => {
    const body = candidateQuery(candidateFiltersSchema.parse({ verified: '0' }), { ...scope, requirements: [{ kind: 'skill', code: S5 }] });
    expect(JSON.stringify(body.query)).not.toContain('{"term":{"badges.state"');
    expect(JSON.stringify(body.query)).not.toContain('badges.expires_at');
  });

  it('pages with from/size, and with search_after when given a cursor', () => {
    expect(candidateQuery(candidateFiltersSchema.parse({ page: '3' }), scope)).toMatchObject({ from: 40, size: 20 });
    const deep = candidateQuery(candidateFiltersSchema.parse({ page: '30' }), { ...scope, after: [1.5, '2026-01-01', 'cv-9'] });
    expect(deep.from).toBeUndefined();
    expect(deep.search_after).toEqual([1.5, '2026-01-01', 'cv-9']);
  });

  it('sorts by the most recently verified badge', () => {
    expect(candidateQuery(candidateFiltersSchema.parse({ sort: 'recent' }), scope).sort).toMatchInlineSnapshot(`
      [
        {
          "badges.verified_at": {
            "missing": "_last",
            "mode": "max",
            "nested": {
              "filter": {
                "term": {
                  "badges.state": "verified",
                },
              },
              "path": "badges",
            },
            "order": "desc",
          },
        },
        {
          "cv_id": "asc",
        },
      ]
    `);
  });
});
