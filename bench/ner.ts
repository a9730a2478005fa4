/**
 * NER throughput on one core: the tagger over Wikinews articles (tokenised and split
 * into sentences first, CoNLL-style, not timed), beside compromise's entity extraction
 * (people, places, organizations) over the same texts in the same run. Rates are per
 * CPU-second of this process, so other load on the machine does not skew them.
 * usage: npx tsx bench/ner.ts [--repeat N]
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import nlp from 'compromise';
import { loadNerModel } from '../src/models/ner/model.js';
import { parseCsv, sentencesOf } from '../src/models/ner/rawtext.js';
import { SHARED } from '../test/shared.js';

const cpu = (u: NodeJS.CpuUsage) => (u.user + u.system) / 1e6;

export interface BenchResult { name: string; [k: string]: number | string }

export function wikinewsTexts(): string[] {
  const dir = join(SHARED, 'corpora/wikinews');
  const texts: string[] = [];
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.csv')).sort()) {
    const rows = parseCsv(readFileSync(join(dir, f), 'utf8'));
    const ti = rows[0]!.indexOf('text');
    for (const r of rows.slice(1)) if (r[ti]?.trim()) texts.push(r[ti]!);
  }
  return texts;
}

export async function run(repeat = 3): Promise<BenchResult[]> {
  const texts = wikinewsTexts();
  const docs = texts.map((t) => sentencesOf(t));
  const tokens = docs.reduce((a, d) => a + d.reduce((b, s) => b + s.length, 0), 0);

  const c0 = process.cpuUsage();
  const model = loadNerModel();
  const loadS = cpu(process.cpuUsage(c0));
  // Pass 1 meets every word for the first time (per-word features and scores get cached);
  // later passes show the steady state of a long run.
  let entities = 0;
  const passes: number[] = [];
  for (let r = 0; r < repeat; r++) {
    const c1 = process.cpuUsage();
    for (const d of docs) for (const tags of model.tagDocument(d)) for (const t of tags) if (t.startsWith('B-')) entities++;
    passes.push(cpu(process.cpuUsage(c1)));
  }
  const oursS = passes.reduce((a, b) => a + b, 0);
  const rss = process.resourceUsage().maxRSS / 1024;

  const c2 = process.cpuUsage();
  let peerEntities = 0;
  for (let r = 0; r < repeat; r++) {
    for (const t of texts) {
      const d = nlp(t);
      peerEntities += d.people().length + d.places().length + d.organizations().length;
    }
  }
  const peerS = cpu(process.cpuUsage(c2));
  const ours = (tokens * repeat) / oursS;
  const peer = (tokens * repeat) / peerS;
  const res: BenchResult = {
    name: 'ner',
    articles: texts.length,
    tokens,
    repeat,
    load_s: +loadS.toFixed(3),
    tokens_per_cpu_s: Math.round(ours),
    first_pass_tokens_per_cpu_s: Math.round(tokens / passes[0]!),
    later_passes_tokens_per_cpu_s: repeat > 1 ? Math.round((tokens * (repeat - 1)) / (oursS - passes[0]!)) : 0,
    entities: entities / repeat,
    peak_rss_mb: Math.round(rss),
    peer: 'compromise people()+places()+organizations()',
    peer_tokens_per_cpu_s: Math.round(peer),
    peer_entities: peerEntities / repeat,
    ratio_vs_peer: +(ours / peer).toFixed(1),
  };
  console.log(`ner: ${texts.length} Wikinews articles, ${tokens} tokens x${repeat}; model load ${res.load_s}s CPU; ` +
    `tagger ${res.tokens_per_cpu_s} tokens/CPU-s over all passes (first pass ${res.first_pass_tokens_per_cpu_s}, later ${res.later_passes_tokens_per_cpu_s}; ${res.entities} entities), peak RSS ${res.peak_rss_mb} MB; ` +
    `compromise ${res.peer_tokens_per_cpu_s} tokens/CPU-s (${res.peer_entities} entities); ratio ${res.ratio_vs_peer}x`);
  return [res];
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const i = process.argv.indexOf('--repeat');
  await run(i > 0 ? Number(process.argv[i + 1]) : 3);
}
