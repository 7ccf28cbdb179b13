import { describe, expect, it } from 'vitest';
import { candidateFiltersSchema } from './candidate-filters';
import { candidateQuery } from './candidates';

const employer = { visibilities: ['public', 'employers'] };

describe('candidateQuery', () => {
  it('lists the newest visible CVs when there is no text', () => {
    expect(candidateQuery(candidateFiltersSchema.parse({}), employer)).toMatchInlineSnapshot(`
      {
        "_source": [
          "cv_id",
          "display_name",
          "headline",
          "summary",
          "location",
          "visibility",
          "verified_badge_count",
          "updated_at",
        ],
        "from": 0,
        "highlight": undefined,
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
            "must": [],
          },
        },
        "size": 20,
        "sort": [
          {
            "updated_at": "desc",
          },
          {
            "cv_id": "asc",
          },
        ],
        "track_total_hits": true,
      }
    `);
  });

  it('matches every word of the text across fields, filters location, and pages', () => {
    const body = candidateQuery(candidateFiltersSchema.parse({ q: 'data analyst', location: 'Glasgow', page: '3' }), employer);
    expect(body.from).toBe(40);
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
              "term": {
                "location": "Glasgow",
              },
            },
          ],
          "must": [
            {
              "multi_match": {
                "fields": [
                  "headline^3",
                  "display_name^2",
                  "experience_titles^2",
                  "summary",
                  "location.text",
                ],
                "operator": "and",
                "query": "data analyst",
                "type": "cross_fields",
              },
            },
          ],
        },
      }
    `);
    expect(body.sort).toEqual(['_score', { updated_at: 'desc' }, { cv_id: 'asc' }]);
  });

  it('restricts to the visibilities the viewer may see', () => {
    const body = candidateQuery(candidateFiltersSchema.parse({}), { visibilities: ['public'] });
    expect(JSON.stringify(body.query)).toContain('{"terms":{"visibility":["public"]}}');
  });
});
