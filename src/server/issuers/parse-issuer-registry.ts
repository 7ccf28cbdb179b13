import 'server-only';
import { z } from 'zod';
import { issuerDomainSchema, knownIssuerEntrySchema, type KnownIssuerEntry } from './known-issuer-file';

export type IssuerRegistryFormat = 'badgeboard' | 'dcc-legacy' | 'oidf';

export type ParsedIssuerRegistry = {
  format: IssuerRegistryFormat | null;
  issuers: KnownIssuerEntry[];
  /** One sentence per bad entry, naming where it is. A file with problems is not imported at all. */
  problems: string[];
};

const record = z.record(z.string(), z.unknown());

/** DCC legacy registry: `{ meta, registry: { "<did>": { name, url, location } } }` (older copies say `entries`). */
const dccEntrySchema = z.object({ name: z.unknown(), url: z.unknown().optional(), location: z.unknown().optional() }).loose();

/** An OpenID Federation entity statement (decoded): `sub` is the issuer's DID, its metadata names it. */
const oidfStatementSchema = z
  .object({
    sub: z.string(),
    metadata: z
      .object({
        federation_entity: z.object({ organization_name: z.string().optional(), homepage_uri: z.string().optional() }).loose().optional(),
        institution_additional_information: z.object({ legal_name: z.string().optional() }).loose().optional(),
      })
      .loose(),
  })
  .loose();

const describe = (error: z.ZodError) => error.issues.map((issue) => `${issue.path.length ? `${issue.path.join('.')}: ` : ''}${issue.message}`).join(' ');

/** The host of a homepage, as a domain the issuer owns (none when it is not a usable https or http URL). */
function homepageDomain(url: unknown): string[] {
  if (typeof url !== 'string' || !/^https?:\/\//i.test(url)) return [];
  try {
    const parsed = issuerDomainSchema.safeParse(new URL(url).hostname);
    return parsed.success ? [parsed.data] : [];
  } catch {
    return [];
  }
}

function collect(candidates: { where: string; value: unknown }[], format: IssuerRegistryFormat): ParsedIssuerRegistry {
  const issuers: KnownIssuerEntry[] = [];
  const problems: string[] = [];
  const seen = new Map<string, string>();
  for (const { where, value } of candidates) {
    const parsed = knownIssuerEntrySchema.safeParse(value);
    if (!parsed.success) {
      problems.push(`${where}: ${describe(parsed.error)}`);
      continue;
    }
    const earlier = seen.get(parsed.data.id);
    if (earlier) {
      problems.push(`${where}: the id ${parsed.data.id} is listed twice (also ${earlier}).`);
      continue;
    }
    seen.set(parsed.data.id, where);
    issuers.push(parsed.data);
  }
  if (candidates.length === 0) problems.push('The file lists no issuers.');
  return { format, issuers, problems };
}

const dccCandidates = (entries: Record<string, unknown>) =>
  Object.entries(entries).map(([id, value]) => {
    const entry = dccEntrySchema.safeParse(value);
    const where = `Registry entry "${id}"`;
    if (!entry.success) return { where, value: { id, name: undefined } };
    return { where, value: { id, name: entry.data.name, domains: homepageDomain(entry.data.url) } };
  });

const oidfCandidates = (statements: unknown[]) =>
  statements.map((value, index) => {
    const statement = oidfStatementSchema.safeParse(value);
    const where = `Entity statement ${index + 1}${statement.success ? ` ("${statement.data.sub}")` : ''}`;
    if (!statement.success) return { where, value: { id: undefined, name: undefined } };
    const { federation_entity: entity, institution_additional_information: institution } = statement.data.metadata;
    return {
      where,
      value: { id: statement.data.sub, name: entity?.organization_name ?? institution?.legal_name, domains: homepageDomain(entity?.homepage_uri) },
    };
  });

const isStatement = (value: unknown) => oidfStatementSchema.safeParse(value).success;

/**
 * Reads a known-issuer file in one of the shapes an admin can import: our own `[{ id, name, domains }]`, the
 * Digital Credentials Consortium's legacy issuer registry, or OpenID Federation entity statements (one, or a
 * list). Every entry is validated with the same schema; bad ones are listed with where they are.
 */
export function parseIssuerRegistry(text: string): ParsedIssuerRegistry {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { format: null, issuers: [], problems: [`The file is not JSON (${(error as Error).message}). Export the registry as JSON and try again.`] };
  }
  if (Array.isArray(json)) {
    if (json.length > 0 && json.every(isStatement)) return collect(oidfCandidates(json), 'oidf');
    return collect(
      json.map((value, index) => ({
        where: `Entry ${index + 1}${typeof (value as { id?: unknown })?.id === 'string' ? ` ("${(value as { id: string }).id}")` : ''}`,
        value,
      })),
      'badgeboard',
    );
  }
  const object = record.safeParse(json);
  if (object.success) {
    const entries = object.data.registry ?? object.data.entries;
    if (entries !== undefined) {
      const parsed = record.safeParse(entries);
      if (!parsed.success) return { format: 'dcc-legacy', issuers: [], problems: ['The "registry" property must be an object of issuers keyed by their DID.'] };
      return collect(dccCandidates(parsed.data), 'dcc-legacy');
    }
    if (isStatement(json)) return collect(oidfCandidates([json]), 'oidf');
  }
  return {
    format: null,
    issuers: [],
    problems: [
      'This file is not in a shape Badgeboard imports: a list [{ "id", "name", "domains" }], a Digital Credentials Consortium registry { "meta", "registry": { "<did>": { "name", "url" } } }, or OpenID Federation entity statements.',
    ],
  };
}
