import { describe, expect, it } from 'vitest';
import { jobsHref, readJobFilters, toggleFacetHref } from './job-search-url';

describe('readJobFilters', () => {
  it('reads repeated keys as lists and ignores empty boxes', () => {
    const { filters, invalid, untidy } = readJobFilters({ q: 'data', workplace: ['remote', 'hybrid'], salaryFrom: '', sort: 'newest' });
    expect(filters).toMatchObject({ q: 'data', workplace: ['remote', 'hybrid'], sort: 'newest', page: 1 });
    expect(filters.salaryFrom).toBeUndefined();
    expect(invalid).toBe(false);
    expect(untidy).toBe(true);
  });

  it('drops a bad parameter and keeps the rest', () => {
    const { filters, invalid } = readJobFilters({ q: 'data', page: 'lots' });
    expect(filters.q).toBe('data');
    expect(filters.page).toBe(1);
    expect(invalid).toBe(true);
  });
});

describe('jobsHref', () => {
  it('writes the filters back, leaving defaults and paging out', () => {
    const { filters } = readJobFilters({ q: 'data', contract: 'permanent', salaryFrom: '30000', page: '3' });
    expect(jobsHref(filters)).toBe('/jobs?q=data&contract=permanent&salaryFrom=30000');
    expect(jobsHref(filters, { paging: true })).toBe('/jobs?q=data&contract=permanent&salaryFrom=30000&page=3');
    expect(toggleFacetHref(filters, 'contract', 'permanent')).toBe('/jobs?q=data&salaryFrom=30000');
  });
});
