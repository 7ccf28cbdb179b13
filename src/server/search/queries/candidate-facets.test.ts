import { describe, expect, it } from 'vitest';
import { candidateFiltersSchema } from './candidate-filters';
import { candidateQuery } from './candidates';

const scope = { visibilities: ['public', 'employers'], now: '2026-11-24T12:00:00.000Z', requirements: [] };

describe('candidateQuery facets', () => {
  it('filters facets with post_filter and computes each facet without its own selection', () => {
    const body = candidateQuery(candidateFiltersSchema.parse({ issuer: ['did:key:z1'], location: ['Glasgow'] }), scope);
    expect(body.post_filter).toMatchInlineSnapshot(`
      {
        "bool": {
          "filter": [
            {
              "nested": {
                "path": "badges",
                "query": {
                  "bool": {
                    "filter": [
                      {
                        "terms": {
                          "badges.issuer_id": [
                            "did:key:z1",
                          ],
                        },
                      },
                      {
                        "term": {
                          "badges.state": "verified",
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
              "terms": {
                "location": [
                  "Glasgow",
                ],
              },
            },
          ],
        },
      }
    `);
    // The issuer facet sees the location selection but not its own; the location facet sees the issuer one.
    expect(JSON.stringify((body.aggs!.issuer as { filter: unknown }).filter)).toContain('Glasgow');
    expect(JSON.stringify((body.aggs!.issuer as { filter: unknown }).filter)).not.toContain('did:key:z1');
    expect(JSON.stringify((body.aggs!.location as { filter: unknown }).filter)).toContain('did:key:z1');
    expect(body.aggs!.skill).toMatchInlineSnapshot(`
      {
        "aggs": {
          "facet": {
            "aggs": {
              "counted": {
                "aggs": {
                  "values": {
                    "aggs": {
                      "candidates": {
                        "reverse_nested": {},
                      },
                    },
                    "terms": {
                      "field": "badges.expanded_codes",
                      "order": {
                        "candidates": "desc",
                      },
                      "size": 15,
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
        "filter": {
          "bool": {
            "filter": [
              {
                "nested": {
                  "path": "badges",
                  "query": {
                    "bool": {
                      "filter": [
                        {
                          "terms": {
                            "badges.issuer_id": [
                              "did:key:z1",
                            ],
                          },
                        },
                        {
                          "term": {
                            "badges.state": "verified",
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
                "terms": {
                  "location": [
                    "Glasgow",
                  ],
                },
              },
            ],
          },
        },
      }
    `);
  });
});
