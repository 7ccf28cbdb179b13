import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { bakePng, badgeImagePng } from './bake';
import { ob3Credential, signDataIntegrity } from './issue-ob3';
import { didKeyIssuer } from './issuer-keys';

/** A real baked OB 3.0 badge for the e2e seeker's email, aligned to ESCO Python (under S5). */
export async function writeE2eBadge(folder: string, email: string): Promise<string> {
  const issuer = await didKeyIssuer('e2e-academy');
  const credential = ob3Credential({
    issuer,
    issuerName: 'E2E Coding Academy',
    recipientEmail: email,
    achievement: {
      id: 'https://e2e-academy.example/achievements/python',
      name: 'E2E Python Foundations',
      description: 'Writes and tests small Python programs.',
      criteria: 'Practical assessment.',
      alignments: [{ targetName: 'Python', targetUrl: 'http://data.europa.eu/esco/skill/ccd0a1d9-afda-43d9-b901-96344886e14d', targetFramework: 'ESCO' }],
    },
  });
  mkdirSync(folder, { recursive: true });
  const file = path.join(folder, 'e2e-python-badge.png');
  writeFileSync(file, bakePng(badgeImagePng([37, 99, 235]), JSON.stringify(await signDataIntegrity(credential, issuer)), 'openbadgecredential'));
  return file;
}
