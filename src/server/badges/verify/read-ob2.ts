import 'server-only';
import { z } from 'zod';
import { fetchJson } from '@/server/net/safe-fetch';
import { alignmentSchema } from '@/server/taxonomy/match-alignment';
import type { BadgeFacts } from './facts';

const text = z.string().trim().min(1);
const idOrObject = <T extends z.ZodType>(object: T) => z.union([z.string().url(), object]);

const profileSchema = z
  .object({
    id: text,
    name: text,
    url: z.string().optional(),
    publicKey: z.union([z.string(), z.object({ id: z.string() }).loose(), z.array(z.union([z.string(), z.object({ id: z.string() }).loose()]))]).optional(),
    revocationList: z.string().optional(),
    verification: z
      .object({ allowedOrigins: z.union([z.string(), z.array(z.string())]).optional(), startsWith: z.union([z.string(), z.array(z.string())]).optional() })
      .loose()
      .optional(),
  })
  .loose();

const badgeClassSchema = z
  .object({
    id: text,
    name: text,
    description: z.string().optional(),
    image: z.union([z.string(), z.object({ id: z.string() }).loose()]).optional(),
    criteria: z.union([z.string(), z.object({ narrative: z.string().optional(), id: z.string().optional() }).loose()]).optional(),
    issuer: idOrObject(profileSchema),
    alignment: z.array(alignmentSchema.loose()).optional(),
  })
  .loose();

export const ob2AssertionSchema = z
  .object({
    id: text,
    recipient: z.object({ type: z.string().default('email'), identity: text, hashed: z.boolean().default(false), salt: z.string().optional() }).loose(),
    badge: idOrObject(badgeClassSchema),
    verification: z.object({ type: z.string(), creator: z.string().optional() }).loose(),
    issuedOn: text,
    expires: z.string().optional(),
    revoked: z.boolean().optional(),
    revocationReason: z.string().optional(),
  })
  .loose();

/** Fetches a linked OB 2.0 document (BadgeClass, Profile) through the SSRF-safe fetcher, cached. */
async function linked<T extends z.ZodType>(value: string | z.infer<T>, schema: T, what: string): Promise<z.infer<T>> {
  if (typeof value !== 'string') return value;
  const document = await fetchJson(value, { timeoutMs: 5000, maxBytes: 512 * 1024, cacheTtlMs: 5 * 60_000 });
  const parsed = schema.safeParse(document);
  if (!parsed.success) throw new Error(`The ${what} at ${value} is not a valid Open Badges 2.0 ${what}: ${parsed.error.issues[0]?.message}`);
  return parsed.data;
}

type Profile = z.infer<typeof profileSchema>;
const list = (value: string | string[] | undefined): string[] => (Array.isArray(value) ? value : value ? [value] : []);

/**
 * The issuer Profile as the issuer publishes it at its id. A Profile embedded in the assertion (or in an
 * embedded BadgeClass) is the assertion's own claim: its keys and hosting rules cannot vouch for the assertion,
 * so they count only from the published copy. null when there is none to fetch (a non-http id, or unreachable).
 */
async function publishedProfile(issuer: string | Profile): Promise<Profile | null> {
  if (typeof issuer === 'string') {
    const profile = await linked(issuer, profileSchema, 'issuer Profile');
    // A document that names another id is not that issuer's Profile (it would lend its keys to the other id).
    if (profile.id !== issuer)
      throw new Error(`The issuer Profile at ${issuer} gives its id as ${profile.id}; an issuer Profile must be published at its own id.`);
    return profile;
  }
  if (!/^https?:\/\//i.test(issuer.id)) return null;
  try {
    const profile = await linked(issuer.id, profileSchema, 'issuer Profile');
    return profile.id === issuer.id ? profile : null;
  } catch {
    return null;
  }
}

/** The Profile's hosted-verification rules (VerificationObject `allowedOrigins`, `startsWith`), when it states any. */
function hostingPolicy(profile: Profile | null): { allowedOrigins: string[]; startsWith: string[] } | null {
  const allowedOrigins = list(profile?.verification?.allowedOrigins);
  const startsWith = list(profile?.verification?.startsWith);
  return allowedOrigins.length || startsWith.length ? { allowedOrigins, startsWith } : null;
}

const keyIds = (value: z.infer<typeof profileSchema>['publicKey']): string[] =>
  (Array.isArray(value) ? value : value ? [value] : []).map((key) => (typeof key === 'string' ? key : key.id));

/** OB 2.0 facts; the BadgeClass and issuer Profile are fetched when the assertion links to them. */
export async function readOb2(assertion: Record<string, unknown>): Promise<BadgeFacts> {
  const parsed = ob2AssertionSchema.parse(assertion);
  const badge = await linked(parsed.badge, badgeClassSchema, 'BadgeClass');
  const published = await publishedProfile(badge.issuer);
  const issuer = published ?? (badge.issuer as Profile);
  const verificationType = /signed/i.test(parsed.verification.type) ? 'signed' : 'hosted';
  const criteria = typeof badge.criteria === 'string' ? badge.criteria : badge.criteria?.narrative?.trim() || badge.criteria?.id || null;
  return {
    format: 'ob2',
    credentialId: parsed.id,
    achievement: {
      id: badge.id,
      name: badge.name,
      description: badge.description?.trim() || null,
      image: typeof badge.image === 'string' ? badge.image : (badge.image?.id ?? null),
      criteria,
      level: null,
      alignments: badge.alignment ?? [],
      microCredential: null,
    },
    issuer: { id: issuer.id, name: issuer.name, url: issuer.url ?? null },
    issuedAt: parsed.issuedOn,
    expiresAt: parsed.expires ?? null,
    recipient: {
      kind: 'ob2',
      type: parsed.recipient.type,
      identity: parsed.recipient.identity,
      hashed: parsed.recipient.hashed,
      salt: parsed.recipient.salt ?? null,
    },
    status: [],
    ob2: {
      assertionId: parsed.id,
      verificationType,
      creator: parsed.verification.creator ?? null,
      revoked: parsed.revoked ?? false,
      revocationReason: parsed.revocationReason ?? null,
      issuerProfile: issuer as Record<string, unknown>,
      revocationList: issuer.revocationList ?? null,
      publicKeys: keyIds(published?.publicKey),
      hostingPolicy: hostingPolicy(published),
    },
  };
}
