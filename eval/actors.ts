/**
 * Actor resolution against NGEC's unit-test cases (../shared/corpora/events/
 * ngec_actor_resolution_cases.json, method agent_to_code, not xfail, with
 * literal arguments). Scores:
 *   country  share of cases with an expected country whose country we match
 *            ("" expected = we give no country);
 *   sector   share of cases with an expected code_1 whose first sector we match
 *            ("" or UNK expected = we give no sector; JNK = we resolve nothing);
 *   null     share of cases expecting no actor (code: None) that we leave unresolved.
 *
 * usage: npx tsx eval/actors.ts [--verbose]
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadActorKnowledge } from '../src/knowledge/actors/load.js';
import { resolveActor } from '../src/stages/actors/resolve.js';
import { lazyPlaceCountry } from '../src/stages/actors/places.js';
import { defaultGazetteer } from '../src/knowledge/gazetteer/index.js';

const here = dirname(fileURLToPath(import.meta.url));
const CASES = resolve(here, '../../shared/corpora/events/ngec_actor_resolution_cases.json');

interface Case {
  test: string;
  xfail: boolean;
  method: string;
  args?: unknown[];
  kwargs?: Record<string, unknown>;
  expect: Record<string, unknown>;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** NGEC's dates: "", "today", "2022-06-01", "10 May 2015", "12 April 2022". */
export function caseDate(s: unknown): string | null {
  if (typeof s !== 'string' || !s.trim() || s.trim().toLowerCase() === 'today') return null;
  const t = s.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(t)) return t;
  const m = /^(\d{1,2})\s+([A-Za-z]+)\s+(\d{4})$/.exec(t);
  if (m) {
    const mo = MONTHS.indexOf(m[2]!.toLowerCase());
    if (mo >= 0) return `${m[3]}-${String(mo + 1).padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
  }
  return null;
}

function sectorMatches(expected: unknown, got: string | null, resolved: boolean): boolean {
  const wanted = typeof expected === 'string' ? [expected] : expected && typeof expected === 'object' && Array.isArray((expected as { In?: unknown }).In) ? (expected as { In: string[] }).In : [];
  return wanted.some((w) => {
    if (w === 'JNK') return !resolved;
    if (w === '' || w === 'UNK') return got === null;
    return got !== null && got.slice(0, 3) === w;
  });
}

/** Scores and case counts. */
export async function evaluate(options: { verbose?: boolean } = {}): Promise<{ scores: Record<string, number>; counts: Record<string, number> }> {
  const kb = loadActorKnowledge();
  const places = lazyPlaceCountry(defaultGazetteer);
  const cases = (JSON.parse(readFileSync(CASES, 'utf8')) as Case[]).filter((c) => c.method === 'agent_to_code' && !c.xfail && Array.isArray(c.args));
  let nCountry = 0, okCountry = 0, nSector = 0, okSector = 0, nNull = 0, okNull = 0;
  for (const c of cases) {
    const text = String(c.args![0]);
    const date = caseDate(c.kwargs?.query_date ?? c.args![2]);
    const r = resolveActor(text, date, kb, places);
    const lines: string[] = [];
    if ('code' in c.expect && c.expect.code === null) {
      nNull++;
      if (!r) okNull++; else lines.push(`expected nothing`);
    }
    if ('country' in c.expect) {
      nCountry++;
      const want = String(c.expect.country ?? '');
      const got = r?.country ?? '';
      if (want === got) okCountry++; else lines.push(`country ${got || '-'} ≠ ${want || '-'}`);
    }
    if ('code_1' in c.expect) {
      nSector++;
      if (sectorMatches(c.expect.code_1, r?.sector ?? null, r !== null)) okSector++;
      else lines.push(`sector ${r?.sector ?? '-'} ≠ ${JSON.stringify(c.expect.code_1)}`);
    }
    if (options.verbose && lines.length) console.log(`${c.test}\t${JSON.stringify(text)}\t${date ?? ''}\t${r ? `${r.code} ${r.name}` : 'null'}\t${lines.join('; ')}`);
  }
  return {
    scores: { country: okCountry / nCountry, sector: okSector / nSector, unresolved: okNull / nNull },
    counts: { cases: cases.length, country: nCountry, sector: nSector, unresolved: nNull },
  };
}

/** The headline scores for the accuracy gate: shares of country, sector and no-actor cases right. */
export async function run(): Promise<Record<string, number>> {
  return (await evaluate()).scores;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { scores, counts } = await evaluate({ verbose: process.argv.includes('--verbose') });
  console.log(`actor resolution (NGEC agent_to_code cases: ${counts.cases}):`);
  console.log(`  country correct  ${(scores.country! * 100).toFixed(1)}%  (${counts.country} cases)`);
  console.log(`  sector correct   ${(scores.sector! * 100).toFixed(1)}%  (${counts.sector} cases)`);
  console.log(`  left unresolved  ${(scores.unresolved! * 100).toFixed(1)}%  (${counts.unresolved} cases expecting no actor)`);
}
