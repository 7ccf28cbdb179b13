// Integration: real PostgreSQL, real signatures. A seeker's extra email addresses, from adding one to the badge
// issued to it turning verified, and every refusal on the way.
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authenticate } from '@/server/auth/authenticate';
import { verificationToken } from '@/server/auth/email-verification';
import { attachBadges } from '@/server/badges/attach-badges';
import { reverifyBadge } from '@/server/badges/reverify-badge';
import { ob3Credential, signDataIntegrity } from '@/server/badges/issuing/issue-ob3';
import { didKeyIssuer, type IssuerKey } from '@/server/badges/issuing/issuer-keys';
import { loadSeekerIdentity } from '@/server/badges/seeker-identity';
import type { Database } from '@/server/db/client';
import { badges, seekerIdentities, users } from '@/server/db/schema';
import { listOutgoingMail } from '@/server/notifications/outgoing-mail';
import { createSeeker, testDatabase, uniqueWord } from '@/server/testing/integration';
import { addAddress, confirmAddress, listAddresses, makePrimary, MAX_EXTRA_ADDRESSES, removeAddress, resendLink } from './email-addresses';

let db: Database;
let close: () => Promise<void>;
let issuer: IssuerKey;
const baseUrl = 'http://badgeboard.test';
const secret = () => process.env.NEXTAUTH_SECRET!;

beforeAll(async () => {
  ({ db, close } = await testDatabase());
  issuer = await didKeyIssuer('int-email-addresses-academy');
});
afterAll(async () => close());

const address = (label: string) => `${label}-${uniqueWord()}@example.test`;

async function verifiedSeeker(name = 'Isla Fraser') {
  const seeker = await createSeeker(db, name);
  await db
    .update(users)
    .set({ emailVerifiedAt: sql`now()` })
    .where(eq(users.id, seeker.userId));
  return seeker;
}

/** The token in the newest link mailed to an address. */
async function mailedToken(to: string): Promise<string> {
  const [mail] = await listOutgoingMail(db, { to });
  const token = /\/verify-email\?token=(\S+)/.exec(mail?.body ?? '')?.[1];
  if (!token) throw new Error(`no verification link mailed to ${to}`);
  return token;
}

async function badgeFor(email: string): Promise<string> {
  const credential = ob3Credential({
    issuer,
    issuerName: 'Grampian Welding School',
    recipientEmail: email,
    achievement: {
      id: `https://grampian-welding.example/achievements/${uniqueWord()}`,
      name: 'MIG Welding Level 2',
      description: 'Welds steel plate in all positions.',
      criteria: 'Practical test.',
    },
  });
  return JSON.stringify(await signDataIntegrity(credential, issuer));
}

const stateOf = async (badgeId: string) => (await db.select({ state: badges.state }).from(badges).where(eq(badges.id, badgeId)))[0]?.state;

describe('email addresses', () => {
  it('adds an address, mails it a link, and turns a failing badge issued to it verified once the link is followed', async () => {
    const seeker = await verifiedSeeker();
    const second = address('isla-school');
    const [badge] = await attachBadges(db, seeker, { kind: 'text', text: await badgeFor(second) });
    expect(badge).toMatchObject({ state: 'failed', failing: { check: 'recipient', code: 'other_recipient' } });

    const added = await addAddress(db, seeker.userId, `  ${second.toUpperCase()} `, { baseUrl });
    expect(added).toMatchObject({ address: second, primary: false, verified: false, verifiedAt: null });
    expect((await listAddresses(db, seeker.userId)).map(({ address, primary, verified }) => ({ address, primary, verified }))).toEqual([
      { address: seeker.email, primary: true, verified: true },
      { address: second, primary: false, verified: false },
    ]);
    expect(await loadSeekerIdentity(db, seeker.userId)).toMatchObject({ verifiedEmails: [seeker.email], unverifiedEmails: [second] });
    // The mail carries the link and nothing the account typed (its name), since the address may be a stranger's.
    const [mail] = await listOutgoingMail(db, { to: second });
    expect(mail).toMatchObject({ userId: seeker.userId, subject: 'Confirm the email address added to your Badgeboard account' });
    expect(mail!.body).toContain(`${baseUrl}/verify-email?token=`);
    expect(mail!.body).not.toContain('Isla');

    const confirmed = await confirmAddress(db, await mailedToken(second));
    expect(confirmed).toEqual({ email: second, badgesRechecked: 1 });
    expect(await stateOf(badge!.id)).toBe('verified');
    const [row] = await db
      .select()
      .from(seekerIdentities)
      .where(and(eq(seekerIdentities.userId, seeker.userId), eq(seekerIdentities.value, second)));
    expect(row).toMatchObject({ type: 'email', method: 'email_link', verifiedAt: expect.any(Date) });
    expect((await loadSeekerIdentity(db, seeker.userId)).verifiedEmails).toEqual([seeker.email, second]);
    // Following the link again changes nothing and is not an error.
    await expect(confirmAddress(db, await mailedToken(second))).resolves.toMatchObject({ email: second });
  });

  it('keeps the primary address working through the same link (it is verified and the waiting badges re-checked)', async () => {
    const seeker = await createSeeker(db, 'Calum Reid');
    const [badge] = await attachBadges(db, seeker, { kind: 'text', text: await badgeFor(seeker.email) });
    expect(badge?.state).toBe('unverified');
    await expect(confirmAddress(db, verificationToken(seeker.userId, seeker.email, secret()))).resolves.toEqual({ email: seeker.email, badgesRechecked: 1 });
    expect(await stateOf(badge!.id)).toBe('verified');
    expect((await listAddresses(db, seeker.userId))[0]).toMatchObject({ address: seeker.email, primary: true, verified: true });
  });

  it('refuses what is not an address, one already on the account, and more than five extra', async () => {
    const seeker = await verifiedSeeker();
    await expect(addAddress(db, seeker.userId, 'isla at school', { baseUrl })).rejects.toMatchObject({
      code: 'input:invalid',
      details: { fields: { email: [expect.any(String)] } },
    });
    await expect(addAddress(db, seeker.userId, seeker.email.toUpperCase(), { baseUrl })).rejects.toMatchObject({ code: 'email:already_added' });
    const first = address('extra');
    await addAddress(db, seeker.userId, first, { baseUrl });
    await expect(addAddress(db, seeker.userId, first, { baseUrl })).rejects.toMatchObject({
      code: 'email:already_added',
      message: expect.stringContaining('waiting'),
    });
    for (let i = 1; i < MAX_EXTRA_ADDRESSES; i++) await addAddress(db, seeker.userId, address(`extra${i}`), { baseUrl });
    await expect(addAddress(db, seeker.userId, address('one-too-many'), { baseUrl })).rejects.toMatchObject({ code: 'email:limit_reached' });
    expect(await listAddresses(db, seeker.userId)).toHaveLength(MAX_EXTRA_ADDRESSES + 1);
  });

  it('refuses an address another account signs in with or has proved, without saying whose; a waiting one blocks nobody', async () => {
    const owner = await verifiedSeeker('Morven Kerr');
    const seeker = await verifiedSeeker();
    const refusals = [
      await addAddress(db, seeker.userId, owner.email, { baseUrl }).catch((error: unknown) => error),
      await (async () => {
        const proven = address('morven-work');
        await addAddress(db, owner.userId, proven, { baseUrl });
        await confirmAddress(db, await mailedToken(proven));
        return addAddress(db, seeker.userId, proven, { baseUrl }).catch((error: unknown) => error);
      })(),
    ];
    for (const refusal of refusals) {
      expect(refusal).toMatchObject({
        code: 'email:taken',
        message: 'Another Badgeboard account already uses this address. If it is yours, sign in to that account instead.',
      });
      expect(JSON.stringify(refusal)).not.toMatch(/Morven|morven-work@|seeker-/);
    }

    // Both may wait for the same address; whoever follows their link first has it, the other is refused.
    const contested = address('shared');
    await addAddress(db, owner.userId, contested, { baseUrl });
    await addAddress(db, seeker.userId, contested, { baseUrl });
    const ownersLink = verificationToken(owner.userId, contested, secret());
    await confirmAddress(db, verificationToken(seeker.userId, contested, secret()));
    await expect(confirmAddress(db, ownersLink)).rejects.toMatchObject({ code: 'email:taken' });
  });

  it('refuses a link for an address removed since, and one for an account that no longer has it', async () => {
    const seeker = await verifiedSeeker();
    const gone = address('gone');
    await addAddress(db, seeker.userId, gone, { baseUrl });
    const token = await mailedToken(gone);
    await removeAddress(db, seeker.userId, gone);
    await expect(confirmAddress(db, token)).rejects.toMatchObject({ code: 'input:invalid', message: expect.stringContaining('no longer on the account') });
  });

  it('sends the link again to a waiting address only', async () => {
    const seeker = await createSeeker(db, 'Ewan Ross');
    const waiting = address('waiting');
    await addAddress(db, seeker.userId, waiting, { baseUrl });
    await expect(resendLink(db, seeker.userId, waiting, { baseUrl })).resolves.toEqual({ address: waiting, alreadyVerified: false });
    expect(await listOutgoingMail(db, { to: waiting })).toHaveLength(2);
    // The unverified sign-in address gets the usual link to it.
    await expect(resendLink(db, seeker.userId, seeker.email, { baseUrl })).resolves.toEqual({ address: seeker.email, alreadyVerified: false });
    await confirmAddress(db, await mailedToken(seeker.email));
    await expect(resendLink(db, seeker.userId, seeker.email, { baseUrl })).resolves.toEqual({ address: seeker.email, alreadyVerified: true });
    await expect(resendLink(db, seeker.userId, address('never-added'), { baseUrl })).rejects.toMatchObject({ code: 'not_found' });
  });

  it('caps the links one address gets, whoever asks', async () => {
    const target = address('inbox');
    const seekers = await Promise.all([1, 2].map(() => verifiedSeeker()));
    await addAddress(db, seekers[0]!.userId, target, { baseUrl });
    for (let i = 0; i < 4; i++) await resendLink(db, seekers[0]!.userId, target, { baseUrl });
    await expect(addAddress(db, seekers[1]!.userId, target, { baseUrl })).rejects.toMatchObject({ code: 'rate_limited' });
    // Refused whole: no row waits without its link.
    expect((await listAddresses(db, seekers[1]!.userId)).map((row) => row.address)).toEqual([seekers[1]!.email]);
  });

  it('makes a verified address primary: sign-in moves to it, the old one stays verified, badges stay confirmed', async () => {
    const seeker = await verifiedSeeker('Kirsty Baird');
    const [oldBadge] = await attachBadges(db, seeker, { kind: 'text', text: await badgeFor(seeker.email) });
    expect(oldBadge?.state).toBe('verified');
    const next = address('kirsty-new');
    await addAddress(db, seeker.userId, next, { baseUrl });
    await expect(makePrimary(db, seeker.userId, next)).rejects.toMatchObject({ code: 'email:not_verified' });
    await confirmAddress(db, await mailedToken(next));

    await expect(makePrimary(db, seeker.userId, next.toUpperCase())).resolves.toEqual({ address: next, previous: seeker.email, changed: true });
    expect((await listAddresses(db, seeker.userId)).map(({ address, primary, verified }) => ({ address, primary, verified }))).toEqual([
      { address: next, primary: true, verified: true },
      { address: seeker.email, primary: false, verified: true },
    ]);
    // Sign-in looks up users.email: the new address works, the old one no longer signs in.
    const where = `192.0.2.${Math.floor(Math.random() * 200) + 1}`;
    await expect(authenticate(db, { email: next, password: 'a-long-password' }, where)).resolves.toMatchObject({ id: seeker.userId, email: next });
    await expect(authenticate(db, { email: seeker.email, password: 'a-long-password' }, where)).rejects.toMatchObject({ code: 'auth:invalid_credentials' });
    // The old address is told, and badges issued to it still count.
    const [notice] = await listOutgoingMail(db, { to: seeker.email });
    expect(notice).toMatchObject({ subject: 'Your Badgeboard sign-in address has changed' });
    expect(await loadSeekerIdentity(db, seeker.userId)).toMatchObject({ verifiedEmails: [next, seeker.email], unverifiedEmails: [] });
    await expect(reverifyBadge(db, oldBadge!.id)).resolves.toEqual({ state: 'verified', changed: false });
    // Already primary: nothing to do.
    await expect(makePrimary(db, seeker.userId, next)).resolves.toMatchObject({ changed: false });
    await expect(makePrimary(db, seeker.userId, address('stranger'))).rejects.toMatchObject({ code: 'not_found' });
  });

  it('removes an added address (not the primary, not the last verified) and re-checks the badges confirmed through it', async () => {
    const seeker = await createSeeker(db, 'Fiona Gunn');
    const school = address('fiona-school');
    await addAddress(db, seeker.userId, school, { baseUrl });
    await confirmAddress(db, await mailedToken(school));
    const [badge] = await attachBadges(db, seeker, { kind: 'text', text: await badgeFor(school) });
    expect(badge?.state).toBe('verified');

    await expect(removeAddress(db, seeker.userId, seeker.email)).rejects.toMatchObject({
      code: 'email:cannot_remove',
      message: expect.stringContaining('sign-in address'),
    });
    // The sign-in address is not verified: the school address is the only proven one.
    await expect(removeAddress(db, seeker.userId, school)).rejects.toMatchObject({
      code: 'email:cannot_remove',
      message: expect.stringContaining('only verified'),
    });
    await confirmAddress(db, verificationToken(seeker.userId, seeker.email, secret()));

    await expect(removeAddress(db, seeker.userId, school)).resolves.toEqual({ address: school, badgesRechecked: 1 });
    expect(await stateOf(badge!.id)).toBe('failed');
    expect((await listAddresses(db, seeker.userId)).map((row) => row.address)).toEqual([seeker.email]);
    await expect(removeAddress(db, seeker.userId, school)).rejects.toMatchObject({ code: 'not_found' });
  });
});
