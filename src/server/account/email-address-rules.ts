import 'server-only';
import { z } from 'zod';
import { emailSchema } from '@/server/auth/schemas';
import { AppError } from '@/server/errors';

/** Addresses an account may hold besides its sign-in address (verified or waiting for their link). */
export const MAX_EXTRA_ADDRESSES = 5;

/** One address of an account, as the account page and the API show it. */
export type EmailAddress = {
  address: string;
  /** The sign-in address (`users.email`); the others are extra addresses badges may be issued to. */
  primary: boolean;
  verified: boolean;
  verifiedAt: Date | null;
  addedAt: Date;
};

/** What the rules below look at: the sign-in address and the added ones, all lower-cased. */
export type AccountAddresses = {
  primary: { address: string; verifiedAt: Date | null };
  extras: { address: string; verifiedAt: Date | null; createdAt: Date }[];
};

export const addAddressSchema = z.object({ email: emailSchema });

/** The address a person typed or a path named: trimmed, lower-cased, a valid email — or `input:invalid` on `email`. */
export function parseAddress(raw: unknown): string {
  const parsed = emailSchema.safeParse(raw);
  if (!parsed.success) {
    const message = parsed.error.issues[0]?.message ?? 'Enter an email address like name@example.com.';
    throw new AppError('input:invalid', message, { fields: { email: [message] } });
  }
  return parsed.data;
}

/** The primary first, then the added addresses in the order they were added. */
export function listOf(account: AccountAddresses, primaryAddedAt: Date): EmailAddress[] {
  const { primary, extras } = account;
  return [
    { address: primary.address, primary: true, verified: primary.verifiedAt !== null, verifiedAt: primary.verifiedAt, addedAt: primaryAddedAt },
    ...[...extras]
      .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.address.localeCompare(b.address))
      .map((extra) => ({
        address: extra.address,
        primary: false,
        verified: extra.verifiedAt !== null,
        verifiedAt: extra.verifiedAt,
        addedAt: extra.createdAt,
      })),
  ];
}

const field = (message: string) => ({ fields: { email: [message] } });

/** Why `address` cannot be added to this account (other accounts are checked separately), or null. */
export function refuseAdding(account: AccountAddresses, address: string): AppError | null {
  if (account.primary.address === address)
    return new AppError('email:already_added', 'This is already your sign-in address.', field('This is already your sign-in address.'));
  const extra = account.extras.find((row) => row.address === address);
  if (extra) {
    const message = extra.verifiedAt
      ? 'This address is already on your account and verified.'
      : 'This address is already on your account, waiting for its link. Send the link again instead.';
    return new AppError('email:already_added', message, field(message));
  }
  if (account.extras.length >= MAX_EXTRA_ADDRESSES) {
    const message = `You can add up to ${MAX_EXTRA_ADDRESSES} addresses besides your sign-in address. Remove one you no longer use first.`;
    return new AppError('email:limit_reached', message, field(message));
  }
  return null;
}

/** Why `address` cannot become the sign-in address, or null (null also when it already is). */
export function refuseMakingPrimary(account: AccountAddresses, address: string): AppError | null {
  if (account.primary.address === address) return null;
  const extra = account.extras.find((row) => row.address === address);
  if (!extra) return new AppError('not_found', 'This address is not on your account. Reload the page to see your addresses.');
  if (!extra.verifiedAt)
    return new AppError('email:not_verified', 'Verify this address first: follow the link we emailed to it (or send it again), then make it primary.');
  return null;
}

/** Why `address` cannot be removed, or null: never the sign-in address, never the last verified one. */
export function refuseRemoving(account: AccountAddresses, address: string): AppError | null {
  if (account.primary.address === address)
    return new AppError('email:cannot_remove', 'This is your sign-in address, so it cannot be removed. Make another verified address primary first.');
  const extra = account.extras.find((row) => row.address === address);
  if (!extra) return new AppError('not_found', 'This address is not on your account. Reload the page to see your addresses.');
  const otherVerified = (account.primary.verifiedAt ? 1 : 0) + account.extras.filter((row) => row !== extra && row.verifiedAt).length;
  if (extra.verifiedAt && otherVerified === 0)
    return new AppError(
      'email:cannot_remove',
      'This is your only verified address: without it, no badge could be confirmed as yours. Verify another address first.',
    );
  return null;
}

/**
 * An address as a path segment names it (`/api/v1/me/emails/ada%40example.org`). Next.js hands over path segments
 * still percent-encoded in some versions and decoded in others; decoding once more is safe, since `%` cannot appear
 * in an address the email rule accepts. Anything that is not an address names nothing.
 */
export function addressFromPath(segment: string): string | null {
  let text = segment;
  if (text.includes('%')) {
    try {
      text = decodeURIComponent(text);
    } catch {
      return null;
    }
  }
  const parsed = emailSchema.safeParse(text);
  return parsed.success ? parsed.data : null;
}
