import 'server-only';
import type { jobRequirements, jobs } from '@/server/db/schema';
import { isEscoUri } from '@/server/taxonomy/concept-keys';

const employmentTypes = { permanent: 'FULL_TIME', fixed_term: 'TEMPORARY', contract: 'CONTRACTOR', apprenticeship: 'OTHER', internship: 'INTERN' } as const;

/** schema.org JobPosting for a role, with skills as DefinedTerms carrying their taxonomy code. */
export function jobPostingJsonLd(
  job: typeof jobs.$inferSelect,
  employer: string,
  requirements: (typeof jobRequirements.$inferSelect)[],
  baseUrl: string,
): Record<string, unknown> {
  const posted = new Date(job.publishedAt ?? job.createdAt).toISOString();
  const skills = requirements
    .filter((requirement) => requirement.kind === 'skill')
    .map((requirement) => ({
      '@type': 'DefinedTerm',
      name: requirement.label,
      termCode: requirement.code,
      ...(isEscoUri(requirement.code) ? { url: requirement.code, inDefinedTermSet: 'http://data.europa.eu/esco/concept-scheme/skills' } : {}),
    }));
  const credentials = requirements
    .filter((requirement) => requirement.kind === 'achievement')
    .map((requirement) => ({ '@type': 'EducationalOccupationalCredential', name: requirement.label, credentialCategory: 'badge', url: requirement.code }));
  return {
    '@context': 'https://schema.org',
    '@type': 'JobPosting',
    title: job.title,
    description: job.description,
    datePosted: posted,
    ...(job.closingDate ? { validThrough: `${String(job.closingDate)}T23:59:59Z` } : {}),
    employmentType: employmentTypes[job.contractType],
    hiringOrganization: { '@type': 'Organization', name: employer },
    ...(job.workplace === 'remote'
      ? { jobLocationType: 'TELECOMMUTE', applicantLocationRequirements: { '@type': 'Country', name: 'United Kingdom' } }
      : { jobLocation: { '@type': 'Place', address: { '@type': 'PostalAddress', addressLocality: job.location, addressCountry: 'GB' } } }),
    ...(job.salaryMin !== null || job.salaryMax !== null
      ? {
          baseSalary: {
            '@type': 'MonetaryAmount',
            currency: job.salaryCurrency,
            value: {
              '@type': 'QuantitativeValue',
              ...(job.salaryMin !== null ? { minValue: job.salaryMin } : {}),
              ...(job.salaryMax !== null ? { maxValue: job.salaryMax } : {}),
              unitText: job.salaryPeriod === 'hour' ? 'HOUR' : 'YEAR',
            },
          },
        }
      : {}),
    ...(skills.length ? { skills } : {}),
    ...(credentials.length ? { educationRequirements: credentials } : {}),
    url: `${baseUrl.replace(/\/$/, '')}/jobs/${job.id}`,
    directApply: true,
  };
}
