import 'server-only';
import { randomBytes } from 'node:crypto';
import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** Reads `.env.local`; writes a fresh NEXTAUTH_SECRET there when there is none. Returns the secret and whether it was created. */
export function ensureLocalSecret(root: string): { secret: string; created: boolean } {
  if (process.env.NEXTAUTH_SECRET) return { secret: process.env.NEXTAUTH_SECRET, created: false };
  const file = path.join(root, '.env.local');
  const current = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const match = /^NEXTAUTH_SECRET=(.+)$/m.exec(current);
  if (match?.[1]) return { secret: match[1].trim(), created: false };
  const secret = randomBytes(32).toString('base64url');
  appendFileSync(file, `${current && !current.endsWith('\n') ? '\n' : ''}# Written by npm start for local use only.\nNEXTAUTH_SECRET=${secret}\n`, {
    mode: 0o600,
  });
  return { secret, created: true };
}
