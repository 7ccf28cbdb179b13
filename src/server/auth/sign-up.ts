import 'server-only';
import { AppError } from '@/server/errors';
import type { Database } from '@/server/db/client';
import { cvs, memberships, organisations, users } from '@/server/db/schema';
import { enqueueSearchSync } from '@/server/search/sync/outbox';
import { hashPassword } from './password';
import type { SignUpInput } from './schemas';

function slugify(name: string): string {
  const base =
    name
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 48) || 'organisation';
  return `${base}-${Math.random().toString(36).slice(2, 7)}`;
}

function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: string; cause?: { code?: string } };
  return e?.code === '23505' || e?.cause?.code === '23505';
}

export type NewAccount = Omit<SignUpInput, 'password'> & { passwordHash: string };

/**
 * Creates the account, and a CV (seeker) or an organisation with its first member (employer), in one transaction.
 * People sign up through `requestSignUp` (a mailed link, then `completeSignUp`); demo data and tests create
 * accounts directly with `signUp`. Throws `auth:email_taken` when the address has an account.
 */
export async function createAccount(db: Database, input: NewAccount, options: { emailVerifiedAt?: Date } = {}): Promise<{ userId: string }> {
  const { passwordHash } = input;
  try {
    return await db.transaction(async (tx) => {
      const [user] = await tx
        .insert(users)
        .values({ email: input.email, name: input.name, passwordHash, emailVerifiedAt: options.emailVerifiedAt ?? null })
        .returning({ id: users.id });
      if (!user) throw new Error('insert returned no row');
      if (input.accountType === 'seeker') {
        const [cv] = await tx.insert(cvs).values({ userId: user.id }).returning({ id: cvs.id });
        await enqueueSearchSync(tx, 'candidate', [cv!.id]);
      } else {
        const name = input.organisationName!;
        const [org] = await tx
          .insert(organisations)
          .values({ name, slug: slugify(name) })
          .returning({ id: organisations.id });
        await tx.insert(memberships).values({ userId: user.id, orgId: org!.id, role: 'owner' });
      }
      return { userId: user.id };
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new AppError('auth:email_taken', 'An account with this email already exists. Sign in instead, or use another address.', {
        fields: { email: ['An account with this email already exists.'] },
      });
    }
    throw error;
  }
}

/** Creates an account at once from a password (demo data, tests). */
export async function signUp(db: Database, input: SignUpInput): Promise<{ userId: string }> {
  const { password, ...rest } = input;
  return createAccount(db, { ...rest, passwordHash: await hashPassword(password) });
}
