import 'server-only';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { verificationLevel } from '@/lib/verification/model';
import type { IssuerRegistry } from '@/server/issuers/issuer-registry';
import { verifyForSupport } from '../../verify-file';
import type { Verification } from '../verify-credential';
import type { Expectation } from './dcc-expected-verdict';

/** What the verifier made of one file: its report, or why it refused the input. */
export type CorpusOutcome = { verification: Verification } | { refused: string };

export type CorpusRow = { file: string; expected: Expectation; actual: string; matches: boolean };

/** Every credential file below `folder` (JSON and the baked PNG/SVG twins), relative to it, sorted. */
export function corpusFiles(folder: string): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const file = path.join(dir, name);
      return statSync(file).isDirectory() ? walk(file) : /\.(json|png|svg)$/.test(name) ? [path.relative(folder, file)] : [];
    });
  return walk(folder).sort();
}

export async function verifyCorpusFile(file: string, options: { now: Date; registry?: IssuerRegistry }): Promise<CorpusOutcome> {
  try {
    const [verification, ...more] = await verifyForSupport(
      { kind: 'file', filename: path.basename(file), bytes: readFileSync(file) },
      { recipients: [], ...options },
    );
    if (!verification || more.length) return { refused: `expected one credential, got ${more.length + (verification ? 1 : 0)}` };
    return { verification };
  } catch (error) {
    return { refused: `${(error as { code?: string }).code ?? 'error'}: ${(error as Error).message}` };
  }
}

/** One line for a table: state · level, then every check that did not pass, with its code. */
export function describeOutcome(outcome: CorpusOutcome): string {
  if ('refused' in outcome) return `refused (${outcome.refused.slice(0, 160)})`;
  const { report } = outcome.verification;
  const level = verificationLevel(report);
  const problems = report.checks.filter((c) => c.status === 'failed' || (c.status === 'skipped' && c.check !== 'recipient' && c.code !== 'not_applicable'));
  const detail = problems.map((c) => `${c.check}:${c.status}:${c.code}${c.params.detail ? ` (${String(c.params.detail).slice(0, 120)})` : ''}`).join(', ');
  return `${report.state}${level ? ` · ${level}` : ''}${detail ? ` — ${detail}` : ''}`;
}

export function outcomeMatches(expected: Expectation, outcome: CorpusOutcome): boolean {
  if ('refused' in outcome) return expected.outcome === 'refused' || expected.outcome === 'not_open_badge';
  const { report } = outcome.verification;
  const failed = (check: string, code?: string) => report.checks.some((c) => c.check === check && c.status === 'failed' && (!code || c.code === code));
  switch (expected.outcome) {
    case 'verified':
      return report.state === 'verified' && verificationLevel(report) === 'unknown_issuer';
    case 'revoked':
      return report.state === 'revoked' && failed('status', 'revoked');
    case 'expired':
      return report.state === 'expired' && failed('validity', 'expired');
    case 'failed':
      return report.state === 'failed' && failed(expected.check, expected.code);
    case 'not_open_badge':
      return report.state === 'failed' && failed('format');
    case 'refused':
      return false;
  }
}

/** A markdown table of rows (for the conformance note and the test's failure message). */
export function corpusTable(rows: CorpusRow[]): string {
  const lines = rows.map(
    (row) =>
      `| ${row.file} | ${row.expected.outcome}${'check' in row.expected ? ` (${row.expected.check}${row.expected.code ? `:${row.expected.code}` : ''})` : ''} | ${row.actual.replaceAll('|', '\\|')} |`,
  );
  return ['| file | expected | actual |', '|---|---|---|', ...lines].join('\n');
}
