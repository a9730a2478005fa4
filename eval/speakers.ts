/**
 * Speaker resolution against GUM's gold coreference (../shared/corpora/gum, CC BY, Zeldes
 * 2017): who the quotes dateline finds are said to be said by. Each document of the chosen
 * genres is analysed whole, as `analyze` does (its own entities, actors, coreference and
 * quotes; nothing of the gold is given). A quote is scored when its speaker span overlaps a
 * gold mention whose entity GUM names somewhere in the document (a mention with a proper
 * noun): the gold mention most overlapping the span, the shortest on a tie. Its speaker name
 * is right when it shares a word with one of that entity's names, beyond titles and
 * function words ("Putin" for "Vladimir Putin", "the Ford Motor Company" for "Ford"); no
 * name is wrong. Quotes whose speaker the gold leaves unnamed ("a spokesman", "people")
 * and quotes without a speaker span are not scored: this measures resolution, not finding.
 *
 * Documents alternate between two halves by file order (`--half a|b`, default both), so a
 * change read on the errors of one half can be checked on the other.
 *
 * usage: npx tsx eval/speakers.ts [--genres news,interview] [--half a|b] [--verbose]
 */
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createAnalyzer, type Analyzer } from '../src/analyzer.js';
import { readGum } from './coref.js';
import { SHARED } from '../test/shared.js';

const GUM = join(SHARED, 'corpora/gum');

/** Words that name no one by themselves: titles, determiners, company forms. */
const NOT_NAMES = new Set(['the', 'a', 'an', 'of', 'and', 'for', 'mr', 'mrs', 'ms', 'dr', 'president', 'minister', 'prime', 'secretary',
  'general', 'chairman', 'senator', 'sen', 'rep', 'governor', 'gov', 'mayor', 'chief', 'executive', 'director', 'professor', 'prof',
  'inc', 'corp', 'co', 'ltd', 'company', 'government', 'united', 'states', 'national', 'new', 'former', 'state']);

/** The words of a name that can identify it. */
export function nameWords(s: string): string[] {
  return s.toLowerCase().replace(/[’']s\b/g, '').split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 1 && !NOT_NAMES.has(w));
}

/** Whether a resolved name names the same one as any of the gold names. */
export function sameName(name: string, golds: readonly string[]): boolean {
  const mine = new Set(nameWords(name));
  return golds.some((g) => nameWords(g).some((w) => mine.has(w)));
}

export interface SpeakerScores {
  scored: number;
  right: number;
  /** Scored quotes with no speaker name at all. */
  unnamed: number;
  /** By how the speaker was reached: [scored, right]. */
  byVia: Map<string, [number, number]>;
}

export async function evaluate(options: { genres?: string[]; half?: 'a' | 'b'; verbose?: boolean; analyzer?: Analyzer } = {}): Promise<SpeakerScores> {
  const genres = options.genres ?? ['news', 'interview'];
  const files = readdirSync(GUM).filter((f) => f.endsWith('.conllu') && genres.some((g) => f.startsWith(`GUM_${g}_`))).sort()
    .filter((_, i) => !options.half || (i % 2 === 0) === (options.half === 'a'));
  const analyzer = options.analyzer ?? await createAnalyzer();
  const s: SpeakerScores = { scored: 0, right: 0, unnamed: 0, byVia: new Map() };
  for (const f of files) {
    for (const { text, mentions } of readGum(join(GUM, f))) {
      const record = analyzer.analyzeText(text);
      const names = new Map<string, string[]>();
      for (const m of mentions) if (m.named) names.set(m.id, [...(names.get(m.id) ?? []), text.slice(m.start, m.end)]);
      for (const q of record.quotes) {
        if (!q.speaker) continue;
        const sp = q.speaker;
        const overlap = (m: { start: number; end: number }) => Math.min(sp.end, m.end) - Math.max(sp.start, m.start);
        const gold = mentions.filter((m) => overlap(m) > 0)
          .sort((a, b) => overlap(b) - overlap(a) || (a.end - a.start) - (b.end - b.start))[0];
        const golds = gold ? names.get(gold.id) : undefined;
        if (!golds) continue;
        const via = q.explanation?.speakerVia ?? 'none';
        const ok = q.speakerName !== null && sameName(q.speakerName, golds);
        s.scored++;
        if (ok) s.right++;
        if (q.speakerName === null) s.unnamed++;
        const v = s.byVia.get(via) ?? [0, 0];
        v[0]++;
        if (ok) v[1]++;
        s.byVia.set(via, v);
        if (options.verbose && !ok) {
          console.log(`${f}\t${via}\t"${text.slice(sp.start, sp.end)}" → ${q.speakerName ?? '-'}\t(gold: ${[...new Set(golds)].slice(0, 3).join(' / ')})`);
        }
      }
    }
  }
  return s;
}

/** The headline scores for the accuracy gate: speaker accuracy on GUM news and on its interviews. */
export async function run(): Promise<Record<string, number>> {
  const analyzer = await createAnalyzer();
  const news = await evaluate({ genres: ['news'], analyzer });
  const interview = await evaluate({ genres: ['interview'], analyzer });
  return { news: news.right / news.scored, interview: interview.right / interview.scored };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const arg = (name: string) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined);
  const genres = arg('--genres')?.split(',');
  const half = arg('--half') as 'a' | 'b' | undefined;
  const s = await evaluate({ genres, half, verbose: process.argv.includes('--verbose') });
  console.log(`speaker resolution on GUM (${(genres ?? ['news', 'interview']).join(', ')}${half ? `, half ${half}` : ''}), full pipeline:`);
  console.log(`  accuracy ${(100 * s.right / s.scored).toFixed(1)}% of ${s.scored} quotes whose speaker GUM names (${s.unnamed} left without a name)`);
  for (const [via, [n, ok]] of [...s.byVia].sort((a, b) => b[1][0] - a[1][0])) console.log(`    ${via.padEnd(13)} ${(100 * ok / n).toFixed(1)}% of ${n}`);
}
