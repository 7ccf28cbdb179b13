import { describe, expect, it } from 'vitest';
import { compareNotations, conceptCountsQuery, sortBrowseConcepts } from './browse-taxonomy';

describe('compareNotations', () => {
  it('orders ESCO notations naturally, level by level', () => {
    expect(['S10', 'S2', 'S1', 'S5.10', 'S5.2', 'S5', 'S5.1.3', 'S5.1'].sort(compareNotations)).toEqual([
      'S1',
      'S2',
      'S5',
      'S5.1',
      'S5.1.3',
      'S5.2',
      'S5.10',
      'S10',
    ]);
  });
  it('keeps ISCED-style knowledge codes in code order', () => {
    expect(['10', '06', '99', '00', '01'].sort(compareNotations)).toEqual(['00', '01', '06', '10', '99']);
    expect(['0619', '0613', '0611', '0612'].sort(compareNotations)).toEqual(['0611', '0612', '0613', '0619']);
  });
});

describe('sortBrowseConcepts', () => {
  it('puts groups by notation first, then skills by label, then concepts without a shipped label', () => {
    const rows = [
      { key: 'k:unlabelled-b', label: null, notation: null },
      { key: 'k:use', label: 'use microsoft office', notation: null },
      { key: 'k:s5.10', label: 'ten', notation: 'S5.10' },
      { key: 'k:unlabelled-a', label: null, notation: null },
      { key: 'k:apply', label: 'Apply tools', notation: null },
      { key: 'k:s5.2', label: 'two', notation: 'S5.2' },
    ];
    expect(sortBrowseConcepts(rows).map((row) => row.key)).toEqual(['k:s5.2', 'k:s5.10', 'k:apply', 'k:use', 'k:unlabelled-a', 'k:unlabelled-b']);
  });
});

describe('conceptCountsQuery', () => {
  const S5 = 'http://data.europa.eu/esco/skill/243eb885-07c7-4b77-ab9c-827551d83dc4';
  const python = 'http://data.europa.eu/esco/skill/ccd0a1d9-afda-43d9-b901-96344886e14d';

  it('counts candidates (not badges) with verified, unexpired badges, and open roles, for exactly the keys asked', () => {
    expect(conceptCountsQuery([S5, python], '2026-11-24T12:00:00.000Z')).toMatchInlineSnapshot(`
      {
        "candidates": {
          "aggs": {
            "badges": {
              "aggs": {
                "current": {
                  "aggs": {
                    "codes": {
                      "aggs": {
                        "candidates": {
                          "reverse_nested": {},
                        },
                      },
                      "terms": {
                        "field": "badges.expanded_codes",
                        "include": [
                          "http://data.europa.eu/esco/skill/243eb885-07c7-4b77-ab9c-827551d83dc4",
                          "http://data.europa.eu/esco/skill/ccd0a1d9-afda-43d9-b901-96344886e14d",
                        ],
                        "size": 2,
                      },
                    },
                  },
                  "filter": {
                    "bool": {
                      "filter": [
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
              "nested": {
                "path": "badges",
              },
            },
          },
          "query": {
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
              ],
            },
          },
          "size": 0,
          "track_total_hits": false,
        },
        "jobs": {
          "aggs": {
            "codes": {
              "terms": {
                "field": "skill_codes",
                "include": [
                  "http://data.europa.eu/esco/skill/243eb885-07c7-4b77-ab9c-827551d83dc4",
                  "http://data.europa.eu/esco/skill/ccd0a1d9-afda-43d9-b901-96344886e14d",
                ],
                "size": 2,
              },
            },
          },
          "query": {
            "bool": {
              "filter": [
                {
                  "bool": {
                    "minimum_should_match": 1,
                    "should": [
                      {
                        "bool": {
                          "must_not": {
                            "exists": {
                              "field": "closing_date",
                            },
                          },
                        },
                      },
                      {
                        "range": {
                          "closing_date": {
                            "gte": "2026-11-24",
                          },
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
          "size": 0,
          "track_total_hits": false,
        },
      }
    `);
  });

  it('uses only server-core aggregations, so it runs on the minimal Elasticsearch distribution', () => {
    const text = JSON.stringify(conceptCountsQuery(['a'], '2026-11-24T12:00:00.000Z'));
    const aggregationTypes = [...text.matchAll(/"(\w+)":\{/g)].map((match) => match[1]);
    for (const type of ['significant_terms', 'composite', 'scripted_metric', 'multi_terms', 'top_metrics', 'rate'])
      expect(aggregationTypes).not.toContain(type);
  });
});
