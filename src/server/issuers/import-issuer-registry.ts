import 'server-only';
import { inArray } from 'drizzle-orm';
import type { Database } from '@/server/db/client';
import { knownIssuers } from '@/server/db/schema';
import { AppError } from '@/server/errors';
import { addKnownIssuer } from './change-known-issuers';
import { parseIssuerRegistry, type IssuerRegistryFormat } from './parse-issuer-registry';

export type RegistryImport = { format: IssuerRegistryFormat; added: number; updated: number; kept: number; affected: string[] };

/**
 * Imports a registry file into the known-issuer registry, all or nothing: a file with any bad entry is refused
 * with the list of problems. Issuers already known from an organisation or an admin keep their entry (a
 * registry file does not overrule them); ones imported from a registry before are updated.
 */
export async function importIssuerRegistry(db: Database, file: { name: string; text: string }): Promise<RegistryImport> {
  const parsed = parseIssuerRegistry(file.text);
  if (parsed.problems.length || !parsed.format) {
    throw new AppError(
      'input:invalid',
      `${file.name} was not imported: ${parsed.problems.length} ${parsed.problems.length === 1 ? 'problem' : 'problems'}. Fix them and import it again.`,
      {
        fields: { file: parsed.problems.slice(0, 50) },
      },
    );
  }
  const existing = new Map(
    (
      await db
        .select({ issuerId: knownIssuers.issuerId, source: knownIssuers.source })
        .from(knownIssuers)
        .where(
          inArray(
            knownIssuers.issuerId,
            parsed.issuers.map((issuer) => issuer.id),
          ),
        )
    ).map((row) => [row.issuerId, row.source]),
  );
  const affected = new Set<string>();
  let added = 0;
  let updated = 0;
  let kept = 0;
  for (const issuer of parsed.issuers) {
    const source = existing.get(issuer.id);
    if (source && source !== 'registry') {
      kept++;
      continue;
    }
    const result = await addKnownIssuer(db, { issuerId: issuer.id, name: issuer.name, domains: issuer.domains, source: 'registry', sourceDetail: file.name });
    for (const id of result.affected) affected.add(id);
    if (source) updated++;
    else added++;
  }
  return { format: parsed.format, added, updated, kept, affected: [...affected] };
}
