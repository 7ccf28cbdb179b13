import 'server-only';
import type { CvUpdate } from '@/server/cv/schemas';

/** Demo logins printed by `npm start`; local data only. */
export const DEMO_PASSWORD = 'badgeboard-demo';

export const demoEmployers = [
  { name: 'Fiona MacLeod', email: 'employer@demo.badgeboard.test', organisationName: 'Clyde Digital Services' },
  { name: 'Hamish Grant', email: 'hiring@northsea-energy.demo.badgeboard.test', organisationName: 'North Sea Energy Transition Ltd' },
];

export const demoSeekers: { name: string; email: string; cv: CvUpdate }[] = [
  {
    name: 'Morag Campbell',
    email: 'seeker@demo.badgeboard.test',
    cv: {
      headline: 'Junior data analyst',
      summary: 'SQL and Python for public-sector reporting. Finished a 12-week data skills bootcamp in Glasgow; looking for a first analyst role.',
      location: 'Glasgow',
      visibility: 'employers',
    },
  },
  {
    name: 'Callum Fraser',
    email: 'callum.fraser@demo.badgeboard.test',
    cv: {
      headline: 'Cloud support engineer',
      summary: 'Three years supporting Linux servers and AWS workloads for a managed service provider. Scripting in Bash and Python.',
      location: 'Edinburgh',
      visibility: 'public',
    },
  },
  {
    name: 'Isla Robertson',
    email: 'isla.robertson@demo.badgeboard.test',
    cv: {
      headline: 'Wind turbine technician (apprentice)',
      summary: 'Modern Apprenticeship in engineering; GWO basic safety training. Comfortable working at height offshore.',
      location: 'Aberdeen',
      visibility: 'employers',
    },
  },
  {
    name: 'Ewan Stewart',
    email: 'ewan.stewart@demo.badgeboard.test',
    cv: {
      headline: 'Front-end developer',
      summary: 'React and TypeScript, accessible design systems, a portfolio of charity websites. Bootcamp graduate, career changer from retail.',
      location: 'Dundee',
      visibility: 'employers',
    },
  },
  {
    name: 'Eilidh Murray',
    email: 'eilidh.murray@demo.badgeboard.test',
    cv: {
      headline: 'Cyber security analyst',
      summary: 'SOC analyst with incident triage experience; studying for a security certification. Gaelic and English.',
      location: 'Inverness',
      visibility: 'employers',
    },
  },
  {
    name: 'Ruaridh Black',
    email: 'ruaridh.black@demo.badgeboard.test',
    cv: {
      headline: 'Data engineer',
      summary: 'Builds data pipelines; prefers to stay out of search while negotiating an offer.',
      location: 'Glasgow',
      visibility: 'hidden',
    },
  },
];

/** Manages the known-issuer registry at /admin/issuers; no CV, no organisation. */
export const demoAdmin = { name: 'Ailsa Kerr', email: 'admin@demo.badgeboard.test' };
