import 'server-only';
import type { JobInput } from '@/server/jobs/schemas';
import { demoAchievements } from './demo-badges';

const base = { salaryCurrency: 'GBP', salaryPeriod: 'year' as const, contractType: 'permanent' as const };
const closing = `${new Date().getUTCFullYear() + 1}-03-31`;

/** Demo roles: one Morag qualifies for, one she is almost there for, and roles for the other seekers. */
export const demoJobs: { employer: string; publish: boolean; input: JobInput }[] = [
  {
    employer: 'employer@demo.badgeboard.test',
    publish: true,
    input: {
      ...base,
      title: 'Junior Data Analyst',
      description:
        'Join our public-sector analytics team in Glasgow.\n\n- Build reports and dashboards with SQL and Python\n- **Hybrid**: two days a week in the office\n\nWe train you on the rest.',
      location: 'Glasgow',
      workplace: 'hybrid',
      salaryMin: 27000,
      salaryMax: 32000,
      closingDate: closing,
      requirements: [
        { kind: 'skill', code: 'S5', importance: 'required' },
        { kind: 'achievement', code: demoAchievements.python!.id, importance: 'required' },
        { kind: 'skill', code: demoAchievements.sql!.alignments![0]!.targetUrl!, importance: 'preferred' },
      ],
    },
  },
  {
    employer: 'employer@demo.badgeboard.test',
    publish: true,
    input: {
      ...base,
      title: 'Cloud Data Engineer',
      description: 'Move our data platform to the cloud.\n\n- SQL pipelines and cloud services\n- Remote within the UK',
      location: 'Edinburgh',
      workplace: 'remote',
      salaryMin: 38000,
      salaryMax: 46000,
      closingDate: closing,
      requirements: [
        { kind: 'skill', code: demoAchievements.sql!.alignments![0]!.targetUrl!, importance: 'required' },
        { kind: 'achievement', code: demoAchievements.cloud!.id, importance: 'required' },
      ],
    },
  },
  {
    employer: 'employer@demo.badgeboard.test',
    publish: true,
    input: {
      ...base,
      title: 'Front-end Developer',
      description: 'Build accessible services used by thousands of people.\n\n- TypeScript and React\n- WCAG 2.2 AA',
      location: 'Dundee',
      workplace: 'hybrid',
      salaryMin: 32000,
      salaryMax: 40000,
      requirements: [
        { kind: 'achievement', code: demoAchievements.web!.id, importance: 'required' },
        { kind: 'skill', code: 'S5', importance: 'preferred' },
      ],
    },
  },
  {
    employer: 'hiring@northsea-energy.demo.badgeboard.test',
    publish: true,
    input: {
      ...base,
      contractType: 'apprenticeship',
      title: 'Wind Turbine Technician',
      // North Sea Skills Hub is not in the known-issuer registry: this employer accepts its badges anyway.
      acceptUnknownIssuers: true,
      description: 'Maintain offshore wind turbines from our Aberdeen base.\n\n- Rotating shifts offshore\n- Full safety training',
      location: 'Aberdeen',
      workplace: 'on_site',
      salaryMin: 29000,
      salaryMax: 35000,
      closingDate: closing,
      requirements: [
        { kind: 'achievement', code: demoAchievements.turbines!.id, importance: 'required' },
        { kind: 'achievement', code: demoAchievements.teamwork!.id, importance: 'required' },
      ],
    },
  },
  {
    employer: 'hiring@northsea-energy.demo.badgeboard.test',
    publish: false,
    input: {
      ...base,
      title: 'Cyber Security Analyst (draft)',
      description: 'Protect the systems that keep the lights on.',
      location: 'Aberdeen',
      workplace: 'hybrid',
      requirements: [{ kind: 'achievement', code: demoAchievements.security!.id, importance: 'required' }],
    },
  },
];
