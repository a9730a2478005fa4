/**
 * A/B speed of the quote stage alone, of an older copy of the sources against the working tree: both stages run in
 * turn, document by document, on the same documents as the working tree's pipeline hands them to its quote stage
 * (Reuters-21578 articles), and whether the two find the same quotes. With the other stages out of the timing, and the same input on both sides, the ratio is
 * steadier than bench/ab.ts gives for one stage. The first rounds warm the code up; the median of the rest is the figure.
 * Measured both ways round (bench/both-ways.ts): in one process, the side loaded first took some 8 % less time, whatever its code.
 * usage:
 *   mkdir -p /tmp/old && git archive HEAD src data | tar -x -C /tmp/old && ln -s "$PWD/node_modules" /tmp/old/
 *   npx tsx bench/ab-quotes.ts /tmp/old [--limit N] [--rounds R] [--warm W] [--pipeline]
 * --pipeline runs the stages before the quote stage on the article again (untimed) before each side's quote stage, as
 * analyze does: the quote stage then finds the caches as those stages leave them, not as its own run on the same
 * document a moment before left them (what a larger or smaller table costs shows there, not alone: a cold feature table
 * of 4 MB instead of 2 took the same time alone, 1.011, and 1.028 in this mode, whose figure against a copy of the same
 * code was 0.995).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type * as QuotesModule from '../src/stages/quotes/index.js';
import { layer, type Doc } from '../src/document/document.js';
import { createAnalyzer, defaultStages } from '../src/analyzer.js';
import { loadKnowledge } from '../src/knowledge/index.js';
import { readSgml } from '../src/readers/sgml/index.js';
import type { RawArticle } from '../src/readers/types.js';
import { SHARED } from '../test/shared.js';
import { bothWays, NEW_FLAG } from './both-ways.js';

const args = process.argv.slice(2);
const oldDir = args.find((a, i) => !a.startsWith('--') && !(args[i - 1] ?? '').startsWith('--'));
if (!oldDir) {
  console.error('usage: npx tsx bench/ab-quotes.ts OLD_DIR [--limit N] [--rounds R] [--warm W]');
  process.exit(2);
}
const opt = (name: string, d: number) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : d);
const limit = opt('--limit', 2000);
const rounds = opt('--rounds', 20);
const warm = opt('--warm', 6);
const inPipeline = args.includes('--pipeline');
/** Set in the two measuring processes (bench/both-ways.ts): the directory whose sources are the "new" side. */
const newDir = args.includes(NEW_FLAG) ? resolve(args[args.indexOf(NEW_FLAG) + 1]!) : null;
if (!newDir) {
  const { a, b, mean } = bothWays(fileURLToPath(import.meta.url), oldDir, ['src', 'data'], ['--limit', String(limit), '--rounds', String(rounds), '--warm', String(warm), ...(inPipeline ? ['--pipeline'] : [])]);
  console.log(`quote stage new/old time: ${mean.toFixed(3)} (geometric mean of ${a.toFixed(3)} with the old sources loaded first and ${b.toFixed(3)} with the new first)`);
  process.exit(0);
}

const raws: RawArticle[] = [];
const dir = join(SHARED, 'corpora/reuters21578');
for (const f of readdirSync(dir).filter((x) => x.endsWith('.sgm')).sort()) {
  const path = join(dir, f);
  for (const r of readSgml({ name: path, path, bytes: readFileSync(path) })) if (r.kind === 'article' && raws.length < limit) raws.push(r);
}

// The documents as the working tree's pipeline hands them to its quote stage.
const docs: Doc[] = [];
const stages = defaultStages(loadKnowledge()).map((st) => (st.name === 'quotes' ? { ...st, run(doc: Doc, o: Parameters<typeof st.run>[1]) { docs.push(doc); return st.run(doc, o); } } : st));
const analyzer = await createAnalyzer({}, stages);
for (const r of raws) analyzer.analyzeRaw(r);
// --pipeline: the stages before the quote stage, the last of them handing over the document it made.
let handed: Doc | null = null;
const before = stages.slice(0, stages.findIndex((st) => st.name === 'quotes'));
const last = before.at(-1)!;
const upToQuotes = inPipeline ? await createAnalyzer({}, [...before.slice(0, -1), { ...last, run(doc: Doc, o: Parameters<typeof last.run>[1]) { return (handed = last.run(doc, o)); } }]) : null;
/** Document i as the quote stage is handed it: the same one each time, or (--pipeline) made again by the stages before. */
const prepared = (i: number): Doc => {
  if (!upToQuotes) return docs[i]!;
  upToQuotes.analyzeRaw(raws[i]!);
  if (handed?.text !== docs[i]!.text) throw new Error(`ab-quotes: article ${i} was read differently the second time`);
  return handed;
};

const oldQuotes = (await import(pathToFileURL(join(resolve(oldDir), 'src/stages/quotes/index.ts')).href)) as typeof QuotesModule;
const newQuotes = (await import(pathToFileURL(join(newDir, 'src/stages/quotes/index.ts')).href)) as typeof QuotesModule;
const sides = { old: oldQuotes.createQuoteStage(), new: newQuotes.createQuoteStage() };
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const ratios: number[] = [];
// Whether both sides find the same quotes, read in the first round (outside the timing).
let differ = 0;
for (let r = 0; r < rounds; r++) {
  const total = { old: 0, new: 0 };
  docs.forEach((d, i) => {
    const out: Partial<Record<'old' | 'new', Doc>> = {};
    for (const k of i % 2 ? (['new', 'old'] as const) : (['old', 'new'] as const)) {
      const doc = prepared(i);
      const t = cpuMs();
      out[k] = sides[k].run(doc, {});
      total[k] += cpuMs() - t;
    }
    if (r === 0 && JSON.stringify(layer(out.old!, 'quotes')) !== JSON.stringify(layer(out.new!, 'quotes')) && differ++ < 3) {
      console.log(`different quotes in document ${i} (${d.meta.title ?? ''})`);
    }
  });
  if (r === 0) console.log(differ ? `${differ} of ${docs.length} documents have different quotes` : `same quotes on all ${docs.length} documents`);
  const ratio = total.new / total.old;
  if (r >= warm) ratios.push(ratio);
  console.log(`round ${r + 1}${r < warm ? ' (warm-up)' : ''}: quote stage old ${(total.old / docs.length).toFixed(3)} ms, new ${(total.new / docs.length).toFixed(3)} ms per document; new/old time ${ratio.toFixed(3)}`);
}
ratios.sort((a, b) => a - b);
if (ratios.length) {
  const median = ratios[Math.floor(ratios.length / 2)]!;
  console.log(`quote stage new/old time over ${ratios.length} rounds after ${warm} warm-up: median ${median.toFixed(3)} (${ratios[0]!.toFixed(3)}–${ratios[ratios.length - 1]!.toFixed(3)}), ${docs.length} documents`);
  // (What bench/both-ways.ts reads.)
  console.log(`ratio ${median}`);
}
