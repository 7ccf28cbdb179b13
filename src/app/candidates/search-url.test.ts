import { describe, expect, it } from 'vitest';
import { filtersFromSearchParams } from '@/server/search/queries/candidate-filters';
import { candidatesHref, clearFacetHref, nextPageHref, previousPageHref, toggleFacetHref, withoutRequirementHref } from './search-url';

const parse = (query: string) => filtersFromSearchParams(new URLSearchParams(query)).data!;

describe('candidate search URLs', () => {
  it('round-trips a search, leaving defaults and paging out', () => {
    const filters = parse(
      'q=data&req=skill:S5&req=achievement:did:web:x+https://x.example/a&match=any&issuer=did:web:x&verified=0&sort=recent&page=3&after=abc',
    );
    expect(decodeURIComponent(candidatesHref(filters))).toBe(
      '/candidates?q=data&req=skill:S5&req=achievement:did:web:x+https://x.example/a&match=any&issuer=did:web:x&verified=0&sort=recent',
    );
    expect(filters.req[1]).toEqual({ kind: 'achievement', code: 'did:web:x https://x.example/a' });
    expect(parse(candidatesHref(filters).split('?')[1]!)).toMatchObject({ q: 'data', match: 'any', verified: false, sort: 'recent', page: 1 });
  });

  it('keeps the unknown-issuers switch in the URL while "verified only" is on', () => {
    expect(parse('').unknownIssuers).toBe(false);
    expect(candidatesHref(parse('unknownIssuers=1'))).toBe('/candidates?unknownIssuers=1');
    expect(candidatesHref(parse('unknownIssuers=1&verified=0'))).toBe('/candidates?verified=0');
  });

  it('toggles and clears facet values, starting again at page 1', () => {
    const filters = parse('location=Glasgow&page=2&after=abc');
    expect(toggleFacetHref(filters, 'location', 'Dundee')).toBe('/candidates?location=Glasgow&location=Dundee');
    expect(toggleFacetHref(filters, 'location', 'Glasgow')).toBe('/candidates');
    expect(clearFacetHref(parse('location=Glasgow&level=SCQF+7'), 'location')).toBe('/candidates?level=SCQF+7');
  });

  it('removes one requirement by position', () => {
    expect(decodeURIComponent(withoutRequirementHref(parse('req=skill:S5&req=skill:T2'), 0))).toBe('/candidates?req=skill:T2');
  });

  it('pages forward by cursor and back by number', () => {
    const filters = parse('q=data&page=2&after=abc');
    expect(nextPageHref(filters, 'def')).toBe('/candidates?q=data&page=3&after=def');
    expect(previousPageHref(filters)).toBe('/candidates?q=data');
  });
});
