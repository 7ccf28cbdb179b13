import 'server-only';
import { sql } from 'drizzle-orm';
import type { Database } from '@/server/db/client';
import { seekerIdentities, users } from '@/server/db/schema';
import { env } from '@/server/env';
import { sendMail } from '@/server/notifications/outgoing-mail';
import { hashPassword } from './password';
import type { SignUpInput } from './schemas';
import { sealSignUpLink } from './sign-up-link';

function siteUrl(baseUrl: string, path: string): string {
  return `${baseUrl.replace(/\/$/, '')}${path}`;
}

/**
 * Answers a sign-up the same way whether or not the address already has an account, so the form cannot be used
 * to find out who is on Badgeboard; the mail says which it was. A new address gets a link that creates the
 * account when followed (nothing is stored before); an address with an account gets a note that someone tried,
 * with a link to sign in. Both paths hash the password, look the address up and write one mail, so neither is
 * noticeably faster.
 */
export async function requestSignUp(db: Database, input: SignUpInput, options: { baseUrl: string; now?: Date }): Promise<{ email: string }> {
  const { password, ...details } = input;
  const passwordHash = await hashPassword(password);
  // An address someone proved as one of their added addresses is theirs as much as a sign-in address.
  const [existing] = await db
    .select({ id: users.id, name: users.name, email: users.email })
    .from(users)
    .where(
      sql`lower(${users.email}) = ${input.email} or ${users.id} in (select ${seekerIdentities.userId} from ${seekerIdentities} where ${seekerIdentities.type} = 'email' and ${seekerIdentities.value} = ${input.email} and ${seekerIdentities.verifiedAt} is not null)`,
    )
    .limit(1);

  if (existing) {
    await sendMail(db, {
      userId: existing.id,
      to: input.email,
      subject: 'Someone tried to create a Badgeboard account with your address',
      body:
        `Hello ${existing.name},\n\n` +
        `Someone, perhaps you, tried to create a new Badgeboard account with ${input.email}. ` +
        'You already have an account with this address, so nothing was created and your account is unchanged.\n\n' +
        `To use your account, sign in:\n\n${siteUrl(options.baseUrl, `/sign-in?email=${encodeURIComponent(existing.email)}`)}\n\n` +
        'If this was not you, you can ignore this message.',
    });
  } else {
    const token = await sealSignUpLink({ ...details, passwordHash }, env().NEXTAUTH_SECRET, options.now);
    await sendMail(db, {
      userId: null,
      to: input.email,
      subject: 'Finish creating your Badgeboard account',
      body:
        // Nothing typed into the form is repeated here: the mail goes to whatever address was entered, so it must not
        // carry a stranger's words to it.
        'Hello,\n\n' +
        `Follow this link to confirm that ${input.email} is your address and finish creating your Badgeboard account:\n\n` +
        `${siteUrl(options.baseUrl, `/sign-up/confirm?token=${token}`)}\n\n` +
        'The link works for 48 hours. If you did not sign up, ignore this message: no account is created unless the link is followed.',
    });
  }
  return { email: input.email };
}
