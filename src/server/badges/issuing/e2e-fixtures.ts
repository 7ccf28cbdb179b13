import 'server-only';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { bakePng, badgeImagePng } from './bake';
import { ob3Credential, signDataIntegrity, withProofList } from './issue-ob3';
import { didKeyIssuer } from './issuer-keys';
import { demoAchievements } from '@/server/demo/demo-badges';

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
  writeFileSync(file, bakePng(badgeImagePng([37, 99, 235]), JSON.stringify(withProofList(await signDataIntegrity(credential, issuer))), 'openbadgecredential'));
  return file;
}

export type E2eTrustFixtures = { impostor: string; tampered: string; honest: string };

/**
 * The trust story's badges, all issued to `email` and really signed:
 * - impostor: self-signed by a fresh did:key that calls itself "Forth Valley College" and uses the college's
 *   Cyber Security Essentials achievement id;
 * - tampered: a real Forth Valley College badge (the demo college's key) renamed after signing;
 * - honest: a correct badge from an issuer Badgeboard does not know.
 */
export async function writeE2eTrustFixtures(folder: string, email: string): Promise<E2eTrustFixtures> {
  const security = demoAchievements.security!;
  const college = await didKeyIssuer('demo:forth');
  const impostorKey = await didKeyIssuer(`e2e-impostor:${email}`);
  const honestKey = await didKeyIssuer('e2e-skye-coding-collective');
  mkdirSync(folder, { recursive: true });
  const write = (name: string, value: unknown) => {
    const file = path.join(folder, name);
    writeFileSync(file, JSON.stringify(value, null, 2));
    return file;
  };
  const impostor = withProofList(
    await signDataIntegrity(
      ob3Credential({ issuer: impostorKey, issuerName: 'Forth Valley College', recipientEmail: email, achievement: security }),
      impostorKey,
    ),
  );
  const real = (await signDataIntegrity(
    ob3Credential({ issuer: college, issuerName: 'Forth Valley College', recipientEmail: email, achievement: security }),
    college,
  )) as Record<string, Record<string, Record<string, unknown>>>;
  real.credentialSubject!.achievement!.name = 'Cyber Security Grandmaster';
  const honest = withProofList(
    await signDataIntegrity(
      ob3Credential({
        issuer: honestKey,
        issuerName: 'Skye Coding Collective',
        recipientEmail: email,
        achievement: {
          id: 'https://skye-coding-collective.example/achievements/secure-coding',
          name: 'Secure Coding Practice',
          description: 'Reviews code for common weaknesses and fixes them.',
          criteria: 'Reviewed and fixed ten seeded vulnerabilities.',
          alignments: security.alignments,
        },
      }),
      honestKey,
    ),
  );
  return {
    impostor: write('impostor-forth-valley.json', impostor),
    tampered: write('tampered-forth-valley.json', real),
    honest: write('honest-unknown-issuer.json', honest),
  };
}
