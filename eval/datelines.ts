/**
 * Datelines on Reuters-21578: for every story with a <DATELINE> element, is the place
 * the layout stage reads out of the wire text the element's place? The element itself
 * is never shown to the analysis.
 * usage: npx tsx eval/datelines.ts [--show N]
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDoc, single } from '../src/document/document.js';
import { reutersStories } from '../src/readers/sgml/index.js';
import { readSgml } from '../src/readers/sgml/index.js';
import { layoutStage } from '../src/stages/layout/index.js';
import { paragraphStage } from '../src/stages/segment/index.js';
import { compose } from '../src/pipeline.js';
import { SHARED } from '../test/shared.js';

export const DATA = join(SHARED, 'corpora/reuters21578');

const norm = (s: string) => s.toLowerCase().replace(/^[^\p{L}]+/u, '').replace(/\s+/g, ' ').replace(/[.]/g, '').trim();

export async function run(show = 0): Promise<Record<string, number>> {
  const run = compose([paragraphStage, layoutStage]);
  let withDateline = 0, found = 0, correct = 0, agencyWrong = 0;
  const misses: string[] = [];
  for (const f of readdirSync(DATA).filter((x) => x.endsWith('.sgm')).sort()) {
    const path = join(DATA, f);
    const bytes = readFileSync(path);
    const gold = new Map<string, string>();
    for (const s of reutersStories(bytes.toString('latin1'))) if (s.dateline) gold.set(s.newid, s.dateline);
    for (const r of readSgml({ name: path, path, bytes })) {
      if (r.kind !== 'article') continue;
      const g = gold.get(r.meta.source.item!);
      if (!g) continue;
      withDateline++;
      const goldPlace = norm(g.split(',')[0]!.replace(/\s*-\s*$/, ''));
      const d = run(createDoc(r.text, r.meta), {});
      const dl = single(d, 'dateline');
      if (dl?.place) found++;
      if (dl?.place && norm(dl.place) === goldPlace) correct++;
      else if (misses.length < show) misses.push(`${r.meta.source.item}: gold ${JSON.stringify(g)} got ${JSON.stringify(dl?.place ?? null)} | ${JSON.stringify(r.text.slice(r.text.indexOf('\n\n') + 2, r.text.indexOf('\n\n') + 90))}`);
      if (dl?.agency && !/reuter/i.test(dl.agency)) agencyWrong++;
    }
  }
  for (const m of misses) console.log('miss', m);
  const scores = { stories: withDateline, place_accuracy: correct / withDateline, place_found: found / withDateline };
  console.log(`datelines (Reuters-21578): ${withDateline} stories with <DATELINE>; place correct ${correct} (${(100 * scores.place_accuracy).toFixed(2)}%), found ${found}; agencies other than Reuters read: ${agencyWrong}`);
  return scores;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const i = process.argv.indexOf('--show');
  await run(i > 0 ? Number(process.argv[i + 1]) : 0);
}
