// Integration: real PostgreSQL, real signed badges. Who may open a badge's public page, "Verify now", the credential
// download, the embed's list (through its real route module: headers included) and the holder's exports.
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GET as embedRoute } from '@/app/api/v1/embed/cvs/[cvId]/badges/route';
import type { Viewer } from '@/server/auth/viewer';
import { attachBadges } from '@/server/badges/attach-badges';
import { ob3Credential, signDataIntegrity, signJwt } from '@/server/badges/issuing/issue-ob3';
import { didKeyIssuer, type IssuerKey } from '@/server/badges/issuing/issuer-keys';
import { updateCv } from '@/server/cv/service';
import { closeDb, type Database } from '@/server/db/client';
import { seekerIdentities, users } from '@/server/db/schema';
import { CLIENT_ADDRESS_HEADER } from '@/server/http/client-address';
import { createOrgOwnerViewer, createSeeker, seekerViewer, testDatabase, uniqueWord } from '@/server/testing/integration';
import {
  embeddableBadges,
  findSharedBadge,
  myBadgesJsonResume,
  myBadgesPresentation,
  setShareVisibility,
  sharedBadgeCredential,
  verifySharedBadge,
} from './shared-badges';

let db: Database;
let close: () => Promise<void>;
let issuer: IssuerKey;
let owner: Viewer;
let otherSeeker: Viewer;
let employer: Viewer;
let cvId: string;
const ids = { json: '', jwt: '', failed: '' };
const issuerName = `Sharing Test Academy ${uniqueWord()}`;

async function credential(email: string, name: string) {
  return ob3Credential({
    issuer,
    issuerName,
    recipientEmail: email,
    achievement: { id: `urn:uuid:${crypto.randomUUID()}`, name, description: `${name}, assessed.`, criteria: 'Passed.' },
    validFrom: '2026-01-15T09:00:00Z',
  });
}

beforeAll(async () => {
  ({ db, close } = await testDatabase());
  issuer = await didKeyIssuer(`sharing-${uniqueWord()}`);
  const seeker = await createSeeker(db, 'Morag Campbell');
  await db
    .update(users)
    .set({ emailVerifiedAt: sql`now()` })
    .where(eq(users.id, seeker.userId));
  await updateCv(db, seeker.cvId, { headline: 'Data analyst', summary: '', location: 'Glasgow', visibility: 'employers' });
  cvId = seeker.cvId;
  owner = seekerViewer(seeker);
  otherSeeker = seekerViewer(await createSeeker(db));
  employer = await createOrgOwnerViewer(db);
  const json = JSON.stringify(await signDataIntegrity(await credential(seeker.email, 'Shared JSON Badge'), issuer));
  const jwt = await signJwt(await credential(seeker.email, 'Shared JWT Badge'), issuer);
  const failed = JSON.stringify(await signDataIntegrity(await credential('someone.else@example.test', 'Someone Else’s Badge'), issuer));
  [ids.json, ids.jwt, ids.failed] = [
    (await attachBadges(db, seeker, { kind: 'text', text: json }))[0]!.id,
    (await attachBadges(db, seeker, { kind: 'text', text: jwt }))[0]!.id,
    (await attachBadges(db, seeker, { kind: 'text', text: failed }))[0]!.id,
  ];
});
afterAll(async () => {
  await close();
  await closeDb(); // the embed route's handle
});

const opens = async (viewer: Viewer | null, id: string) => (await findSharedBadge(db, viewer, id)) !== null;
const embed = (id: string) =>
  embedRoute(
    new Request(`http://localhost/api/v1/embed/cvs/${id}/badges`, { headers: { origin: 'https://jobs.example', [CLIENT_ADDRESS_HEADER]: '192.0.2.44' } }),
    {
      params: Promise.resolve({ cvId: id }),
    },
  );

describe('public badge pages', () => {
  it('follow the CV by default: an employers-only CV’s badge opens for employers and its owner, not for others', async () => {
    expect(await opens(owner, ids.json)).toBe(true);
    expect(await opens(employer, ids.json)).toBe(true);
    expect(await opens(null, ids.json)).toBe(false);
    expect(await opens(otherSeeker, ids.json)).toBe(false);
    expect(await opens(null, 'not-a-uuid')).toBe(false);
  });

  it('open to anyone with the link, or to the owner alone, as the owner chooses; nobody else may choose', async () => {
    await setShareVisibility(db, owner, ids.json, 'public');
    expect(await opens(null, ids.json)).toBe(true);
    await setShareVisibility(db, owner, ids.json, 'private');
    expect(await opens(employer, ids.json)).toBe(false);
    expect(await opens(owner, ids.json)).toBe(true);
    await expect(setShareVisibility(db, otherSeeker, ids.json, 'public')).rejects.toMatchObject({ code: 'not_found' });
    await setShareVisibility(db, owner, ids.json, 'public');
  });

  it('never open to others for a badge that never verified, whatever the choice', async () => {
    await setShareVisibility(db, owner, ids.failed, 'public');
    expect(await opens(null, ids.failed)).toBe(false);
    expect(await opens(owner, ids.failed)).toBe(true);
  });

  it('“Verify now” re-runs the checks for a signed-out visitor, and is 404 where the page is', async () => {
    const result = await verifySharedBadge(db, null, ids.json);
    expect(result).toMatchObject({ id: ids.json, state: 'verified', changed: false, issuer: { id: issuer.did, known: false } });
    expect(result.report.checks.map((check) => check.status)).not.toContain('failed');
    await expect(verifySharedBadge(db, null, ids.jwt)).rejects.toMatchObject({ code: 'not_found' });
    await expect(verifySharedBadge(db, otherSeeker, ids.failed)).rejects.toMatchObject({ code: 'not_found' });
    expect((await verifySharedBadge(db, employer, ids.jwt)).state).toBe('verified');
  });

  it('download the credential as stored: JSON as JSON, a VC-JWT as application/jwt', async () => {
    const json = await sharedBadgeCredential(db, null, ids.json);
    expect(json.contentType).toBe('application/json');
    expect(json.filename).toBe('shared-json-badge.json');
    expect(JSON.parse(json.body)).toMatchObject({ type: expect.arrayContaining(['OpenBadgeCredential']), proof: expect.anything() });
    const jwt = await sharedBadgeCredential(db, employer, ids.jwt);
    expect([jwt.contentType, jwt.filename]).toEqual(['application/jwt', 'shared-jwt-badge.jwt']);
    expect(jwt.body.split('.')).toHaveLength(3);
    await expect(sharedBadgeCredential(db, null, ids.jwt)).rejects.toMatchObject({ code: 'not_found' });
  });
});

describe('the embeddable badge section', () => {
  it('lists verified badges shared with anyone, readable from any origin, cached, with no cookie', async () => {
    const response = await embed(cvId);
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('cache-control')).toMatch(/^public, max-age=\d+/);
    expect(response.headers.get('set-cookie')).toBeNull();
    const body = (await response.json()) as { holderName: string | null; cvUrl: string | null; badges: { id: string; url: string; image: unknown }[] };
    // The JSON badge is public; the JWT one follows an employers-only CV; the failed one never verified.
    expect(body.badges.map((badge) => badge.id)).toEqual([ids.json]);
    expect(body.holderName).toBe('Morag Campbell');
    expect(body.cvUrl).toBeNull();
    expect(body.badges[0]!.url).toBe(`http://localhost/b/${ids.json}`);
  });

  it('names nobody when nothing is shared, and is a readable 404 for an unknown CV', async () => {
    const empty = await embeddableBadges(db, otherSeeker.cvId!, 'https://badgeboard.example');
    expect(empty).toEqual({ holderName: null, cvUrl: null, badges: [] });
    const missing = await embed(crypto.randomUUID());
    expect(missing.status).toBe(404);
    expect(missing.headers.get('access-control-allow-origin')).toBe('*');
  });
});

describe('exports', () => {
  it('hold every Open Badges 3.0 credential in one presentation, naming the holder only once a DID is proven', async () => {
    const before = await myBadgesPresentation(db, owner);
    expect(before.presentation).not.toHaveProperty('holder');
    expect(before.leftOut).toBe(0);
    const credentials = before.presentation.verifiableCredential as Record<string, unknown>[];
    expect(credentials).toHaveLength(3);
    expect(credentials.filter((vc) => vc.type === 'EnvelopedVerifiableCredential').map((vc) => String(vc.id).slice(0, 24))).toEqual([
      'data:application/vc+jwt,',
    ]);
    const did = `did:key:z6Mk${uniqueWord()}`;
    await db.insert(seekerIdentities).values({ userId: owner.id, type: 'did', value: `${did}-unproven` });
    expect((await myBadgesPresentation(db, owner)).presentation).not.toHaveProperty('holder');
    await db.insert(seekerIdentities).values({ userId: owner.id, type: 'did', value: did, verifiedAt: new Date(), method: 'did_auth' });
    expect((await myBadgesPresentation(db, owner)).presentation.holder).toBe(did);
  });

  it('list verified badges in a JSON Resume, with a page link only where others may open the page', async () => {
    const resume = await myBadgesJsonResume(db, owner, 'https://badgeboard.example');
    const certificates = resume.certificates as { name: string; url?: string; issuer: string }[];
    expect(certificates.map((c) => c.name).sort()).toEqual(['Shared JSON Badge', 'Shared JWT Badge']);
    expect(certificates.find((c) => c.name === 'Shared JSON Badge')!.url).toBe(`https://badgeboard.example/b/${ids.json}`);
    // Follows an employers-only CV: employers on Badgeboard may open it.
    expect(certificates.find((c) => c.name === 'Shared JWT Badge')!.url).toBe(`https://badgeboard.example/b/${ids.jwt}`);
    expect(certificates[0]!.issuer).toBe(issuerName);
    expect(resume.basics).toMatchObject({ name: 'Test Seeker', label: 'Data analyst' });
  });
});
