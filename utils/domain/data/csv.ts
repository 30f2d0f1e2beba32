/** A value a CSV cell can hold; null and undefined become an empty cell. */
export type CsvValue = string | number | boolean | null | undefined;

/** Line ending RFC 4180 prescribes. */
export const CSV_NEWLINE = '\r\n';

/**
 * First characters that make spreadsheet apps treat a cell as a formula (OWASP "CSV injection"),
 * including the tab and carriage return that some apps strip before looking.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One cell: text that could start a formula gets a leading apostrophe, so a note such as
 * `=HYPERLINK(...)` stays text; then the cell is quoted when it holds a comma, quote or line break.
 */
export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value !== 'string') return String(value);
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One row of cells, comma-separated, without the line ending. */
export function csvRow(values: readonly CsvValue[]): string {
  return values.map(csvCell).join(',');
}

/** A whole table: the header row, then one row per record, each line ending in CRLF. */
export function csvTable<T>(
  columns: ReadonlyArray<readonly [string, (row: T) => CsvValue]>,
  rows: readonly T[],
): string {
  const lines = [csvRow(columns.map(([name]) => name))];
  for (const row of rows) lines.push(csvRow(columns.map(([, cell]) => cell(row))));
  return lines.join(CSV_NEWLINE) + CSV_NEWLINE;
}
