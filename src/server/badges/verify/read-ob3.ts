import 'server-only';
import { z } from 'zod';
import { alignmentSchema } from '@/server/taxonomy/match-alignment';
import type { BadgeFacts } from './facts';

const text = z.string().trim().min(1);
const typeList = z.union([z.string(), z.array(z.string())]).transform((value) => (Array.isArray(value) ? value : [value]));
/** JSON-LD reads one value and a one-element list the same; so do we (the schema check notes the difference). */
const oneOrMany = <T extends z.ZodType>(item: T) =>
  z.union([z.array(item), item]).transform((value) => (Array.isArray(value) ? value : [value]) as z.infer<T>[]);
const imageSchema = z.union([z.string(), z.object({ id: z.string() }).loose()]).transform((value) => (typeof value === 'string' ? value : value.id));

const identifierSchema = z
  .object({ identityType: z.string(), identityHash: z.string(), hashed: z.boolean().default(false), salt: z.string().optional() })
  .loose();

const achievementSchema = z
  .object({
    id: text,
    type: typeList.optional(),
    name: text,
    description: z.string().optional(),
    image: imageSchema.optional(),
    criteria: z.object({ narrative: z.string().optional(), id: z.string().optional() }).loose().optional(),
    alignment: oneOrMany(alignmentSchema.loose()).optional(),
    fieldOfStudy: z.string().optional(),
    // OB 3.0 carries levels as resultDescription/"level" in extensions; EU micro-credential extensions put EQF/NQF here.
    level: z.string().optional(),
    creditsAvailable: z.number().optional(),
  })
  .loose();

const issuerSchema = z.union([text, z.object({ id: text, name: z.string().optional(), url: z.string().optional() }).loose()]);

// Only the type is required to read a status entry: each status method's own fields (and their faults) are
// judged by the status check, which reports a malformed entry with a code rather than refusing the badge.
const statusSchema = z
  .object({
    id: z.string().optional(),
    type: z.union([z.string(), z.array(z.string()).min(1)]).transform((value) => (Array.isArray(value) ? value[0]! : value)),
    statusListCredential: z.string().optional(),
    statusListIndex: z.union([z.string(), z.number()]).optional(),
    statusPurpose: z.string().optional(),
    statusSize: z.unknown().optional(),
    statusMessage: z.unknown().optional(),
  })
  .loose();

export const ob3CredentialSchema = z
  .object({
    '@context': z
      .array(z.unknown())
      .refine((list) => list[0] === 'https://www.w3.org/ns/credentials/v2' || list[0] === 'https://www.w3.org/2018/credentials/v1', {
        message: 'the first @context must be the W3C Verifiable Credentials context',
      }),
    id: z.string().optional(),
    type: typeList.refine((list) => list.includes('VerifiableCredential'), { message: 'type must include VerifiableCredential' }),
    issuer: issuerSchema,
    validFrom: z.string().optional(),
    issuanceDate: z.string().optional(),
    validUntil: z.string().optional(),
    expirationDate: z.string().optional(),
    credentialSubject: z.object({ id: z.string().optional(), identifier: oneOrMany(identifierSchema).optional(), achievement: achievementSchema }).loose(),
    credentialStatus: z.union([statusSchema, z.array(statusSchema)]).optional(),
  })
  .loose()
  .refine((value) => value.validFrom || value.issuanceDate, { message: 'validFrom (or issuanceDate) is required', path: ['validFrom'] });

/** Micro-credential fields (EU Council Recommendation 2022, Annex I) when the credential carries them. */
function microCredentialFields(achievement: z.infer<typeof achievementSchema>, credential: Record<string, unknown>): Record<string, string> | null {
  const fields: Record<string, string> = {};
  const take = (label: string, value: unknown) => {
    if (typeof value === 'string' && value.trim()) fields[label] = value.trim();
    else if (typeof value === 'number') fields[label] = String(value);
  };
  take('Workload (ECTS)', achievement.creditsAvailable);
  take('Level', achievement.level);
  take('Field of study', achievement.fieldOfStudy);
  const extra = achievement as Record<string, unknown>;
  take('Type of assessment', extra.typeOfAssessment ?? extra.assessmentType);
  take('Form of participation', extra.formOfParticipation ?? extra.modeOfLearning);
  take('Quality assurance', extra.qualityAssurance);
  take(
    'Country',
    (credential.issuer as Record<string, unknown> | undefined)?.address &&
      (credential.issuer as Record<string, Record<string, unknown>>).address?.addressCountry,
  );
  return Object.keys(fields).length ? fields : null;
}

export function readOb3(credential: Record<string, unknown>): BadgeFacts {
  const parsed = ob3CredentialSchema.parse(credential);
  const issuer =
    typeof parsed.issuer === 'string'
      ? { id: parsed.issuer, name: parsed.issuer, url: null }
      : { id: parsed.issuer.id, name: parsed.issuer.name?.trim() || parsed.issuer.id, url: parsed.issuer.url ?? null };
  const achievement = parsed.credentialSubject.achievement;
  const level = achievement.level ?? (achievement as Record<string, unknown>).educationLevel;
  return {
    format: 'ob3',
    credentialId: parsed.id ?? null,
    achievement: {
      id: achievement.id,
      name: achievement.name,
      description: achievement.description?.trim() || null,
      image: achievement.image ?? null,
      criteria: achievement.criteria?.narrative?.trim() || achievement.criteria?.id || null,
      level: typeof level === 'string' ? level : null,
      alignments: achievement.alignment ?? [],
      microCredential: microCredentialFields(achievement, credential),
    },
    issuer,
    issuedAt: parsed.validFrom ?? parsed.issuanceDate ?? null,
    expiresAt: parsed.validUntil ?? parsed.expirationDate ?? null,
    recipient: {
      kind: 'ob3',
      subjectId: parsed.credentialSubject.id ?? null,
      identifiers: (parsed.credentialSubject.identifier ?? []).map((entry) => ({
        identityType: entry.identityType,
        identityHash: entry.identityHash,
        hashed: entry.hashed,
        salt: entry.salt ?? null,
      })),
    },
    status: (Array.isArray(parsed.credentialStatus) ? parsed.credentialStatus : parsed.credentialStatus ? [parsed.credentialStatus] : []).map((entry) => ({
      type: entry.type,
      // A 1EdTechRevocationList entry names its list by its own id; the status list methods by statusListCredential.
      listUrl: entry.statusListCredential ?? (entry.type === '1EdTechRevocationList' ? (entry.id ?? null) : null),
      index: entry.statusListIndex ?? null,
      purpose: entry.statusPurpose ?? null,
      statusSize: entry.statusSize,
      statusMessage: entry.statusMessage,
    })),
  };
}
