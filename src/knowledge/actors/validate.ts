/**
 * Validation of the actor data files. Every problem is collected as data
 * ({code, file, line, message}); nothing is thrown per entry, so one run names
 * every bad line. Only callers decide whether to stop.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';

export type ActorDataErrorCode = 'unreadable' | 'bad_header' | 'column_count' | 'bad_value' | 'duplicate';

export interface ActorDataError {
  readonly code: ActorDataErrorCode;
  readonly file: string;
  /** 1-based line number; 0 for the file as a whole. */
  readonly line: number;
  readonly message: string;
}

export interface TsvRow {
  readonly line: number;
  /** Cells in column order; read them by name with the table's `col` map. */
  readonly cells: readonly string[];
}

type Check = (value: string) => string | null;

const DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
/** YYYY-MM-DD naming a real day (arithmetic only: this runs on every dated row). */
function validDate(v: string): boolean {
  if (v.length !== 10 || v.charCodeAt(4) !== 45 || v.charCodeAt(7) !== 45) return false;
  for (const i of [0, 1, 2, 3, 5, 6, 8, 9]) { const c = v.charCodeAt(i); if (c < 48 || c > 57) return false; }
  const y = +v.slice(0, 4), m = +v.slice(5, 7), d = +v.slice(8, 10);
  if (m < 1 || m > 12 || d < 1 || d > DAYS[m - 1]!) return false;
  return m !== 2 || d < 29 || (y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0));
}

export const checks = {
  nonEmpty: (v: string) => (v.trim() ? null : 'is empty'),
  alpha3: (v: string) => (/^[A-Z]{3}$/.test(v) ? null : `"${v}" is not three capital letters`),
  alpha3OrEmpty: (v: string) => (v === '' || /^[A-Z]{3}$/.test(v) ? null : `"${v}" is not three capital letters`),
  actorCode: (v: string) => (/^[A-Z][A-Z0-9]{2,17}$/.test(v) ? null : `"${v}" is not a CAMEO actor code`),
  sectorCode: (v: string) => (/^[A-Z]{3,12}$/.test(v) ? null : `"${v}" is not a CAMEO sector code`),
  dateOrEmpty: (v: string) => (v === '' || validDate(v) ? null : `"${v}" is not a date YYYY-MM-DD`),
  id: (v: string) => (/^[a-z0-9][a-z0-9-]*$/.test(v) ? null : `"${v}" is not an id (a-z, 0-9, -)`),
  oneOf: (...xs: string[]) => (v: string) => (xs.includes(v) ? null : `"${v}" is not one of ${xs.join(', ')}`),
  list: (v: string) => (v !== '' && /(^\||\|$|\|\||^\s|\s$|\s\||\|\s)/.test(v) ? 'has an empty or padded list item' : null),
  any: (_v: string) => null,
} satisfies Record<string, Check | ((...a: string[]) => Check)>;

export interface FileSpec {
  readonly columns: readonly string[];
  readonly checks: Readonly<Record<string, Check>>;
  /** Checks across columns of one row, e.g. start before end; `at` reads a cell by column name. */
  readonly row?: (cells: readonly string[], at: Readonly<Record<string, number>>) => string | null;
  /** Columns whose value must be unique in the file. */
  readonly unique?: readonly string[];
}

const startBeforeEnd = (c: readonly string[], at: Readonly<Record<string, number>>) => {
  const s = c[at.start!]!, e = c[at.end!]!;
  return s && e && s >= e ? `start ${s} is not before end ${e}` : null;
};

const KINDS = ['person', 'igo', 'ngo', 'armed', 'gov', 'military', 'party', 'edu', 'agency', 'international', 'other'];

export const SPECS: Readonly<Record<string, FileSpec>> = {
  'countries.tsv': {
    columns: ['cameo', 'iso3', 'name', 'aliases', 'demonyms', 'capitals', 'places', 'source'],
    checks: { cameo: checks.alpha3, iso3: checks.alpha3, name: checks.nonEmpty, aliases: checks.list, demonyms: checks.list, capitals: checks.list, places: checks.list },
    unique: ['cameo'],
  },
  'people.tsv': {
    columns: ['id', 'name', 'aliases', 'code', 'role', 'start', 'end', 'kind', 'country', 'source'],
    checks: { id: checks.id, aliases: checks.list, code: checks.actorCode, start: checks.dateOrEmpty, end: checks.dateOrEmpty, kind: checks.oneOf('', ...KINDS), country: checks.alpha3OrEmpty },
    row: startBeforeEnd,
  },
  'organisations.tsv': {
    columns: ['id', 'name', 'aliases', 'code', 'role', 'start', 'end', 'kind', 'country', 'source'],
    checks: { id: checks.id, aliases: checks.list, code: checks.actorCode, start: checks.dateOrEmpty, end: checks.dateOrEmpty, kind: checks.oneOf('', ...KINDS), country: checks.alpha3OrEmpty },
    row: startBeforeEnd,
  },
  'agents.tsv': {
    columns: ['phrase', 'code', 'position', 'source'],
    checks: { phrase: checks.nonEmpty, code: checks.sectorCode, position: checks.oneOf('suffix', 'prefix') },
    unique: ['phrase'],
  },
  'given-names.tsv': {
    columns: ['name', 'gender'],
    checks: { name: checks.nonEmpty, gender: checks.oneOf('f', 'm') },
    unique: ['name'],
  },
  'given-names-us.tsv': {
    columns: ['name', 'gender', 'births'],
    checks: { name: checks.nonEmpty, gender: checks.oneOf('f', 'm') },
    unique: ['name'],
  },
  'hand/given-names.tsv': {
    columns: ['name', 'gender'],
    checks: { name: checks.nonEmpty, gender: checks.oneOf('f', 'm') },
    unique: ['name'],
  },
  'hand/countries.tsv': {
    columns: ['cameo', 'iso3', 'cow', 'name', 'aliases', 'demonyms', 'capitals', 'places'],
    checks: { cameo: checks.alpha3, iso3: checks.alpha3, cow: checks.list, name: checks.nonEmpty, aliases: checks.list, demonyms: checks.list, capitals: checks.list, places: checks.list },
    unique: ['cameo', 'iso3'],
  },
  'hand/people.tsv': {
    columns: ['name', 'aliases', 'code', 'role', 'start', 'end'],
    checks: { name: checks.nonEmpty, aliases: checks.list, code: checks.actorCode, role: checks.nonEmpty, start: checks.dateOrEmpty, end: checks.dateOrEmpty },
    row: startBeforeEnd,
  },
  'hand/organisations.tsv': {
    columns: ['code', 'name', 'aliases', 'kind', 'country'],
    checks: { code: checks.actorCode, name: checks.nonEmpty, aliases: checks.list, kind: checks.oneOf(...KINDS), country: checks.alpha3OrEmpty },
  },
  'ethnic-groups.tsv': {
    columns: ['code', 'name', 'forms', 'countries', 'source'],
    checks: { code: checks.alpha3, name: checks.nonEmpty, forms: checks.list, countries: checks.list },
    unique: ['code'],
  },
  'hand/ethnic-groups.tsv': {
    columns: ['code', 'name', 'forms', 'countries'],
    checks: { code: checks.alpha3, name: checks.nonEmpty, forms: checks.list, countries: checks.list },
    unique: ['code'],
  },
  'hand/agents.tsv': {
    columns: ['phrase', 'code', 'position', 'plural'],
    checks: { phrase: checks.nonEmpty, code: checks.sectorCode, position: checks.oneOf('suffix', 'prefix'), plural: checks.list },
    unique: ['phrase'],
  },
};

/**
 * The spec of a data file by its path under data/actors: the hand files split by category
 * (`hand/people-ministers.tsv`, `hand/organisations-armed.tsv`) share their family's spec.
 */
export function specOf(file: string): FileSpec | undefined {
  const exact = SPECS[file];
  if (exact) return exact;
  const family = /^hand\/(people|organisations)-[a-z0-9-]+\.tsv$/.exec(file);
  return family ? SPECS[`hand/${family[1]}.tsv`] : undefined;
}

/**
 * Parse and check one TSV file: `#` comment lines, one header line, then one
 * entry per line. Returns the good rows and every error found.
 */
export interface TsvTable {
  readonly rows: TsvRow[];
  /** Column name → index into each row's cells. */
  readonly col: Readonly<Record<string, number>>;
  readonly errors: ActorDataError[];
}

export function readTsvFile(path: string, spec: FileSpec, label = basename(path)): TsvTable {
  const errors: ActorDataError[] = [];
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    return { rows: [], col: columnIndex(spec), errors: [{ code: 'unreadable', file: label, line: 0, message: (e as Error).message }] };
  }
  return parseTsv(text, spec, label, errors);
}

function columnIndex(spec: FileSpec): Record<string, number> {
  const col: Record<string, number> = {};
  spec.columns.forEach((c, i) => (col[c] = i));
  return col;
}

export function parseTsv(text: string, spec: FileSpec, label: string, errors: ActorDataError[] = []): TsvTable {
  const col = columnIndex(spec);
  const rows: TsvRow[] = [];
  const lines = text.split('\n');
  let header: string[] | null = null;
  const seen = new Map<string, Map<string, number>>();
  for (const u of spec.unique ?? []) seen.set(u, new Map());
  const checkList = Object.entries(spec.checks).map(([c, f]) => [c, spec.columns.indexOf(c), f] as const);
  const uniqueList = (spec.unique ?? []).map((u) => [u, spec.columns.indexOf(u)] as const);
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!.replace(/\r$/, '');
    if (raw === '' || raw.startsWith('#')) continue;
    const line = i + 1;
    const cells = raw.split('\t');
    if (!header) {
      header = cells;
      const want = spec.columns.join(', ');
      if (cells.join(', ') !== want) {
        errors.push({ code: 'bad_header', file: label, line, message: `header is "${cells.join(', ')}", expected "${want}"` });
        return { rows, col, errors };
      }
      continue;
    }
    if (cells.length !== header.length) {
      errors.push({ code: 'column_count', file: label, line, message: `${cells.length} columns, expected ${header.length}` });
      continue;
    }
    let ok = true;
    for (const [col, j, check] of checkList) {
      const msg = check(cells[j] ?? '');
      if (msg) { errors.push({ code: 'bad_value', file: label, line, message: `${col}: ${msg}` }); ok = false; }
    }
    const rowMsg = spec.row?.(cells, col);
    if (rowMsg) { errors.push({ code: 'bad_value', file: label, line, message: rowMsg }); ok = false; }
    for (const [u, j] of uniqueList) {
      const m = seen.get(u)!;
      const prev = m.get(cells[j]!);
      if (prev !== undefined) { errors.push({ code: 'duplicate', file: label, line, message: `${u} "${cells[j]}" already on line ${prev}` }); ok = false; }
      else m.set(cells[j]!, line);
    }
    if (ok) rows.push({ line, cells });
  }
  if (!header) errors.push({ code: 'bad_header', file: label, line: 0, message: 'no header line' });
  return { rows, col, errors };
}

export function formatActorDataError(e: ActorDataError): string {
  return `${e.file}:${e.line}: ${e.message}`;
}
