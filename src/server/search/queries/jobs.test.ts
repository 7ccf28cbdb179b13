import { describe, expect, it } from 'vitest';
import { almostQualifyingJobsQuery, qualifyingJobsQuery } from './jobs';

const now = '2026-11-24T12:00:00.000Z';
const codes = { known: ['skill:K1'], verified: ['skill:K1', 'skill:U1'] };

describe('job matching at the level each role counts', () => {
  it('compares known-issuer codes with strict roles and every verified code with roles that accept unknown issuers', () => {
    const filter = qualifyingJobsQuery(codes, now).query!.bool!.filter as object[];
    expect(filter[0]).toMatchInlineSnapshot(`
      {
        "bool": {
          "minimum_should_match": 1,
          "should": [
            {
              "bool": {
                "filter": [
                  {
                    "term": {
                      "accept_unknown_issuers": false,
                    },
                  },
                ],
                "must": [
                  {
                    "terms_set": {
                      "required_codes": {
                        "minimum_should_match_field": "required_count",
                        "terms": [
                          "skill:K1",
                        ],
                      },
                    },
                  },
                ],
              },
            },
            {
              "bool": {
                "filter": [
                  {
                    "term": {
                      "accept_unknown_issuers": true,
                    },
                  },
                ],
                "must": [
                  {
                    "terms_set": {
                      "required_codes": {
                        "minimum_should_match_field": "required_count",
                        "terms": [
                          "skill:K1",
                          "skill:U1",
                        ],
                      },
                    },
                  },
                ],
              },
            },
          ],
        },
      }
    `);
  });

  it('offers strict roles nothing when every badge is from an unknown issuer', () => {
    const body = JSON.stringify(almostQualifyingJobsQuery({ known: [], verified: ['skill:U1'] }, now).query);
    expect(body).not.toContain('"accept_unknown_issuers":false');
    expect(body).toContain('"accept_unknown_issuers":true');
    expect(JSON.stringify(qualifyingJobsQuery({ known: [], verified: [] }, now).query)).toContain('match_none');
  });
});
