/**
 * Build samples/ from the Wikinews articles in ../shared (CC BY 2.5): a JSONL file of
 * political stories for `npm start`, and a few as plain-text files. Deterministic.
 * usage: npx tsx scripts/build-samples.ts [SHARED_DIR]
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCsv } from '../src/models/ner/rawtext.js';
import { SHARED } from '../test/shared.js';

const shared = process.argv[2] ?? SHARED;
const POLITICAL = /\b(president|minister|government|military|troops|talks|sanction|protest|attack|election|parliament|police|army|rebels?|war|ceasefire|embassy|summit)\b/i;

const out: { id: string; title: string; url: string; published: string; text: string }[] = [];
for (const f of ['wikinews_2019.csv', 'wikinews_2020.csv']) {
  const [head, ...rows] = parseCsv(readFileSync(join(shared, 'corpora/wikinews', f), 'utf8'));
  const col = (n: string) => head!.indexOf(n);
  for (const r of rows) {
    const text = r[col('text')]!.replace(/^\w+day, \w+ \d{1,2}, \d{4}\s*\n+/, '').replace(/\u00a0/g, ' ').replace(/\n{3,}/g, '\n\n').trim();
    const title = r[col('title')]!;
    if (!POLITICAL.test(title + ' ' + text.slice(0, 600)) || text.length < 600) continue;
    out.push({ id: r[col('url')]!.replace(/^.*\/wiki\//, ''), title, url: r[col('url')]!.replace('.org//wiki', '.org/wiki'), published: r[col('date')]!, text });
  }
}
const picked = out.filter((_, i) => i % 3 === 0).slice(0, 60);
mkdirSync('samples/text', { recursive: true });
writeFileSync('samples/wikinews.jsonl', picked.map((a) => JSON.stringify(a)).join('\n') + '\n');
for (const a of picked.slice(0, 5)) writeFileSync(join('samples/text', `${a.id.slice(0, 60).replace(/[^\w-]+/g, '_')}.txt`), `${a.title}\n\n${a.text}\n`);
console.log(`samples: ${picked.length} Wikinews articles in samples/wikinews.jsonl, 5 as text files in samples/text/`);
