import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { memoryIssuerRegistry, type IssuerRegistry } from '@/server/issuers/issuer-registry';
import { setPreloadedDocuments } from '@/server/net/safe-fetch';
import { decodeCredentials } from './parse/decode-credential';
import { readBadgeInput, type BadgeInput } from './parse/read-badge-input';
import { didWebUrl } from './verify/did-resolver';
import { verifyCredential, type Verification } from './verify/verify-credential';

/**
 * Loads a folder of JSON documents to answer fetches offline. Each file is keyed by its `id`
 * (issuer profiles, status lists, hosted assertions, DID documents — a did:web id maps to its did.json URL);
 * a `manifest.json` of `{ "<url>": "<file>" }` can name any others.
 */
export function preloadFolder(folder: string): string[] {
  const documents = new Map<string, { contentType: string; body: Buffer }>();
  const add = (url: string, file: string) => documents.set(url, { contentType: 'application/json', body: readFileSync(file) });
  for (const name of readdirSync(folder)) {
    const file = path.join(folder, name);
    if (!name.endsWith('.json') || !statSync(file).isFile()) continue;
    const value = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    if (name === 'manifest.json') {
      for (const [url, target] of Object.entries(value)) add(url, path.join(folder, String(target)));
    } else if (typeof value.id === 'string') {
      add(value.id.startsWith('did:web:') ? didWebUrl(value.id) : value.id, file);
    }
  }
  setPreloadedDocuments(documents);
  return [...documents.keys()];
}

/** The CLI's input: a file path (baked PNG/SVG, JSON, JWT text) or a URL. */
export function cliInput(target: string): BadgeInput {
  if (/^https?:\/\//i.test(target)) return { kind: 'text', text: target };
  if (!existsSync(target)) throw new Error(`No file at ${target}. Give a badge file (PNG, SVG, JSON) or a URL.`);
  return { kind: 'file', filename: path.basename(target), bytes: readFileSync(target) };
}

export type SupportOptions = { recipients: string[]; registry?: IssuerRegistry; now?: Date };

/**
 * Verifies for support staff. Without recipients the recipient check is skipped (it does not decide the state);
 * with them (emails or DIDs), a credential about someone else fails.
 */
export async function verifyForSupport(input: BadgeInput, options: SupportOptions): Promise<Verification[]> {
  const decoded = await decodeCredentials(readBadgeInput(input));
  const seeker = options.recipients.length
    ? { verifiedEmails: options.recipients.filter((r) => !r.startsWith('did:')), unverifiedEmails: [], dids: options.recipients.filter((r) => r.startsWith('did:')) }
    : null;
  const registry = options.registry ?? memoryIssuerRegistry([]);
  const now = options.now ?? new Date();
  return Promise.all(decoded.map((credential) => verifyCredential(credential, { seeker, registry, now })));
}
