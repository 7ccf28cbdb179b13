import 'server-only';
import type { AchievementTemplate } from '@/server/badges/issuing/issue-ob3';

const esco = (uuid: string) => `http://data.europa.eu/esco/skill/${uuid}`;
const align = (targetName: string, uuid: string) => ({ targetName, targetUrl: esco(uuid), targetFramework: 'ESCO' });

/** Demo issuers (did:key, keys derived from their names) and what they award. */
export const demoIssuers = [
  { key: 'clyde', name: 'Clyde Data Academy', trusted: true, domains: ['clyde-data-academy.example'], colour: [15, 118, 110] as [number, number, number] },
  { key: 'forth', name: 'Forth Valley College', trusted: true, domains: ['forth-valley-college.example'], colour: [67, 56, 202] as [number, number, number] },
  { key: 'northsea', name: 'North Sea Skills Hub', trusted: false, domains: [] as string[], colour: [180, 83, 9] as [number, number, number] },
] as const;
export type DemoIssuerKey = (typeof demoIssuers)[number]['key'];

export const demoAchievements: Record<string, AchievementTemplate & { issuer: DemoIssuerKey }> = {
  python: {
    issuer: 'clyde',
    id: 'https://clyde-data-academy.example/achievements/python-foundations',
    name: 'Python Foundations',
    description: 'Writes, tests and debugs small Python programs for data tasks.',
    criteria: 'Passed a 3-hour practical assessment and a code review.',
    alignments: [align('Python', 'ccd0a1d9-afda-43d9-b901-96344886e14d')],
  },
  sql: {
    issuer: 'clyde',
    id: 'https://clyde-data-academy.example/achievements/sql-for-analysts',
    name: 'SQL for Analysts',
    description: 'Queries relational databases: joins, aggregates, window functions.',
    criteria: 'Completed 12 graded query labs.',
    alignments: [align('SQL', '598de5b0-5b58-4ea7-8058-a4bc4d18c742'), align('perform data analysis', '2b92a5b2-6758-4ee3-9fb4-b6387a55cc8f')],
  },
  analytics: {
    issuer: 'clyde',
    id: 'https://clyde-data-academy.example/achievements/data-analytics-bootcamp',
    name: 'Data Analytics Bootcamp',
    description: 'Twelve weeks of analysis, dashboards and data models on public-sector data.',
    criteria: 'Capstone project assessed by an industry panel.',
    alignments: [align('data analytics', '97bd1c21-66b2-4b7e-ad0f-e3cda590e378'), align('create data models', 'fbafa41f-cd05-4109-a649-8b44d306d779')],
  },
  cloud: {
    issuer: 'forth',
    id: 'https://forth-valley-college.example/achievements/cloud-practitioner',
    name: 'Cloud Practitioner (SCQF 7)',
    description: 'Deploys and secures workloads on public cloud platforms.',
    criteria: 'Practical assessment of a three-tier deployment.',
    alignments: [
      align('cloud technologies', 'bd14968e-e409-45af-b362-3495ed7b10e0'),
      align('develop with cloud services', '6b643893-0a1f-4f6c-83a1-e7eef75849b9'),
    ],
  },
  web: {
    issuer: 'forth',
    id: 'https://forth-valley-college.example/achievements/web-development',
    name: 'Web Development with TypeScript',
    description: 'Builds accessible web front ends in TypeScript and React.',
    criteria: 'Portfolio of three projects reviewed against WCAG 2.2 AA.',
    alignments: [
      align('TypeScript', '867137fb-ff1b-4ca3-99f3-cb6969aa2c68'),
      align('JavaScript', '3cd569a2-4f88-4c1e-9995-8dce8c5e51a7'),
      align('web programming', '69bbd53f-fbb0-4476-b4b2-ef7844464e28'),
    ],
  },
  security: {
    issuer: 'forth',
    id: 'https://forth-valley-college.example/achievements/cyber-security-essentials',
    name: 'Cyber Security Essentials',
    description: 'Tests systems for weaknesses and applies counter-measures.',
    criteria: 'Capture-the-flag assessment and written report.',
    alignments: [
      align('perform ICT security testing', 'f4a85869-1855-45d5-a43c-7ee8cd451996'),
      align('cyber attack counter-measures', '5898d99a-62a4-4e10-a2e3-0d815ce44248'),
    ],
  },
  turbines: {
    issuer: 'northsea',
    id: 'https://north-sea-skills-hub.example/achievements/wind-turbine-maintenance',
    name: 'Wind Turbine Maintenance',
    description: 'Inspects and maintains onshore and offshore wind turbines.',
    criteria: '40 hours of supervised maintenance on operating turbines.',
    alignments: [align('maintain wind turbines', 'b7a26b32-c457-49aa-9a78-25ade10090e3')],
  },
  teamwork: {
    issuer: 'northsea',
    id: 'https://north-sea-skills-hub.example/achievements/team-working',
    name: 'Team Working',
    description: 'Works safely and effectively in a crew.',
    criteria: 'Observed on two team exercises.',
    alignments: [align('work in teams', '60c78287-22eb-4103-9c8c-28deaa460da0'), align('solve problems', 'adc6dc11-3376-467b-96c5-9b0a21edc869')],
  },
};

/** Which demo seeker (by email) holds which badges; `expired` and `otherRecipient` make the failing variants visible. */
export const demoHoldings: Record<string, { achievement: keyof typeof demoAchievements; expired?: boolean; otherRecipient?: boolean; baked?: boolean }[]> = {
  'seeker@demo.badgeboard.test': [
    { achievement: 'python', baked: true },
    { achievement: 'sql', baked: true },
    { achievement: 'analytics' },
    { achievement: 'teamwork', expired: true },
  ],
  'callum.fraser@demo.badgeboard.test': [{ achievement: 'cloud', baked: true }, { achievement: 'python' }, { achievement: 'security' }],
  'isla.robertson@demo.badgeboard.test': [{ achievement: 'turbines', baked: true }, { achievement: 'teamwork' }],
  'ewan.stewart@demo.badgeboard.test': [
    { achievement: 'web', baked: true },
    { achievement: 'teamwork', otherRecipient: true },
  ],
  'eilidh.murray@demo.badgeboard.test': [{ achievement: 'security', baked: true }, { achievement: 'cloud' }, { achievement: 'sql' }],
  'ruaridh.black@demo.badgeboard.test': [{ achievement: 'python' }, { achievement: 'sql' }],
};
