/**
 * CAMEO code table (name, Goldstein score, quad class) and the CAMEO → PLOVER 0.8 map,
 * loaded from data/cameo/*.tsv and checked row by row (file and line of any bad row).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface CameoCode {
  readonly code: string;
  readonly name: string;
  readonly goldstein: number;
  readonly quadClass: 1 | 2 | 3 | 4;
}

export interface PloverType {
  readonly type: string;
  readonly mode: string | null;
  readonly context: string | null;
}

export interface CameoIssue {
  readonly code: 'bad_row' | 'io';
  readonly file: string;
  readonly line: number;
  readonly message: string;
}

export interface CameoTables {
  readonly codes: ReadonlyMap<string, CameoCode>;
  readonly plover: ReadonlyMap<string, PloverType>;
}

export const PLOVER_TYPES = ['AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST', 'ACCUSE', 'REJECT',
  'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT'] as const;

function dataDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    if (existsSync(join(dir, 'data', 'cameo', 'cameo.tsv'))) return join(dir, 'data', 'cameo');
    dir = dirname(dir);
  }
  return join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'data', 'cameo');
}

export function parseCameoTsv(text: string, file: string): { codes: Map<string, CameoCode>; issues: CameoIssue[] } {
  const codes = new Map<string, CameoCode>();
  const issues: CameoIssue[] = [];
  text.split('\n').forEach((line, i) => {
    if (!line || line.startsWith('#') || line.startsWith('code\t')) return;
    const [code, name, g, , q] = line.split('\t');
    const gold = Number(g);
    const quad = Number(q);
    if (!code || !/^\d{2,4}$/.test(code) || !name || !Number.isFinite(gold) || gold < -10 || gold > 10 || ![1, 2, 3, 4].includes(quad)) {
      issues.push({ code: 'bad_row', file, line: i + 1, message: `bad CAMEO row: ${line}` });
      return;
    }
    codes.set(code, { code, name, goldstein: gold, quadClass: quad as 1 | 2 | 3 | 4 });
  });
  return { codes, issues };
}

export function parsePloverTsv(text: string, file: string): { plover: Map<string, PloverType>; issues: CameoIssue[] } {
  const plover = new Map<string, PloverType>();
  const issues: CameoIssue[] = [];
  text.split('\n').forEach((line, i) => {
    if (!line || line.startsWith('#') || line.startsWith('cameo\t')) return;
    const [code, type, mode, context] = line.split('\t');
    if (!code || !/^\d{2,4}$/.test(code) || !(PLOVER_TYPES as readonly string[]).includes(type ?? '')) {
      issues.push({ code: 'bad_row', file, line: i + 1, message: `bad PLOVER row: ${line}` });
      return;
    }
    plover.set(code, { type: type!, mode: mode || null, context: context || null });
  });
  return { plover, issues };
}

export function loadCameoTables(dir: string = dataDir()): { tables: CameoTables; issues: CameoIssue[] } {
  const c = parseCameoTsv(readFileSync(join(dir, 'cameo.tsv'), 'utf8'), join(dir, 'cameo.tsv'));
  const p = parsePloverTsv(readFileSync(join(dir, 'plover.tsv'), 'utf8'), join(dir, 'plover.tsv'));
  return { tables: { codes: c.codes, plover: p.plover }, issues: [...c.issues, ...p.issues] };
}

/** The table entry of a code, else of its nearest listed ancestor (0312 → 031 → 03). */
export function cameoInfo(t: CameoTables, code: string): CameoCode | null {
  for (let c = code; c.length >= 2; c = c.slice(0, -1)) {
    const e = t.codes.get(c);
    if (e) return e;
  }
  return null;
}

export function ploverOf(t: CameoTables, code: string): PloverType | null {
  for (let c = code; c.length >= 2; c = c.slice(0, -1)) {
    const e = t.plover.get(c);
    if (e) return e;
  }
  return null;
}

/** True for a code the table knows (directly or through an ancestor). */
export function isCameoCode(t: CameoTables, code: string): boolean {
  return /^\d{2,4}$/.test(code) && cameoInfo(t, code) !== null;
}
