import 'server-only';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CsvError, parse } from 'csv-parse/sync';
import { AppError } from '@/server/errors';

export type CsvRow = { line: number; values: Record<string, string> };

/**
 * Reads a CSV with a header row (quoted fields may hold line breaks). A malformed file — an unclosed
 * quote, a row with the wrong number of fields (a truncated download) — is refused with its line number.
 * `allowShortRows` is for files whose rows omit trailing empty fields (ESCO's skillsHierarchy).
 */
export function readCsv(file: string, requiredColumns: string[], options: { allowShortRows?: boolean } = {}): CsvRow[] {
  const name = path.basename(file);
  let records: { record: Record<string, string>; info: { lines: number } }[];
  try {
    records = parse(readFileSync(file), {
      columns: true,
      bom: true,
      skip_empty_lines: true,
      info: true,
      trim: false,
      relax_column_count_less: options.allowShortRows ?? false,
    });
  } catch (error) {
    if (error instanceof CsvError) {
      const line = (error as CsvError & { lines?: number }).lines;
      throw new AppError(
        'input:invalid',
        `${name}, line ${line ?? '?'}: ${error.message.replace(/^[A-Za-z_ ]+: /, '')}. The file looks damaged or truncated; download it again.`,
        { file: name, line },
      );
    }
    throw error;
  }
  const header = records[0] ? Object.keys(records[0].record) : [];
  const missing = requiredColumns.filter((column) => !header.includes(column));
  if (records.length > 0 && missing.length) {
    throw new AppError(
      'input:invalid',
      `${name}, line 1: the header lacks ${missing.map((m) => `"${m}"`).join(', ')}. Is this the right ESCO file (CSV, English)?`,
      { file: name, line: 1 },
    );
  }
  return records.map(({ record, info }) => ({ line: info.lines, values: record }));
}

/** ESCO list fields separate values with " | " or line breaks. */
export function splitList(value: string | undefined): string[] {
  if (!value) return [];
  return value
    .split(/\s*\|\s*|\r?\n/)
    .map((item) => item.trim())
    .filter(Boolean);
}
