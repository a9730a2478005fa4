/**
 * What the quote layer adds to the time of analyze (issue 5's cost target): the whole pipeline with the quote stage
 * against the same pipeline without it, on the first 1,000 Reuters-21578 articles, in alternating rounds
 * (bench/with-without.ts), CPU time of one thread, on dist/ as installed when built. In a process of its own, with
 * only those articles in memory. Also: how much more time the other stages take in the pipeline with the quote stage
 * (its own time, timed inside the pipeline as bench/reuters.ts does, leaves that out).
 * usage: npx tsx bench/quote-layer.ts [--limit N] [--rounds R]
 */
import { fileURLToPath } from 'node:url';
import { createAnalyzer, defaultStages, type Analyzer } from '../src/analyzer.js';
import { loadKnowledge } from '../src/knowledge/index.js';
import { cpuSeconds, installedLib, readAll, timedStages, type BenchResult } from './reuters.js';
import { withWithout } from './with-without.js';

export async function run(limit = 1000, rounds = 10, warm = 2): Promise<BenchResult[]> {
  const { raws } = readAll(limit);
  const dist = await installedLib();
  const lib = dist ?? { createAnalyzer, defaultStages, loadKnowledge };
  const all = lib.defaultStages(lib.loadKnowledge());
  const spentWith = new Map<string, number>();
  const spentWithout = new Map<string, number>();
  const withQuotes = await lib.createAnalyzer({}, timedStages(all, spentWith));
  const withoutQuotes = await lib.createAnalyzer({}, timedStages(all.filter((s) => s.name !== 'quotes'), spentWithout));
  // Each side runs once a round: its stages' times are counted from the first measured round on.
  const pass = (a: Analyzer, spent: Map<string, number>) => {
    let round = 0;
    return () => {
      if (round++ === warm) spent.clear();
      for (const raw of raws) a.analyzeRaw(raw);
    };
  };
  const r = withWithout(pass(withQuotes, spentWith), pass(withoutQuotes, spentWithout), { rounds, warm, clock: () => cpuSeconds(process.cpuUsage()) });
  const others = (spent: Map<string, number>) => [...spent].filter(([n]) => n !== 'quotes').reduce((t, [, c]) => t + c, 0);
  const own = spentWith.get('quotes') ?? 0;
  const added = r.ratio - 1;
  const addedTotal = r.with / r.without - 1;
  const res: BenchResult = {
    name: 'quote-layer',
    articles: raws.length,
    measured_on: dist ? 'dist' : 'src (tsx)',
    quote_layer_added_time: +added.toFixed(3),
    quote_layer_added_time_total: +addedTotal.toFixed(3),
    rounds: r.ratios.map((x) => x.toFixed(3)).join(' '),
    quote_stage_own_share: +(own / (r.with - own)).toFixed(3),
    other_stages_slower: +(others(spentWith) / others(spentWithout) - 1).toFixed(3),
  };
  console.log(`quote layer, ${raws.length} Reuters-21578 articles (${res.measured_on}), CPU time of analyze with the quote stage against without it:
  adds ${(100 * added).toFixed(1)}% (median of ${rounds} alternating rounds after ${warm} unmeasured: ${res.rounds}; ${(100 * addedTotal).toFixed(1)}% over all of them)
  the stage's own time is ${(100 * (res.quote_stage_own_share as number)).toFixed(1)}% of the rest; the other stages take ${(100 * (res.other_stages_slower as number)).toFixed(1)}% more time with it`);
  return [res];
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const arg = (f: string, d: number) => (process.argv.includes(f) ? Number(process.argv[process.argv.indexOf(f) + 1]) : d);
  await run(arg('--limit', 1000), arg('--rounds', 10));
}
