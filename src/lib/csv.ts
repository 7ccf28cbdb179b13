/**
 * CSV for spreadsheets (RFC 4180): fields quoted when they hold a comma, quote or line break, quotes doubled, rows
 * ended by CRLF. A field that a spreadsheet would read as a formula (starting with =, +, -, @, tab or carriage
 * return) gets a leading apostrophe, so text a candidate typed can never run as a formula on a recruiter's machine.
 */
export function csvField(value: string | number | null | undefined): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  // Quoted also when it holds a semicolon or tab: spreadsheets set to those separators would otherwise split it into
  // cells, and a cell after the split could start with "=".
  return /[",;\t\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A whole document: a header row, then the rows. Starts with a byte-order mark so Excel reads it as UTF-8. */
export function toCsv(header: readonly string[], rows: readonly (readonly (string | number | null | undefined)[])[]): string {
  const lines = [header, ...rows].map((row) => row.map(csvField).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** A file name for Content-Disposition: letters, digits and dashes only, never empty. */
export function csvFileName(...parts: string[]): string {
  const stem = parts
    .join('-')
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase()
    .slice(0, 80);
  return `${stem || 'export'}.csv`;
}
