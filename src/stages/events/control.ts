/** Control verbs and their combination codes (data/verbs/control.tsv), checked row by row. */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DictIssue } from '../../knowledge/petrarch/types.js';

export interface ControlTable {
  /** lemma → class */
  readonly verbs: ReadonlyMap<string, string>;
  /** `${class}/${root}`, `${class}/*` (any complement) or `${class}/-` (a complement no pattern codes) → code */
  readonly combine: ReadonlyMap<string, string>;
}

export function parseControl(text: string, file: string): { table: ControlTable; issues: DictIssue[] } {
  const verbs = new Map<string, string>();
  const combine = new Map<string, string>();
  const issues: DictIssue[] = [];
  text.split('\n').forEach((line, i) => {
    if (!line.trim() || line.startsWith('#')) return;
    const f = line.split('\t');
    if ((f[0] === 'verb' || f[0] === 'adjective') && f[1] && f[2]) verbs.set(f[1].toLowerCase(), f[2]);
    else if (f[0] === 'combine' && f[1] && f[2] && /^(\d\d|\*|-)$/.test(f[2]) && f[3] && /^\d{3,4}$/.test(f[3])) combine.set(`${f[1]}/${f[2]}`, f[3]);
    else issues.push({ code: 'bad_line', file, line: i + 1, message: `bad control row: ${line}` });
  });
  for (const [lemma, cls] of verbs) if (!combine.has(`${cls}/*`)) issues.push({ code: 'bad_line', file, line: 0, message: `class ${cls} of ${lemma} has no "combine ${cls} *" row` });
  return { table: { verbs, combine }, issues };
}

export function loadControl(): { table: ControlTable; issues: DictIssue[] } {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6 && !existsSync(join(dir, 'data', 'verbs', 'control.tsv')); i++) dir = dirname(dir);
  const path = join(dir, 'data', 'verbs', 'control.tsv');
  return parseControl(readFileSync(path, 'utf8'), path);
}

/** The code of "CLASS to V" where V was coded `complement` (or not at all). */
export function combineCode(t: ControlTable, cls: string, complement: string | null): string | null {
  return (complement ? t.combine.get(`${cls}/${complement.slice(0, 2)}`) : undefined) ?? t.combine.get(`${cls}/*`) ?? null;
}
