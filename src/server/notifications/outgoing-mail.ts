import 'server-only';
import { and, desc, eq, isNull } from 'drizzle-orm';
import type { Database, Tx } from '@/server/db/client';
import { outgoingMail } from '@/server/db/schema';
import { env } from '@/server/env';
import { renderMailHtml } from './mail-html';

export type Mail = {
  /** The account it concerns; null for mail to an address with no account yet (a sign-up link). */
  userId: string | null;
  to: string;
  subject: string;
  body: string;
};

/**
 * Queues a message in `outgoing_mail`, the outbox: with SMTP_URL set, `deliverDueMail` hands it to that server (with
 * retries); `/dev/mailbox` shows it in local mode. Queued in the caller's transaction, so mail about something that
 * rolled back is never sent.
 * In local mode the subject is also printed, with the first link in the body, so a developer can follow it.
 */
export async function sendMail(db: Database | Tx, mail: Mail): Promise<void> {
  await db.insert(outgoingMail).values({
    userId: mail.userId,
    to: mail.to.toLowerCase(),
    subject: mail.subject,
    body: mail.body,
    html: renderMailHtml(mail.subject, mail.body),
  });
  if (env().BADGEBOARD_LOCAL_MODE === '1') {
    const link = /https?:\/\/\S+/.exec(mail.body)?.[0];
    console.log(`[mail] to ${mail.to}: ${mail.subject}${link ? ` ${link}` : ''}`);
  }
}

/** The newest mail of an account, or (local mailbox only) to an address, account or not. */
export async function listOutgoingMail(db: Database, recipient: { userId: string } | { to: string }, limit = 50) {
  const where = 'userId' in recipient ? eq(outgoingMail.userId, recipient.userId) : eq(outgoingMail.to, recipient.to.toLowerCase());
  return db.select().from(outgoingMail).where(where).orderBy(desc(outgoingMail.createdAt)).limit(limit);
}

/** Hands mail sent to an address before it had an account (the sign-up link) to the new account. */
export async function claimOutgoingMail(db: Database | Tx, userId: string, to: string): Promise<void> {
  await db
    .update(outgoingMail)
    .set({ userId })
    .where(and(isNull(outgoingMail.userId), eq(outgoingMail.to, to.toLowerCase())));
}
