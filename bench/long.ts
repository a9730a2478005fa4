/**
 * Long documents: the full pipeline on one plain-text document of 1, 4 and 16 times the
 * bundled Wikinews samples joined together (about 0.24, 0.95 and 3.8 million characters),
 * per CPU-second of one thread, against wink-nlp's readDoc (tokens, sentences, POS) on the
 * same texts in the same run. A stage that scans the whole document once per sentence or
 * mention makes the throughput fall as the document grows; linear work keeps it level
 * (the scaling figure: throughput at 16x over throughput at 1x, 1.0 when linear).
 * usage: npx tsx bench/long.ts [--times 1,4,16]
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { createAnalyzer, defaultStages } from '../src/analyzer.js';
import { loadKnowledge } from '../src/knowledge/index.js';
import { readText } from '../src/readers/text/index.js';
import type { BenchResult } from './reuters.js';

const cpuSeconds = (u: NodeJS.CpuUsage) => (u.user + u.system) / 1e6;

/** The bundled samples' texts, joined as paragraphs of one document. */
function samplesText(): string {
  const lines = readFileSync(new URL('../samples/wikinews.jsonl', import.meta.url), 'utf8').split('\n').filter(Boolean);
  return lines.map((l) => (JSON.parse(l) as { text: string }).text).join('\n\n');
}

export async function run(times: readonly number[] = [1, 4, 16]): Promise<BenchResult[]> {
  const base = samplesText();
  const analyzer = await createAnalyzer({}, defaultStages(loadKnowledge()));
  const nlp = winkNLP(model, ['sbd', 'pos']);
  const out: BenchResult[] = [];
  // A first pass over the samples as they are, so the compiler's warm-up is in no measurement.
  const warm = [...readText({ name: 'samples', bytes: Buffer.from(base) })][0];
  if (warm?.kind === 'article') analyzer.analyzeRaw(warm);
  nlp.readDoc(base).tokens().out(nlp.its.pos);
  for (const k of times) {
    const text = Array.from({ length: k }, () => base).join('\n\n');
    const [raw] = [...readText({ name: `samples x${k}`, bytes: Buffer.from(text) })];
    if (raw?.kind !== 'article') throw new Error(`samples x${k}: not read as an article`);
    let c = process.cpuUsage();
    const rec = analyzer.analyzeRaw(raw);
    const cpu = cpuSeconds(process.cpuUsage(c));
    c = process.cpuUsage();
    const d = nlp.readDoc(text);
    d.tokens().out(nlp.its.pos);
    d.sentences().out();
    const peerCpu = cpuSeconds(process.cpuUsage(c));
    out.push({
      name: `long x${k}`,
      chars: text.length,
      tokens: rec.tokens ?? 0,
      quotes: rec.quotes.length,
      events: rec.events.length,
      full_chars_per_cpu_s: Math.round(text.length / cpu),
      peer_chars_per_cpu_s: Math.round(text.length / peerCpu),
      full_vs_peer: +(peerCpu / cpu).toFixed(3),
    });
  }
  const first = out[0]!;
  const last = out[out.length - 1]!;
  const scaling = +((last.full_chars_per_cpu_s as number) / (first.full_chars_per_cpu_s as number)).toFixed(2);
  const peerScaling = +((last.peer_chars_per_cpu_s as number) / (first.peer_chars_per_cpu_s as number)).toFixed(2);
  const rss = Math.round(process.resourceUsage().maxRSS / 1024);
  for (const r of out) {
    console.log(`${r.name}: ${r.chars} chars, ${r.tokens} tokens, ${r.quotes} quotes, ${r.events} events; ` +
      `full pipeline ${r.full_chars_per_cpu_s} chars/s, peer (wink-nlp readDoc + POS) ${r.peer_chars_per_cpu_s} chars/s, ${r.full_vs_peer}x the peer`);
  }
  console.log(`scaling (throughput at ${last.name.slice(5)} over ${first.name.slice(5)}): full pipeline ${scaling}, peer ${peerScaling}; peak RSS ${rss} MB`);
  return [...out, { name: 'long scaling', full: scaling, peer: peerScaling, peak_rss_mb: rss }];
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const i = process.argv.indexOf('--times');
  await run(i > 0 ? process.argv[i + 1]!.split(',').map(Number) : undefined);
}
