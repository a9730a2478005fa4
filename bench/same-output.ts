/**
 * Speed work must not change output: compare the segmenter (tokens, POS, norms, lemmas,
 * sentences, paragraphs), the entity tagger, the place finder and coreference of an older copy of the
 * sources with the working tree's, on Reuters-21578 and Wikinews texts. Exits non-zero on
 * the first differences (up to 5 are printed).
 * usage:
 *   mkdir -p /tmp/old && git archive HEAD src | tar -x -C /tmp/old && ln -s "$PWD/data" /tmp/old/data
 *   npx tsx bench/same-output.ts /tmp/old [--limit N]
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { readSgml } from '../src/readers/sgml/index.js';
import { SHARED } from '../test/shared.js';
import { wikinewsTexts } from './ner.js';
import type * as SegmentModule from '../src/stages/segment/index.js';
import type * as EntityModule from '../src/stages/entities/index.js';
import type * as NerModule from '../src/models/ner/model.js';
import type * as PlaceModule from '../src/stages/places/index.js';
import type * as GazetteerModule from '../src/knowledge/gazetteer/index.js';
import type * as CorefModule from '../src/stages/coref/index.js';
import { createDoc, withLayer } from '../src/document/document.js';

interface Impl {
  segment: typeof SegmentModule.segment;
  findEntities: typeof EntityModule.findEntities;
  ner: NerModule.NerModel;
  findPlaces: typeof PlaceModule.findPlaces;
  gazetteer: GazetteerModule.Gazetteer;
  corefEntities: typeof CorefModule.corefEntities;
}

async function load(srcDir: string): Promise<Impl> {
  const imp = <T>(p: string) => import(pathToFileURL(join(srcDir, p)).href) as Promise<T>;
  const seg = await imp<typeof SegmentModule>('stages/segment/index.ts');
  const ent = await imp<typeof EntityModule>('stages/entities/index.ts');
  const ner = await imp<typeof NerModule>('models/ner/model.ts');
  const pl = await imp<typeof PlaceModule>('stages/places/index.ts');
  const gz = await imp<typeof GazetteerModule>('knowledge/gazetteer/index.ts');
  const co = await imp<typeof CorefModule>('stages/coref/index.ts');
  return { segment: seg.segment, findEntities: ent.findEntities, ner: ner.loadNerModel(), findPlaces: pl.findPlaces, gazetteer: gz.defaultGazetteer(), corefEntities: co.corefEntities };
}

function reutersTexts(limit: number): string[] {
  const dir = join(SHARED, 'corpora/reuters21578');
  const out: string[] = [];
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.sgm')).sort()) {
    const path = join(dir, f);
    for (const r of readSgml({ name: path, path, bytes: readFileSync(path) })) if (r.kind === 'article' && out.length < limit) out.push(r.text);
  }
  return out;
}

const args = process.argv.slice(2);
const oldDir = args.find((a) => !a.startsWith('--') && !/^\d+$/.test(a));
if (!oldDir) { console.error('usage: npx tsx bench/same-output.ts OLD_DIR [--limit N]'); process.exit(2); }
const li = args.indexOf('--limit');
const limit = li >= 0 ? Number(args[li + 1]) : 3000;
const oldImpl = await load(resolve(oldDir, 'src'));
const newImpl = await load(resolve(import.meta.dirname, '../src'));
const texts = [...reutersTexts(limit), ...wikinewsTexts().slice(0, limit)];

let diffs = 0, tokens = 0, entities = 0, places = 0, coref = 0;
const report = (i: number, what: string, a: unknown, b: unknown) => {
  if (++diffs <= 5) console.log(`text ${i}: ${what} differ\n  old ${JSON.stringify(a).slice(0, 400)}\n  new ${JSON.stringify(b).slice(0, 400)}`);
};
for (let i = 0; i < texts.length; i++) {
  const text = texts[i]!;
  const a = oldImpl.segment(text), b = newImpl.segment(text);
  tokens += b.tokens.length;
  for (const k of ['paragraphs', 'sentences', 'tokens'] as const) {
    if (JSON.stringify(a[k]) !== JSON.stringify(b[k])) report(i, k, a[k], b[k]);
  }
  const ea = oldImpl.findEntities(oldImpl.ner, text, a.tokens, a.sentences);
  const eb = newImpl.findEntities(newImpl.ner, text, b.tokens, b.sentences);
  entities += eb.length;
  if (JSON.stringify(ea) !== JSON.stringify(eb)) report(i, 'entities', ea, eb);
  const pa = oldImpl.findPlaces({ text, tokens: a.tokens, sentences: a.sentences, entities: ea }, oldImpl.gazetteer);
  const pb = newImpl.findPlaces({ text, tokens: b.tokens, sentences: b.sentences, entities: eb }, newImpl.gazetteer);
  places += pb.length;
  if (JSON.stringify(pa) !== JSON.stringify(pb)) report(i, 'places', pa, pb);
  // Coreference over the model's entities (without the actor stage, which has its own owner).
  const doc = withLayer(withLayer(withLayer(createDoc(text, { source: { format: 'text' }, headlineInText: true }), 'tokens', b.tokens), 'sentences', b.sentences), 'entities', eb);
  const ca = oldImpl.corefEntities(doc), cb = newImpl.corefEntities(doc);
  coref += cb.length - eb.length;
  if (JSON.stringify(ca) !== JSON.stringify(cb)) report(i, 'coref', ca, cb);
}
console.log(`${texts.length} texts (${Math.min(limit, texts.length)} Reuters, rest Wikinews), ${tokens} tokens, ${entities} entities, ${places} places, ${coref} coreference mentions: ${diffs ? `${diffs} differences` : 'identical'}`);
process.exitCode = diffs ? 1 : 0;
