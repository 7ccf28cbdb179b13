import 'server-only';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { presentReport, type PresentedReport } from '@/lib/verification/present';
import { AppError } from '@/server/errors';
import { memoryIssuerRegistry, type IssuerRegistry } from '@/server/issuers/issuer-registry';
import { parseIssuerRegistry } from '@/server/issuers/parse-issuer-registry';
import { setPreloadedDocuments } from '@/server/net/safe-fetch';
import { decodeCredentials } from './parse/decode-credential';
import { readBadgeInput, type BadgeInput } from './parse/read-badge-input';
import { didWebUrl } from './verify/did-resolver';
import { checkLearnerRecords } from './verify/verify-clr';
import { verifyCredential, type Verification } from './verify/verify-credential';
import { verifyOtherCredential } from './verify/verify-other-credential';

type Preloaded = Map<string, { contentType: string; body: Buffer }>;

/** Files that map addresses to files: `{ "<url or did:web>": "<path relative to the folder>" }`. */
const URL_MAPS = new Set(['urls.json', 'manifest.json']);

/** A did:web id answers at its did.json URL; anything else is its own address. */
const addressOf = (key: string) => (key.startsWith('did:web:') ? didWebUrl(key) : key);

function readJson(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined; // not a JSON document (an image, an empty file): nothing to preload from it
  }
}

function walk(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const file = path.join(folder, name);
    return statSync(file).isDirectory() ? walk(file) : [file];
  });
}

/** Adds the entries of a URL map file; a named file that is missing is a usage error, said plainly. */
function addUrlMap(documents: Preloaded, mapFile: string): void {
  const map = readJson(mapFile);
  if (!map || typeof map !== 'object' || Array.isArray(map)) throw new AppError('input:invalid', `${mapFile} must be a JSON object of { "<url>": "<file>" }.`);
  for (const [key, target] of Object.entries(map)) {
    const file = path.resolve(path.dirname(mapFile), String(target));
    if (!existsSync(file)) throw new AppError('input:invalid', `${mapFile} maps ${key} to ${target}, which does not exist.`);
    documents.set(addressOf(key), { contentType: 'application/json', body: readFileSync(file) });
  }
}

/**
 * Loads a folder (and its subfolders) to answer every fetch offline: JSON documents whose `id` is an https URL
 * or a did:web (issuer profiles, status lists, hosted assertions, DID documents), and the addresses named in any
 * `urls.json` / `manifest.json` map. From then on a fetch of anything else is answered "not found": nothing
 * reaches the network, so the same folder gives the same verdict on any machine.
 */
export function preloadFolder(folder: string): string[] {
  if (!existsSync(folder) || !statSync(folder).isDirectory()) throw new AppError('input:invalid', `--preload needs a folder; ${folder} is not one.`);
  const documents: Preloaded = new Map();
  const files = walk(folder);
  for (const file of files.filter((f) => !URL_MAPS.has(path.basename(f)) && f.endsWith('.json'))) {
    const id = (readJson(file) as { id?: unknown } | undefined)?.id;
    if (typeof id === 'string' && (/^https?:\/\//i.test(id) || id.startsWith('did:web:'))) {
      documents.set(addressOf(id), { contentType: 'application/json', body: readFileSync(file) });
    }
  }
  // Maps come last: what they name explicitly wins over a guess from a document's id.
  for (const file of files.filter((f) => URL_MAPS.has(path.basename(f)))) addUrlMap(documents, file);
  setPreloadedDocuments(documents, { offline: true });
  return [...documents.keys()];
}

/** The CLI's `--issuers` file (our `[{ id, name, domains }]` or a registry shape the admin page imports), as a registry for that run. */
export function loadKnownIssuers(file: string): IssuerRegistry {
  if (!existsSync(file)) throw new AppError('input:invalid', `No known-issuer file at ${file}.`);
  const { issuers, problems } = parseIssuerRegistry(readFileSync(file, 'utf8'));
  if (problems.length) throw new AppError('input:invalid', `${file} is not a usable known-issuer list: ${problems.join(' ')}`);
  return memoryIssuerRegistry(issuers.map((issuer) => ({ issuerId: issuer.id, name: issuer.name, domains: issuer.domains, source: 'registry' })));
}

/** The CLI's input: a file path (baked PNG/SVG, JSON, JWT text) or a URL. */
export function cliInput(target: string): BadgeInput {
  if (/^https?:\/\//i.test(target)) return { kind: 'text', text: target };
  if (!existsSync(target) || !statSync(target).isFile())
    throw new AppError('input:invalid', `No file at ${target}. Give a badge file (PNG, SVG, JSON, JWT) or a URL.`);
  return { kind: 'file', filename: path.basename(target), bytes: readFileSync(target) };
}

export type SupportOptions = { recipients: string[]; registry?: IssuerRegistry; now?: Date };

/**
 * Verifies for support staff. Without recipients the recipient check is skipped (it does not decide the state);
 * with them (emails or DIDs), a credential about someone else fails.
 */
export async function verifyForSupport(input: BadgeInput, options: SupportOptions): Promise<Verification[]> {
  const decoded = await decodeCredentials(readBadgeInput(input), { otherCredentials: true });
  const seeker = options.recipients.length
    ? {
        verifiedEmails: options.recipients.filter((r) => !r.startsWith('did:')),
        unverifiedEmails: [],
        dids: options.recipients.filter((r) => r.startsWith('did:')),
      }
    : null;
  const registry = options.registry ?? memoryIssuerRegistry([]);
  const now = options.now ?? new Date();
  await checkLearnerRecords(decoded, { registry, now });
  return Promise.all(
    decoded.map((credential) =>
      credential.other ? verifyOtherCredential(credential, { registry, now }) : verifyCredential(credential, { seeker, registry, now }),
    ),
  );
}

export type SupportReport = {
  achievement: { id: string; name: string };
  issuer: { id: string; name: string; known: boolean };
  issuedAt: string | null;
  expiresAt: string | null;
  state: Verification['report']['state'];
  /** Exactly what the API and the badge page show for the same report. */
  report: PresentedReport;
};

/** Dates as the API sends them (ISO 8601 in UTC); an unreadable one as written (the validity check says why). */
const isoDate = (value: string | null) => (value && !Number.isNaN(Date.parse(value)) ? new Date(value).toISOString() : value);

/** A verification as the CLI's `--json` prints it: the API's badge fields and `report` as `presentReport` gives it. */
export function supportReport({ facts, report }: Verification): SupportReport {
  return {
    achievement: { id: facts.achievement.id, name: facts.achievement.name },
    issuer: { id: facts.issuer.id, name: facts.issuer.name, known: report.issuer?.known ?? false },
    issuedAt: isoDate(facts.issuedAt),
    expiresAt: isoDate(facts.expiresAt),
    state: report.state,
    report: presentReport(report, 'owner'),
  };
}
