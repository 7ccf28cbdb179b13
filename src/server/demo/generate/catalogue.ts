import 'server-only';
import { createPrivateKey, type KeyObject } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { didKeyIssuer, type IssuerKey } from '@/server/badges/issuing/issuer-keys';
import type { Database } from '@/server/db/client';
import { concepts } from '@/server/db/schema';
import { issuerKinds, issuerPlaces } from './people';
import type { Random } from './random';

export type GeneratedIssuer = { key: IssuerKey; name: string; signingKey: KeyObject; header: string; trusted: boolean };
export type GeneratedAchievement = {
  id: string;
  name: string;
  issuer: GeneratedIssuer;
  skills: { key: string; label: string }[];
  level: string | null;
  expires: boolean;
};

/** ~40 issuers (did:key, keys derived from their names) and ~3 achievements each, aligned to ESCO skills with a long tail. */
export async function buildCatalogue(
  db: Database,
  random: Random,
  issuerCount = 40,
): Promise<{ issuers: GeneratedIssuer[]; achievements: GeneratedAchievement[] }> {
  const skills = await db
    .select({ key: concepts.key, label: concepts.label })
    .from(concepts)
    .where(
      sql`${concepts.frameworkId} = 'esco' and ${concepts.label} is not null and ${concepts.type} <> 'group' and ${concepts.collections} && array['digital','transversal','language']::text[]`,
    )
    .orderBy(concepts.key);
  if (skills.length === 0) throw new Error('Load the ESCO taxonomy first (npm start does, or npm run taxonomy:import -- data/esco).');
  // A deterministic shuffle, so the long tail does not follow alphabetical order.
  for (let i = skills.length - 1; i > 0; i--) {
    const j = Math.floor(random.next() * (i + 1));
    [skills[i], skills[j]] = [skills[j]!, skills[i]!];
  }
  const issuers: GeneratedIssuer[] = [];
  const used = new Set<string>();
  while (issuers.length < issuerCount) {
    const name = `${random.pick(issuerPlaces)} ${random.pick(issuerKinds)}`;
    if (used.has(name)) continue;
    used.add(name);
    const key = await didKeyIssuer(`generated:${name}`);
    issuers.push({
      key,
      name,
      signingKey: createPrivateKey({ key: key.privateJwk as never, format: 'jwk' }),
      header: Buffer.from(JSON.stringify({ alg: 'EdDSA', kid: key.verificationMethod, typ: 'vc+jwt' })).toString('base64url'),
      trusted: issuers.length % 3 !== 2,
    });
  }
  const achievements: GeneratedAchievement[] = [];
  for (const issuer of issuers) {
    const slug = issuer.name.toLowerCase().replace(/[^a-z0-9]+/g, '-');
    for (let n = 0; n < 3; n++) {
      const aligned = Array.from({ length: random.int(1, 3) }, () => skills[random.zipf(Math.min(skills.length, 600))]!);
      const unique = [...new Map(aligned.map((skill) => [skill.key, { key: skill.key, label: skill.label! }])).values()];
      const name = `${unique[0]!.label.replace(/^./, (c) => c.toUpperCase())}${random.next() < 0.5 ? ' Foundations' : ' Practitioner'}`;
      achievements.push({
        id: `https://${slug}.example/achievements/${n + 1}`,
        name,
        issuer,
        skills: unique,
        level: random.next() < 0.6 ? `SCQF ${random.int(5, 9)}` : null,
        expires: random.next() < 0.3,
      });
    }
  }
  return { issuers, achievements };
}
