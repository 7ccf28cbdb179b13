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
              "terms": {
                "facet_known.issuer": [
                  "did:key:z1",
                ],
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
            "terms": {
              "field": "facet_known.skill",
              "size": 15,
            },
          },
        },
        "filter": {
          "bool": {
            "filter": [
              {
                "terms": {
                  "facet_known.issuer": [
                    "did:key:z1",
                  ],
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

describe('candidateQuery facet modes', () => {
  it('uses the per-candidate arrays (known, verified or all) without issuedAfter, and nested badges with it', () => {
    const flat = candidateQuery(candidateFiltersSchema.parse({ issuer: ['did:key:z1'] }), scope);
    expect(JSON.stringify(flat.post_filter)).toContain('facet_known.issuer');
    const unknown = candidateQuery(candidateFiltersSchema.parse({ issuer: ['did:key:z1'], unknownIssuers: '1' }), scope);
    expect(JSON.stringify(unknown.post_filter)).toContain('facet_verified.issuer');
    const all = candidateQuery(candidateFiltersSchema.parse({ issuer: ['did:key:z1'], verified: '0' }), scope);
    expect(JSON.stringify(all.post_filter)).toContain('facet_all.issuer');
    const dated = candidateQuery(candidateFiltersSchema.parse({ issuer: ['did:key:z1'], issuedAfter: '2026-01-01' }), scope);
    expect(JSON.stringify(dated.post_filter)).toContain('"nested"');
    expect(JSON.stringify(dated.post_filter)).toContain('"badges.issued_at":{"gte":"2026-01-01"}');
    expect(JSON.stringify(dated.aggs!.issuer)).toContain('reverse_nested');
    expect(JSON.stringify(dated.aggs!.issuer)).toContain('{"term":{"badges.issuer_known":true}}');
    expect(JSON.stringify(dated.aggs!.achievement)).toContain('"field":"badges.achievement_key"');
  });
});
