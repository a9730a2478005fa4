/** Delimited text: RFC 4180 CSV, and tab-separated lines as GDELT writes them. */

/** One CSV field: quoted when it holds the separator, a quote or a line break; quotes doubled. */
export function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  const s = String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** A TSV field: tabs and line breaks, which TSV cannot quote, become spaces. */
export function tsvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  return String(value).replace(/[\t\r\n]+/g, ' ');
}

export function csvLine(values: readonly (string | number | null | undefined)[]): string {
  return values.map(csvField).join(',') + '\r\n';
}

export function tsvLine(values: readonly (string | number | null | undefined)[]): string {
  return values.map(tsvField).join('\t') + '\n';
}
