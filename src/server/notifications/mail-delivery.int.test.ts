// Integration: real PostgreSQL and a real SMTP conversation with a local server (smtp-server), through nodemailer.
import type { AddressInfo } from 'node:net';
import { eq, inArray, sql } from 'drizzle-orm';
import nodemailer from 'nodemailer';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '@/server/db/client';
import { outgoingMail } from '@/server/db/schema';
import { testDatabase, uniqueWord } from '@/server/testing/integration';
import { deliverDueMail, type MailTransport } from './mail-delivery';
import { sendMail } from './outgoing-mail';

let db: Database;
let close: () => Promise<void>;
let server: SMTPServer;
let transport: MailTransport;
const received: { to: string[]; raw: string }[] = [];

beforeAll(async () => {
  ({ db, close } = await testDatabase());
  server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onRcptTo(address, _session, callback) {
      // A mailbox that does not exist: the server refuses it, as real ones do.
      if (address.address.startsWith('bounce-')) return callback(new Error('550 No such user here'));
      callback();
    },
    onData(stream, session, callback) {
      let raw = '';
      stream.on('data', (chunk: Buffer) => (raw += chunk.toString('utf8')));
      stream.on('end', () => {
        received.push({ to: session.envelope.rcptTo.map((r) => r.address), raw });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  transport = nodemailer.createTransport({ host: '127.0.0.1', port, secure: false, ignoreTLS: true });
});
afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await close();
});

/** Delivers until nothing is due: other test files queue mail in the same database, so one batch may not reach ours. */
async function drain(options: { now?: Date; from?: string } = {}) {
  let sent = 0;
  for (let round = 0; round < 50; round++) {
    const result = await deliverDueMail(db, transport, { batch: 500, ...options });
    sent += result.sent;
    if (result.sent + result.failed === 0) break;
  }
  return { sent };
}

const rowsTo = (addresses: string[]) => db.select().from(outgoingMail).where(inArray(outgoingMail.to, addresses));

describe('mail delivery through SMTP', { timeout: 60_000 }, () => {
  it('sends queued mail with its text and HTML parts, retries a refused address later, and never holds up the others', async () => {
    const word = uniqueWord();
    const good = `reader-${word}@example.test`;
    const bad = `bounce-${word}@example.test`;
    await sendMail(db, { userId: null, to: bad, subject: 'First in the queue', body: 'This address does not exist.' });
    await sendMail(db, { userId: null, to: good, subject: `Your application ${word}`, body: 'Hello,\n\nSee https://jobs.example/applications for more.' });

    const { sent } = await drain({ from: 'Badgeboard <no-reply@jobs.example>' });
    expect(sent).toBeGreaterThanOrEqual(1);
    const message = received.find((mail) => mail.to.includes(good))!;
    expect(message.raw).toContain(`Subject: Your application ${word}`);
    expect(message.raw).toContain('Content-Type: text/plain');
    expect(message.raw).toContain('Content-Type: text/html');
    expect(received.some((mail) => mail.to.includes(bad))).toBe(false);

    const rows = await rowsTo([good, bad]);
    const delivered = rows.find((row) => row.to === good)!;
    expect(delivered.sentAt).not.toBeNull();
    const refused = rows.find((row) => row.to === bad)!;
    expect(refused).toMatchObject({ sentAt: null, attempts: 1 });
    expect(refused.lastError).toMatch(/550|No such user/);
    expect(refused.nextAttemptAt.getTime()).toBeGreaterThan(Date.now() + 30_000);

    // Not due yet: a second cycle now leaves it alone; once due, it is tried again.
    await drain();
    expect((await rowsTo([bad]))[0]!.attempts).toBe(1);
    await drain({ now: new Date(Date.now() + 2 * 60_000) });
    expect((await rowsTo([bad]))[0]!.attempts).toBe(2);
  });

  it('does not send mail that waited more than a day (its links have expired)', async () => {
    const stale = `stale-${uniqueWord()}@example.test`;
    await sendMail(db, { userId: null, to: stale, subject: 'Old news', body: 'Too late.' });
    await db
      .update(outgoingMail)
      .set({ createdAt: sql`now() - interval '2 days'`, nextAttemptAt: sql`now() - interval '2 days'` })
      .where(eq(outgoingMail.to, stale));
    await drain();
    expect((await rowsTo([stale]))[0]!.sentAt).toBeNull();
    expect(received.some((mail) => mail.to.includes(stale))).toBe(false);
  });
});
