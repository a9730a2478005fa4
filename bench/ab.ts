/**
 * A/B speed of two source trees in one process: the full analyze pipeline of an older copy of
 * the sources and of the working tree, run in turn on each Reuters-21578 article (CPU time per
 * call and per stage). Interleaving article by article makes a slow spell of the machine (other
 * load, a noisy host) fall on both sides alike, which separate runs or whole passes do not.
 * Measured both ways round (bench/both-ways.ts): in one process, the side loaded first ran 11 to 13 % faster, whatever its code.
 * usage:
 *   mkdir -p /tmp/old && git archive HEAD src | tar -x -C /tmp/old && ln -s "$PWD/data" "$PWD/node_modules" /tmp/old/
 *   npx tsx bench/ab.ts /tmp/old [--limit N] [--rounds R]
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type * as AnalyzerModule from '../src/analyzer.js';
import type * as KnowledgeModule from '../src/knowledge/index.js';
import { readSgml } from '../src/readers/sgml/index.js';
import type { RawArticle } from '../src/readers/types.js';
import { SHARED } from '../test/shared.js';
import { bothWays, NEW_FLAG } from './both-ways.js';

type Analyzer = AnalyzerModule.Analyzer;

async function load(srcDir: string): Promise<{ analyzer: Analyzer; spent: Map<string, number> }> {
  const imp = <T>(p: string) => import(pathToFileURL(join(srcDir, p)).href) as Promise<T>;
  const an = await imp<typeof AnalyzerModule>('analyzer.ts');
  const kn = await imp<typeof KnowledgeModule>('knowledge/index.ts');
  const spent = new Map<string, number>();
  const stages = an.defaultStages(kn.loadKnowledge()).map((st) => ({
    ...st,
    run(doc: Parameters<typeof st.run>[0], o: Parameters<typeof st.run>[1]) {
      const c = process.cpuUsage();
      const out = st.run(doc, o);
      const u = process.cpuUsage(c);
      spent.set(st.name, (spent.get(st.name) ?? 0) + (u.user + u.system) / 1e6);
      return out;
    },
  }));
  return { analyzer: await an.createAnalyzer({}, stages), spent };
}

function articles(limit: number): RawArticle[] {
  const dir = join(SHARED, 'corpora/reuters21578');
  const out: RawArticle[] = [];
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.sgm')).sort()) {
    const path = join(dir, f);
    for (const r of readSgml({ name: path, path, bytes: readFileSync(path) })) if (r.kind === 'article' && out.length < limit) out.push(r);
  }
  return out;
}

const args = process.argv.slice(2);
const oldDir = args.find((a) => !a.startsWith('--') && !/^\d+$/.test(a));
if (!oldDir) { console.error('usage: npx tsx bench/ab.ts OLD_DIR [--limit N] [--rounds R]'); process.exit(2); }
const opt = (name: string, d: number) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : d);
const limit = opt('--limit', 3000);
const rounds = opt('--rounds', 3);
// The two measuring processes (bench/both-ways.ts) are told the directory of the "new" side.
if (!args.includes(NEW_FLAG)) {
  const { a, b, mean } = bothWays(fileURLToPath(import.meta.url), oldDir, ['src'], ['--limit', String(limit), '--rounds', String(rounds)]);
  console.log(`new/old speed: ${(1 / mean).toFixed(3)} (geometric mean of ${(1 / a).toFixed(3)} with the old sources loaded first and ${(1 / b).toFixed(3)} with the new first)`);
  process.exit(0);
}
const raws = articles(limit);
const newDir = resolve(args[args.indexOf(NEW_FLAG) + 1]!);
const sides = { old: await load(resolve(oldDir, 'src')), new: await load(resolve(newDir, 'src')) };
const ratios: number[] = [];
// Article by article, each side in turn (the order alternating), so that a slow spell of the
// machine falls on both sides alike; the first round warms the code up and is not counted.
const total = { old: 0, new: 0 };
for (let r = 0; r < rounds; r++) {
  sides.old.spent.clear(); sides.new.spent.clear();
  total.old = 0; total.new = 0;
  raws.forEach((raw, i) => {
    for (const k of i % 2 ? (['new', 'old'] as const) : (['old', 'new'] as const)) {
      const c = process.cpuUsage();
      sides[k].analyzer.analyzeRaw(raw);
      const u = process.cpuUsage(c);
      total[k] += (u.user + u.system) / 1e6;
    }
  });
  if (r > 0) ratios.push(total.new / total.old);
  console.log(`round ${r + 1}${r === 0 ? ' (warm-up)' : ''}: old ${(raws.length / total.old).toFixed(0)} articles/CPU-s, new ${(raws.length / total.new).toFixed(0)}; new/old speed ${(total.old / total.new).toFixed(3)}`);
}
for (const k of ['old', 'new'] as const) {
  const by = [...sides[k].spent].sort((x, y) => y[1] - x[1]).map(([n, c]) => `${n} ${((1000 * c) / raws.length).toFixed(3)}`).join(', ');
  console.log(`${k} last round, ms per article: ${by}`);
}
// New/old time, the median of the rounds after the first (what bench/both-ways.ts reads).
ratios.sort((x, y) => x - y);
if (ratios.length) console.log(`ratio ${ratios[Math.floor(ratios.length / 2)]}`);
