// The format check as the verifier reports it: schema findings become a failed `schema` result or warnings.
import { beforeAll, describe, expect, it } from 'vitest';
import { renderCheck } from '@/lib/verification/render';
import { memoryIssuerRegistry } from '@/server/issuers/issuer-registry';
import { decodeCredentials } from '../parse/decode-credential';
import { ob3Credential, signDataIntegrity } from '../issuing/issue-ob3';
import { didKeyIssuer, type IssuerKey } from '../issuing/issuer-keys';
import { verifyCredential } from './verify-credential';

let issuer: IssuerKey;
const achievement = { id: 'https://academy.example/achievements/git', name: 'Git Basics', description: 'Uses branches.', criteria: 'Merged a pull request.' };

async function formatOf(credential: Record<string, unknown>) {
  const [decoded] = await decodeCredentials({ source: 'json', text: JSON.stringify(credential) });
  const { report } = await verifyCredential(decoded!, { seeker: null, registry: memoryIssuerRegistry([]), now: new Date('2026-06-01T00:00:00Z') });
  return { format: report.checks.find((c) => c.check === 'format')!, state: report.state };
}

beforeAll(async () => {
  issuer = await didKeyIssuer('format-test-academy');
});

describe('format check of OB 3.0 credentials', () => {
  it('a single proof object: warning (json_ld_shape), and the badge is still verified', async () => {
    const signed = await signDataIntegrity(ob3Credential({ issuer, issuerName: 'Git Academy', achievement, recipientEmail: 'a@example.test' }), issuer);
    const { format, state } = await formatOf(signed);
    expect(format).toMatchObject({ status: 'warning', code: 'readable', notes: [{ code: 'json_ld_shape', params: { path: '/proof' } }] });
    expect(renderCheck(format).noteReasons[0]).toContain('/proof is a single value');
    expect(state).toBe('verified');
  });

  it('a genuine violation: failed `schema` with the path, and the badge fails', async () => {
    const signed = await signDataIntegrity(ob3Credential({ issuer, issuerName: 'Git Academy', achievement, recipientEmail: 'a@example.test' }), issuer);
    const subject = signed.credentialSubject as { achievement: Record<string, unknown> };
    subject.achievement.achievementType = 'Program';
    const { format, state } = await formatOf({ ...signed, proof: [signed.proof] });
    expect(format).toMatchObject({
      status: 'failed',
      code: 'schema',
      params: { kind: 'ob3', path: '/credentialSubject/achievement/achievementType', count: 1, schema: 'ob_v3p0_achievementcredential_schema.json' },
    });
    expect(renderCheck(format).reason).toContain('at /credentialSubject/achievement/achievementType');
    expect(state).toBe('failed');
  });
});
