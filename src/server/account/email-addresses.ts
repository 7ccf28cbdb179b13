import 'server-only';
import { and, eq, isNotNull, ne, sql } from 'drizzle-orm';
import { confirmEmail, sendVerificationEmail, verificationLink } from '@/server/auth/email-verification';
import { reverifyBadge } from '@/server/badges/reverify-badge';
import type { Database, Tx } from '@/server/db/client';
import { badges, seekerIdentities, users } from '@/server/db/schema';
import { AppError, fromDatabaseError } from '@/server/errors';
import { consumeRateLimit, emailKey } from '@/server/http/rate-limits';
import { sendMail } from '@/server/notifications/outgoing-mail';
import { listOf, parseAddress, refuseAdding, refuseMakingPrimary, refuseRemoving, type AccountAddresses, type EmailAddress } from './email-address-rules';

export { MAX_EXTRA_ADDRESSES, type EmailAddress } from './email-address-rules';

/*
 * A seeker's email addresses: the sign-in address (`users.email`) and up to five more (`seeker_identities` rows of
 * type `email`, waiting until their mailed link is followed). Badge recipient checks count every verified one
 * (`loadSeekerIdentity`). A proven address belongs to one account only; the messages never say whose.
 */

type Account = AccountAddresses & { name: string; createdAt: Date };

/** The account's addresses; `lock` holds the account row until the transaction ends, so two changes never interleave. */
async function loadAccount(db: Database | Tx, userId: string, lock = false): Promise<Account> {
  const query = db
    .select({ email: users.email, verifiedAt: users.emailVerifiedAt, name: users.name, createdAt: users.createdAt })
    .from(users)
    .where(eq(users.id, userId));
  const [user] = lock ? await query.for('update') : await query;
  if (!user) throw new AppError('not_found', 'This account no longer exists.');
  const extras = await db
    .select({ address: seekerIdentities.value, verifiedAt: seekerIdentities.verifiedAt, createdAt: seekerIdentities.createdAt })
    .from(seekerIdentities)
    .where(and(eq(seekerIdentities.userId, userId), eq(seekerIdentities.type, 'email')));
  return {
    primary: { address: user.email.toLowerCase(), verifiedAt: user.verifiedAt },
    extras: extras.map((row) => ({ ...row, address: row.address.toLowerCase() })),
    name: user.name,
    createdAt: user.createdAt,
  };
}

const taken = () =>
  new AppError('email:taken', 'Another Badgeboard account already uses this address. If it is yours, sign in to that account instead.', {
    fields: { email: ['Another Badgeboard account already uses this address.'] },
  });

/** Does another account sign in with the address, or has it proved the address is theirs? */
async function usedElsewhere(db: Database | Tx, userId: string, address: string): Promise<boolean> {
  const [signsIn] = await db
    .select({ id: users.id })
    .from(users)
    .where(and(sql`lower(${users.email}) = ${address}`, ne(users.id, userId)))
    .limit(1);
  if (signsIn) return true;
  const [proven] = await db
    .select({ id: seekerIdentities.id })
    .from(seekerIdentities)
    .where(
      and(eq(seekerIdentities.type, 'email'), eq(seekerIdentities.value, address), isNotNull(seekerIdentities.verifiedAt), ne(seekerIdentities.userId, userId)),
    )
    .limit(1);
  return Boolean(proven);
}

const tooManyLinks = (wait: string) => `We have sent several links to this address already. Check its inbox (and spam folder), or try again in ${wait}.`;

/** The link to an added address. Nothing the account typed (its name) goes into it: the address may be a stranger's. */
async function sendAddedAddressLink(db: Database | Tx, userId: string, address: string, baseUrl: string): Promise<void> {
  // Whoever asks, one address gets only a few links an hour: adding someone's address cannot flood their inbox.
  await consumeRateLimit('email-link-address', emailKey(address), { message: tooManyLinks });
  await sendMail(db, {
    userId,
    to: address,
    subject: 'Confirm the email address added to your Badgeboard account',
    body:
      'Hello,\n\n' +
      `Someone asked to add ${address} to their Badgeboard account. If that was you, follow this link to confirm the address is yours, ` +
      `so badges issued to it count as yours:\n\n${verificationLink(baseUrl, userId, address)}\n\n` +
      'The link works for 48 hours. If it was not you, ignore this message: the address is not confirmed unless the link is followed.',
  });
}

function fail(error: AppError | null): void {
  if (error) throw error;
}

/** Every address of the account, the sign-in address first. */
export async function listAddresses(db: Database | Tx, userId: string): Promise<EmailAddress[]> {
  const account = await loadAccount(db, userId);
  return listOf(account, account.createdAt);
}

/**
 * Adds an address (waiting for its link) and mails the link to it. Refused: not an email, already on this account,
 * more than five extra addresses, or used by another account (it signs in with it or proved it).
 */
export async function addAddress(db: Database, userId: string, raw: unknown, options: { baseUrl: string }): Promise<EmailAddress> {
  const address = parseAddress(raw);
  try {
    return await db.transaction(async (tx) => {
      const account = await loadAccount(tx, userId, true);
      fail(refuseAdding(account, address));
      if (await usedElsewhere(tx, userId, address)) throw taken();
      const [row] = await tx.insert(seekerIdentities).values({ userId, type: 'email', value: address }).returning({ createdAt: seekerIdentities.createdAt });
      await sendAddedAddressLink(tx, userId, address, options.baseUrl);
      return { address, primary: false, verified: false, verifiedAt: null, addedAt: row!.createdAt };
    });
  } catch (error) {
    // Two tabs adding the same address at once: the second meets the (user, type, value) index.
    if (!(error instanceof AppError) && fromDatabaseError(error)?.code === 'conflict')
      throw new AppError('email:already_added', 'This address is already on your account.', {
        fields: { email: ['This address is already on your account.'] },
      });
    throw error;
  }
}

/** Mails the link again to an address that waits for it; an address already verified is left as it is. */
export async function resendLink(
  db: Database,
  userId: string,
  raw: string,
  options: { baseUrl: string },
): Promise<{ address: string; alreadyVerified: boolean }> {
  const address = parseAddress(raw);
  const account = await loadAccount(db, userId);
  if (account.primary.address === address) {
    if (account.primary.verifiedAt) return { address, alreadyVerified: true };
    await consumeRateLimit('email-link-address', emailKey(address), { message: tooManyLinks });
    await sendVerificationEmail(db, { id: userId, email: address, name: account.name }, options.baseUrl);
    return { address, alreadyVerified: false };
  }
  const extra = account.extras.find((row) => row.address === address);
  if (!extra) throw new AppError('not_found', 'This address is not on your account. Add it first.');
  if (extra.verifiedAt) return { address, alreadyVerified: true };
  await sendAddedAddressLink(db, userId, address, options.baseUrl);
  return { address, alreadyVerified: false };
}

/** Follows a mailed link (no session needed: the signed token is the proof); see `confirmEmail`. */
export async function confirmAddress(db: Database, token: string): Promise<{ email: string; badgesRechecked: number }> {
  return confirmEmail(db, token);
}

/**
 * Makes a verified address the sign-in address. The old one stays on the account as an extra address (verified if it
 * was), so badges issued to it still count. The person signs in with the new address from now on (sign-in looks up
 * `users.email`); their sessions carry only the account id, so they stay signed in. The old address is told.
 */
export async function makePrimary(db: Database, userId: string, raw: string): Promise<{ address: string; previous: string; changed: boolean }> {
  const address = parseAddress(raw);
  try {
    return await db.transaction(async (tx) => {
      const account = await loadAccount(tx, userId, true);
      fail(refuseMakingPrimary(account, address));
      const previous = account.primary;
      if (previous.address === address) return { address, previous: address, changed: false };
      const chosen = account.extras.find((row) => row.address === address)!;
      if (await usedElsewhere(tx, userId, address)) throw taken();
      await tx
        .delete(seekerIdentities)
        .where(and(eq(seekerIdentities.userId, userId), eq(seekerIdentities.type, 'email'), eq(seekerIdentities.value, address)));
      await tx.insert(seekerIdentities).values({
        userId,
        type: 'email',
        value: previous.address,
        verifiedAt: previous.verifiedAt,
        method: previous.verifiedAt ? 'email_link' : null,
        // It has been on the account since the account was made.
        createdAt: account.createdAt,
      });
      await tx.update(users).set({ email: address, emailVerifiedAt: chosen.verifiedAt }).where(eq(users.id, userId));
      await sendMail(tx, {
        userId,
        to: previous.address,
        subject: 'Your Badgeboard sign-in address has changed',
        body:
          `Hello ${account.name},\n\n` +
          `You now sign in to Badgeboard with ${address} instead of ${previous.address}. ` +
          `${previous.address} stays on your account, so badges issued to it still count as yours.\n\n` +
          'If you did not make this change, sign in, change your password and sign out of other devices.',
      });
      return { address, previous: previous.address, changed: true };
    });
  } catch (error) {
    // Another account took the address in the meantime (`users_email_key`, or the proven-address index).
    if (!(error instanceof AppError) && fromDatabaseError(error)?.code === 'conflict') throw taken();
    throw error;
  }
}

/**
 * Removes an added address: never the sign-in address, never the last verified one. Badges that were confirmed
 * through it are checked again afterwards (without it they are no longer shown as the seeker's).
 */
export async function removeAddress(db: Database, userId: string, raw: string): Promise<{ address: string; badgesRechecked: number }> {
  const address = parseAddress(raw);
  await db.transaction(async (tx) => {
    const account = await loadAccount(tx, userId, true);
    fail(refuseRemoving(account, address));
    await tx.delete(seekerIdentities).where(and(eq(seekerIdentities.userId, userId), eq(seekerIdentities.type, 'email'), eq(seekerIdentities.value, address)));
  });
  const bound = await db
    .select({ id: badges.id })
    .from(badges)
    .where(and(eq(badges.userId, userId), eq(badges.recipientBound, `email:${address}`)));
  for (const badge of bound) await reverifyBadge(db, badge.id);
  return { address, badgesRechecked: bound.length };
}
