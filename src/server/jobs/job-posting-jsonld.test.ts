import { describe, expect, it } from 'vitest';
import { jobPostingJsonLd } from './job-posting-jsonld';

const job = {
  id: 'j1',
  orgId: 'o1',
  title: 'Junior Data Analyst',
  description: 'Analyse things.',
  location: 'Glasgow',
  workplace: 'hybrid' as const,
  contractType: 'permanent' as const,
  salaryMin: 27000,
  salaryMax: 32000,
  salaryCurrency: 'GBP',
  salaryPeriod: 'year' as const,
  closingDate: '2026-12-31',
  status: 'published' as const,
  acceptUnknownIssuers: false,
  publishedAt: new Date('2026-11-20T09:00:00Z'),
  searchVersion: 1,
  createdBy: null,
  createdAt: new Date('2026-11-19T09:00:00Z'),
  updatedAt: new Date(),
};
const requirement = (kind: 'skill' | 'achievement', code: string, label: string) => ({
  id: label,
  jobId: 'j1',
  kind,
  code,
  issuerId: null,
  label,
  importance: 'required' as const,
  minLevel: null,
  position: 0,
});

describe('jobPostingJsonLd', () => {
  it('carries what search engines need, with skills as DefinedTerms and their ESCO code', () => {
    const ld = jobPostingJsonLd(
      job,
      'Clyde Digital Services',
      [
        requirement('skill', 'http://data.europa.eu/esco/skill/598de5b0-5b58-4ea7-8058-a4bc4d18c742', 'SQL'),
        requirement('achievement', 'https://a.example/python', 'Python Foundations (Clyde Data Academy)'),
      ],
      'https://badgeboard.example',
    );
    const parsed = JSON.parse(JSON.stringify(ld));
    expect(parsed).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'JobPosting',
      title: 'Junior Data Analyst',
      datePosted: '2026-11-20T09:00:00.000Z',
      validThrough: '2026-12-31T23:59:59Z',
      hiringOrganization: { '@type': 'Organization', name: 'Clyde Digital Services' },
      jobLocation: { '@type': 'Place', address: { addressLocality: 'Glasgow', addressCountry: 'GB' } },
      baseSalary: { '@type': 'MonetaryAmount', currency: 'GBP', value: { minValue: 27000, maxValue: 32000, unitText: 'YEAR' } },
      skills: [{ '@type': 'DefinedTerm', name: 'SQL', termCode: 'http://data.europa.eu/esco/skill/598de5b0-5b58-4ea7-8058-a4bc4d18c742' }],
      educationRequirements: [{ '@type': 'EducationalOccupationalCredential', credentialCategory: 'badge' }],
    });
  });

  it('states a remote role’s applicant location instead of a place', () => {
    const ld = jobPostingJsonLd({ ...job, workplace: 'remote' }, 'X', [], 'https://b.example');
    expect(ld).toMatchObject({ jobLocationType: 'TELECOMMUTE', applicantLocationRequirements: { '@type': 'Country' } });
    expect(ld).not.toHaveProperty('jobLocation');
  });
});
