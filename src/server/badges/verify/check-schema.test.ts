// The 1EdTech OB 3.0 JSON Schemas, bundled: genuine violations fail with their path; JSON-LD single values pass with a note.
import { beforeAll, describe, expect, it } from 'vitest';
import type { DecodedCredential } from '../parse/decode-credential';
import { ob3Credential, signDataIntegrity } from '../issuing/issue-ob3';
import { didKeyIssuer, type IssuerKey } from '../issuing/issuer-keys';
import { ACHIEVEMENT_CREDENTIAL_SCHEMA, bundledSchema, schemaValidator } from './bundled-schemas';
import { schemaFindings } from './check-schema';

let issuer: IssuerKey;
let signed: Record<string, unknown>;

const achievement = {
  id: 'https://academy.example/achievements/sql',
  name: 'SQL Basics',
  description: 'Writes SELECT queries.',
  criteria: 'Passed the SQL test.',
};
const decoded = (credential: Record<string, unknown>): DecodedCredential => ({ source: 'json', format: 'ob3', raw: JSON.stringify(credential), credential });
const findings = (credential: Record<string, unknown>) => schemaFindings(decoded(credential));
const clone = <T>(value: T): T => structuredClone(value);
const subjectOf = (credential: Record<string, unknown>) => credential.credentialSubject as Record<string, unknown>;
const achievementOf = (credential: Record<string, unknown>) => subjectOf(credential).achievement as Record<string, unknown>;

beforeAll(async () => {
  issuer = await didKeyIssuer('schema-test-academy');
  signed = await signDataIntegrity(ob3Credential({ issuer, issuerName: 'Clyde Data Academy', achievement, recipientEmail: 'a@example.test' }), issuer);
});

describe('bundled schemas', () => {
  it('load from data/schemas and compile (once)', () => {
    const validate = schemaValidator(ACHIEVEMENT_CREDENTIAL_SCHEMA);
    expect(typeof validate).toBe('function');
    expect(schemaValidator(ACHIEVEMENT_CREDENTIAL_SCHEMA)).toBe(validate);
  });

  it('are found by their $id and by the URL 1EdTech publishes them at', () => {
    expect(bundledSchema('https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_schema.json')?.id).toBe(
      ACHIEVEMENT_CREDENTIAL_SCHEMA,
    );
    expect(bundledSchema(ACHIEVEMENT_CREDENTIAL_SCHEMA)?.name).toBe('ob_v3p0_achievementcredential_schema.json');
    expect(bundledSchema('https://example.org/schema.json')).toBeNull();
  });
});

describe('OB 3.0 against the AchievementCredential schema', () => {
  it('a single proof object (as signing libraries write it) passes with a json_ld_shape note', () => {
    expect(Array.isArray(signed.proof)).toBe(false);
    expect(findings(signed)).toEqual({ violations: [], notes: [{ code: 'json_ld_shape', params: { path: '/proof' } }] });
  });

  it('the same credential with its proof in a list passes with no note', () => {
    expect(findings({ ...signed, proof: [signed.proof] })).toEqual({ violations: [], notes: [] });
  });

  it('several single values are each noted, including an identifier object', () => {
    const credential = clone(signed);
    const subject = subjectOf(credential);
    subject.identifier = (subject.identifier as unknown[])[0];
    subject.type = 'AchievementSubject';
    const { violations, notes } = findings(credential);
    expect(violations).toEqual([]);
    expect(notes.map((note) => note.params.path).sort()).toEqual(['/credentialSubject/identifier', '/credentialSubject/type', '/proof']);
  });

  it('a one-element list where the schema wants one value (credentialStatus, as VC 2.0 allows) passes with a json_ld_list note', () => {
    const entry = {
      id: 'https://status.example/1#3',
      type: 'BitstringStatusListEntry',
      statusPurpose: 'revocation',
      statusListIndex: '3',
      statusListCredential: 'https://status.example/1',
    };
    expect(findings({ ...signed, proof: [signed.proof], credentialStatus: [entry] })).toEqual({
      violations: [],
      notes: [{ code: 'json_ld_list', params: { path: '/credentialStatus' } }],
    });
    // Two entries are not one value in any reading: OB 3.0 allows one credentialStatus.
    expect(
      findings({ ...signed, proof: [signed.proof], credentialStatus: [entry, { ...entry, statusPurpose: 'suspension' }] }).violations.map((v) => v.path),
    ).toEqual(['/credentialStatus']);
  });

  it('a missing required property fails with its path', () => {
    const credential = clone(signed);
    delete achievementOf(credential).criteria;
    expect(findings(credential).violations).toEqual([
      { path: '/credentialSubject/achievement/criteria', message: 'is required', params: { schema: 'ob_v3p0_achievementcredential_schema.json' } },
    ]);
  });

  it('a value outside the vocabulary fails (achievementType "Program"); an ext: extension passes', () => {
    const credential = clone(signed);
    achievementOf(credential).achievementType = 'Program';
    const [violation] = findings(credential).violations;
    expect(violation?.path).toBe('/credentialSubject/achievement/achievementType');
    expect(violation?.message).toContain('must be one of Achievement');
    achievementOf(credential).achievementType = 'ext:Program';
    expect(findings(credential).violations).toEqual([]);
  });

  it('a wrong type fails even where a list is expected: a single value is wrapped, not excused', () => {
    const credential = clone(signed);
    achievementOf(credential).name = 42;
    credential.type = 'VerifiableCredential';
    const paths = findings(credential).violations.map((violation) => violation.path);
    expect(paths).toContain('/credentialSubject/achievement/name');
    expect(paths).toContain('/type');
  });

  it('a proof in a list that is itself malformed fails at its place in the credential as given', () => {
    const credential = clone(signed);
    credential.proof = { ...(signed.proof as object), created: 'yesterday' };
    expect(findings(credential).violations.map((violation) => violation.path)).toEqual(['/proof/created']);
  });
});

describe('credentialSchema the credential declares', () => {
  it('a bundled one is validated too (here the endorsement schema, which an OpenBadgeCredential does not meet)', () => {
    const credential = {
      ...signed,
      credentialSchema: [
        { id: 'https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_endorsementcredential_schema.json', type: '1EdTechJsonSchemaValidator2019' },
      ],
    };
    const { violations } = findings(credential);
    expect(violations.length).toBeGreaterThan(0);
    expect(violations.every((violation) => violation.params?.schema === 'ob_v3p0_endorsementcredential_schema.json')).toBe(true);
  });

  it('the AchievementCredential schema declared is checked once, and passes', () => {
    const credential = {
      ...signed,
      proof: [signed.proof],
      credentialSchema: [
        { id: 'https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_schema.json', type: '1EdTechJsonSchemaValidator2019' },
      ],
    };
    expect(findings(credential)).toEqual({ violations: [], notes: [] });
  });

  it('an unknown one is a note, not a failure', () => {
    const credential = { ...signed, proof: [signed.proof], credentialSchema: [{ id: 'https://schemas.example/badge.json', type: 'JsonSchema' }] };
    expect(findings(credential)).toEqual({
      violations: [],
      notes: [{ code: 'unknown_schema', params: { id: 'https://schemas.example/badge.json', type: 'JsonSchema' } }],
    });
  });
});

describe('VC 1.1-style OB 3.0 (the OB 3.0 drafts)', () => {
  const vc1 = (credential: Record<string, unknown>): Record<string, unknown> => {
    const { validFrom, ...rest } = credential;
    return {
      ...rest,
      '@context': ['https://www.w3.org/2018/credentials/v1', ...(credential['@context'] as string[]).slice(1)],
      issuanceDate: validFrom,
      proof: [credential.proof],
    };
  };

  it('is checked with the VC 2.0 names and passes with a vc1_data_model note', () => {
    expect(findings(vc1(signed))).toEqual({ violations: [], notes: [{ code: 'vc1_data_model', params: { count: 0, path: null, message: null } }] });
  });

  it('its differences from the schema are warnings, not failures', () => {
    const credential = vc1(signed);
    (credential.issuer as Record<string, unknown>).image = 'https://academy.example/logo.png';
    expect(findings(credential)).toEqual({
      violations: [],
      notes: [{ code: 'vc1_data_model', params: { count: 1, path: '/issuer/image', message: 'must be object' } }],
    });
  });
});
