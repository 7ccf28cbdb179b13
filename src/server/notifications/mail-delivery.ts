import 'server-only';
import { sql } from 'drizzle-orm';
import nodemailer from 'nodemailer';
import { queryRows, type Database } from '@/server/db/client';
import { env } from '@/server/env';

/** What delivery needs of a mail server: nodemailer's transport, or a test's own. */
export type MailTransport = { sendMail(message: { from: string; to: string; subject: string; text: string; html?: string }): Promise<unknown> };

/** Tries per message before giving up, and the wait after each failure: 1, 2, 4 … 64 minutes. */
export const MAX_ATTEMPTS = 8;
const retryDelayMs = (attempts: number) => 60_000 * 2 ** Math.min(attempts - 1, 6);
/** Mail queued longer ago than this is not sent any more (a link in it has expired, or SMTP was configured only later). */
const MAX_AGE_MS = 24 * 3600_000;

/** The configured server (SMTP_URL, e.g. smtp://user:pass@smtp.example.org:587), or null: mail then stays in the outbox. */
export function configuredTransport(): MailTransport | null {
  const url = env().SMTP_URL;
  return url ? nodemailer.createTransport(url) : null;
}

type DueRow = { id: string; to: string; subject: string; body: string; html: string | null; attempts: number };

/**
 * Sends the mail that is due, a batch at a time. Rows are claimed with SKIP LOCKED (any number of workers may run this)
 * and each is settled on its own: a refused address waits and is retried, the others go out; after MAX_ATTEMPTS, or
 * when a message is a day old, it is given up with its last error kept for the operator.
 */
export async function deliverDueMail(
  db: Database,
  transport: MailTransport,
  options: { batch?: number; now?: Date; from?: string } = {},
): Promise<{ sent: number; failed: number }> {
  const now = options.now ?? new Date();
  const from = options.from ?? env().MAIL_FROM;
  return db.transaction(async (tx) => {
    const due = await queryRows<DueRow>(
      tx,
      sql`select id, "to", subject, body, html, attempts from outgoing_mail
          where sent_at is null and next_attempt_at <= ${now} and attempts < ${MAX_ATTEMPTS}
            and created_at > ${new Date(now.getTime() - MAX_AGE_MS)}
          order by next_attempt_at limit ${options.batch ?? 50} for update skip locked`,
    );
    let sent = 0;
    let failed = 0;
    for (const row of due) {
      try {
        await transport.sendMail({ from, to: row.to, subject: row.subject, text: row.body, html: row.html ?? undefined });
        await tx.execute(sql`update outgoing_mail set sent_at = ${now}, attempts = attempts + 1, last_error = null where id = ${row.id}`);
        sent += 1;
      } catch (error) {
        const attempts = row.attempts + 1;
        const message = (error instanceof Error ? error.message : String(error)).slice(0, 1000);
        await tx.execute(
          sql`update outgoing_mail set attempts = ${attempts}, next_attempt_at = ${new Date(now.getTime() + retryDelayMs(attempts))}, last_error = ${message} where id = ${row.id}`,
        );
        failed += 1;
      }
    }
    return { sent, failed };
  });
}

/** The delivery loop of a worker or the app: every few seconds while SMTP_URL is set; returns a stop. */
export function startMailDelivery(getDb: () => Promise<Database>, options: { intervalMs?: number; unref?: boolean } = {}): () => Promise<void> {
  const transport = configuredTransport();
  if (!transport) return async () => undefined;
  let stopped = false;
  let running: Promise<unknown> = Promise.resolve();
  const tick = async () => {
    try {
      const { sent, failed } = await deliverDueMail(await getDb(), transport);
      if (sent || failed) console.info(`[mail] sent ${sent}, failed ${failed} (retried later)`);
    } catch (error) {
      console.error('[mail] delivery cycle failed', error);
    }
  };
  const timer = setInterval(() => {
    if (!stopped) running = tick();
  }, options.intervalMs ?? 5_000);
  if (options.unref) timer.unref();
  return async () => {
    stopped = true;
    clearInterval(timer);
    await running;
  };
}
