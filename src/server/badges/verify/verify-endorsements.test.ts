// Endorsements inside OB 3.0 badges, with real signatures: each is verified on its own and listed,
// and none of them changes the badge's own state.
import { beforeAll, describe, expect, it } from 'vitest';
import { memoryIssuerRegistry, type KnownIssuer } from '@/server/issuers/issuer-registry';
import { decodeCredentials } from '../parse/decode-credential';
import { endorsementCredential } from '../issuing/issue-endorsement';
import { ob3Credential, signDataIntegrity, signJwt, type AchievementTemplate } from '../issuing/issue-ob3';
import { didKeyIssuer, type IssuerKey } from '../issuing/issuer-keys';
import { verifyCredential } from './verify-credential';
import { MAX_ENDORSEMENTS } from './verify-endorsements';

const EMAIL = 'ailsa@example.test';
const NOW = new Date('2026-06-01T00:00:00Z');
const achievement: AchievementTemplate = {
  id: 'https://bakery.example/achievements/sourdough',
  name: 'Sourdough Baking',
  description: 'Bakes a consistent sourdough loaf.',
  criteria: 'Baked twelve loaves under supervision.',
};

let issuer: IssuerKey;
let endorser: IssuerKey;
let guild: IssuerKey;

beforeAll(async () => {
  issuer = await didKeyIssuer('endorsement-test-bakery');
  endorser = await didKeyIssuer('endorsement-test-federation');
  guild = await didKeyIssuer('endorsement-test-fake-guild');
});

const known = (): KnownIssuer[] => [{ issuerId: endorser.did, name: 'Scottish Bakers Federation', domains: ['bakers.example'], source: 'admin' }];

type EndorsementExtra = Partial<Parameters<typeof endorsementCredential>[0]>;
const endorsement = (by: IssuerKey, extra: EndorsementExtra) =>
  endorsementCredential({ endorser: by, endorserName: 'Bakers Federation', subjectId: achievement.id, comment: 'Meets the federation standard.', ...extra });
/** An endorsement of the achievement, signed by `by` with a Data Integrity proof. */
const endorse = (by: IssuerKey, extra: EndorsementExtra = {}) => signDataIntegrity(endorsement(by, extra), by);
/** The same as a VC-JWT (for `endorsementJwt`). */
const endorseJwt = (by: IssuerKey, extra: EndorsementExtra = {}) => signJwt(endorsement(by, extra), by);

/**
 * The badge, with endorsements placed where OB 3.0 allows them, signed by its issuer after they were added: with a
 * Data Integrity proof, or as a VC-JWT when it carries `endorsementJwt` (a term the OB 3.0 JSON-LD context does not
 * define, so only a JWT-secured credential can carry it).
 */
async function badge(
  place: { achievement?: unknown[]; achievementJwt?: string[]; credential?: unknown[]; issuerJwt?: string[] },
  id = 'urn:uuid:8d1e7c2a-5f0b-4b9e-9a11-0000000000e1',
) {
  const credential = ob3Credential({ issuer, issuerName: 'Leith Community Bakery', achievement, recipientEmail: EMAIL, id });
  const subject = credential.credentialSubject as { achievement: Record<string, unknown> };
  if (place.achievement) subject.achievement.endorsement = place.achievement;
  if (place.achievementJwt) subject.achievement.endorsementJwt = place.achievementJwt;
  if (place.credential) credential.endorsement = place.credential;
  if (place.issuerJwt) (credential.issuer as Record<string, unknown>).endorsementJwt = place.issuerJwt;
  return place.achievementJwt || place.issuerJwt ? signJwt(credential, issuer) : signDataIntegrity(credential, issuer);
}

async function verify(credential: Record<string, unknown> | string, issuers: KnownIssuer[] = []) {
  const [decoded] = await decodeCredentials({ source: 'json', text: typeof credential === 'string' ? credential : JSON.stringify(credential) });
  return verifyCredential(decoded!, { seeker: { verifiedEmails: [EMAIL], unverifiedEmails: [], dids: [] }, registry: memoryIssuerRegistry(issuers), now: NOW });
}

describe('endorsements are verified on their own and listed', () => {
  it('a valid endorsement of the achievement: verified, with its comment; the endorser known from the registry', async () => {
    const v = await verify(await badge({ achievement: [await endorse(endorser)] }), known());
    expect(v.report.state).toBe('verified');
    expect(v.report.endorsements).toEqual([
      { issuerId: endorser.did, issuerName: 'Scottish Bakers Federation', state: 'verified', issuerKnown: true, comment: 'Meets the federation standard.' },
    ]);
  });

  it('an unknown endorser is verified but not known, and named by its own claim', async () => {
    const v = await verify(await badge({ achievement: [await endorse(endorser)] }));
    expect(v.report.endorsements).toEqual([expect.objectContaining({ issuerName: 'Bakers Federation', state: 'verified', issuerKnown: false })]);
  });

  it('a tampered endorsement (comment changed after the endorser signed) is failed, and the badge stays verified', async () => {
    const tampered = await endorse(endorser);
    (tampered.credentialSubject as Record<string, unknown>).endorsementComment = 'The finest baker in Scotland.';
    const v = await verify(await badge({ achievement: [tampered, await endorse(endorser, { comment: 'Second, honest one.' })] }), known());
    expect(v.report.state).toBe('verified');
    expect(v.report.endorsements?.map((e) => [e.comment, e.state])).toEqual([
      ['The finest baker in Scotland.', 'failed'],
      ['Second, honest one.', 'verified'],
    ]);
  });

  it('endorsements as VC-JWTs (endorsementJwt on the achievement and on the issuer profile); one that is not a JWT is listed as failed', async () => {
    const onIssuer = await endorseJwt(endorser, { subjectId: issuer.did, comment: 'A bakery in good standing.' });
    // Shaped like a compact JWS (so the badge still meets its schema), but not one.
    const v = await verify(await badge({ achievementJwt: [await endorseJwt(endorser), 'abc.def.ghi'], issuerJwt: [onIssuer] }));
    expect(v.report.state).toBe('verified');
    expect(v.report.endorsements?.map((e) => [e.comment, e.state])).toEqual([
      ['Meets the federation standard.', 'verified'],
      [null, 'failed'],
      ['A bakery in good standing.', 'verified'],
    ]);
  });

  it('signed by someone other than the endorser it names → failed', async () => {
    const credential = endorsementCredential({ endorser, endorserName: 'Bakers Federation', subjectId: achievement.id });
    const v = await verify(await badge({ achievement: [await signDataIntegrity(credential, guild)] }));
    expect(v.report.endorsements?.[0]).toMatchObject({ issuerId: endorser.did, state: 'failed' });
  });

  it('an endorser claiming a known issuer’s name → failed (impersonation)', async () => {
    const credential = endorsementCredential({ endorser: guild, endorserName: 'Scottish Bakers Federation', subjectId: achievement.id });
    const v = await verify(await badge({ achievement: [await signDataIntegrity(credential, guild)] }), known());
    expect(v.report.endorsements?.[0]).toMatchObject({ issuerId: guild.did, state: 'failed', issuerKnown: false });
    expect(v.report.state).toBe('verified');
  });

  it('an expired endorsement is expired; one not yet valid is failed (dates judged at `now`)', async () => {
    const expired = await endorse(endorser, { validFrom: '2025-01-01T00:00:00Z', validUntil: '2026-01-01T00:00:00Z' });
    const future = await endorse(endorser, { validFrom: '2027-01-01T00:00:00Z' });
    const v = await verify(await badge({ achievement: [expired, future] }));
    expect(v.report.endorsements?.map((e) => e.state)).toEqual(['expired', 'failed']);
  });

  it('an endorsement of something else, copied onto this badge, does not endorse it → failed', async () => {
    const v = await verify(await badge({ achievement: [await endorse(endorser, { subjectId: 'https://bakery.example/achievements/croissant' })] }));
    expect(v.report.endorsements?.[0]?.state).toBe('failed');
  });

  it('an endorsement of the credential itself; an unsigned one is listed as failed, not dropped', async () => {
    const id = 'urn:uuid:8d1e7c2a-5f0b-4b9e-9a11-0000000000e2';
    const unsigned = endorsementCredential({ endorser: guild, endorserName: 'Guild', subjectId: id });
    const v = await verify(await badge({ credential: [await endorse(endorser, { subjectId: id }), unsigned] }, id));
    expect(v.report.endorsements).toEqual([
      expect.objectContaining({ issuerId: endorser.did, state: 'verified' }),
      { issuerId: guild.did, issuerName: 'Guild', state: 'failed', issuerKnown: false, comment: null },
    ]);
  });

  it(`at most ${MAX_ENDORSEMENTS} are checked`, async () => {
    const one = await endorse(endorser);
    const v = await verify(await badge({ achievement: Array.from({ length: MAX_ENDORSEMENTS + 2 }, () => one) }));
    expect(v.report.endorsements).toHaveLength(MAX_ENDORSEMENTS);
  });

  it('a badge without endorsements has no endorsements field', async () => {
    expect((await verify(await badge({}))).report.endorsements).toBeUndefined();
  });
});
