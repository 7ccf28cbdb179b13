import 'server-only';
import type { CheckNote, CheckParams } from '@/lib/verification/model';
import type { DecodedCredential } from '../parse/decode-credential';
import { ACHIEVEMENT_CREDENTIAL_SCHEMA, bundledSchema, ENDORSEMENT_CREDENTIAL_SCHEMA, JSON_SCHEMA_TYPES, schemaValidator } from './bundled-schemas';
import { ob2Violations } from './ob2-conformance';
import { validateJsonLdShaped } from './validate-json-ld-shaped';

/** A failure of the format check: where (JSON Pointer), what, and the code to report (`schema` unless said). */
export type FormatViolation = { path: string; message: string; code?: string; params?: CheckParams };
export type SchemaFindings = { violations: FormatViolation[]; notes: CheckNote[] };

const VC1_CONTEXT = 'https://www.w3.org/2018/credentials/v1';
const VC2_CONTEXT = 'https://www.w3.org/ns/credentials/v2';

const asArray = (value: unknown): unknown[] => (Array.isArray(value) ? value : value === undefined ? [] : [value]);
const types = (credential: Record<string, unknown>) => asArray(credential.type).map(String);

/** An EndorsementCredential is checked against its own schema; every other OB 3.0 credential as an AchievementCredential. */
function primarySchema(credential: Record<string, unknown>): string {
  const t = types(credential);
  const achievement = t.includes('OpenBadgeCredential') || t.includes('AchievementCredential');
  return !achievement && t.includes('EndorsementCredential') ? ENDORSEMENT_CREDENTIAL_SCHEMA : ACHIEVEMENT_CREDENTIAL_SCHEMA;
}

/** The schemas the credential declares in `credentialSchema`: bundled ones to check, others to mention. */
function declaredSchemas(credential: Record<string, unknown>): { bundled: string[]; notes: CheckNote[] } {
  const bundled: string[] = [];
  const notes: CheckNote[] = [];
  for (const entry of asArray(credential.credentialSchema)) {
    const { id, type } = (entry && typeof entry === 'object' ? entry : {}) as { id?: unknown; type?: unknown };
    const known = typeof id === 'string' && typeof type === 'string' && JSON_SCHEMA_TYPES.has(type) ? bundledSchema(id) : null;
    if (known) bundled.push(known.id);
    else notes.push({ code: 'unknown_schema', params: { id: typeof id === 'string' ? id : '', type: typeof type === 'string' ? type : '' } });
  }
  return { bundled, notes };
}

/**
 * VC 1.1-style OB 3.0 (the data model of the OB 3.0 drafts: the credentials/v1 context, `issuanceDate`,
 * `expirationDate`). The 1EdTech schema is written for VC 2.0 only (first context must be VC 2.0, `validFrom`
 * required), so the credential is checked as if its VC 1.1 terms had their VC 2.0 names.
 */
function withVc2Names(credential: Record<string, unknown>): Record<string, unknown> {
  const copy: Record<string, unknown> = { ...credential, '@context': [VC2_CONTEXT, ...asArray(credential['@context']).slice(1)] };
  if (copy.validFrom === undefined && copy.issuanceDate !== undefined) copy.validFrom = copy.issuanceDate;
  if (copy.validUntil === undefined && copy.expirationDate !== undefined) copy.validUntil = copy.expirationDate;
  delete copy.issuanceDate;
  delete copy.expirationDate;
  return copy;
}

function ob3Findings(credential: Record<string, unknown>): SchemaFindings {
  const vc1 = asArray(credential['@context'])[0] === VC1_CONTEXT;
  const subject = vc1 ? withVc2Names(credential) : credential;
  const primary = primarySchema(credential);
  const declared = declaredSchemas(credential);
  const violations: FormatViolation[] = [];
  const singleValues = new Set<string>();
  const oneElementLists = new Set<string>();
  for (const id of [primary, ...declared.bundled.filter((other) => other !== primary)]) {
    const result = validateJsonLdShaped(schemaValidator(id), subject);
    const schema = id.slice(id.lastIndexOf('/') + 1);
    violations.push(...result.violations.map((violation) => ({ ...violation, params: { schema } })));
    result.singleValues.forEach((path) => singleValues.add(path));
    result.oneElementLists.forEach((path) => oneElementLists.add(path));
  }
  const notes: CheckNote[] = [
    ...[...singleValues].map((path) => ({ code: 'json_ld_shape', params: { path } })),
    ...[...oneElementLists].map((path) => ({ code: 'json_ld_list', params: { path } })),
    ...declared.notes,
  ];
  if (!vc1) return { violations, notes };
  // Differences from a schema written for a later data model are reported, not held against the credential.
  const [first] = violations;
  notes.unshift({ code: 'vc1_data_model', params: { count: violations.length, path: first?.path ?? null, message: first?.message ?? null } });
  return { violations: [], notes };
}

/**
 * Format conformance beyond "readable": OB 3.0 against the 1EdTech JSON Schemas (JSON-LD single values
 * accepted with a note), OB 2.0 against the rules of the 2.0 specification. Violations fail the format check.
 */
export function schemaFindings(decoded: DecodedCredential): SchemaFindings {
  if (decoded.format === 'ob2') return { violations: ob2Violations(decoded.credential), notes: [] };
  if (decoded.format === 'ob3') return ob3Findings(decoded.credential);
  return { violations: [], notes: [] };
}
