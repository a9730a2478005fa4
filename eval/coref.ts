/**
 * Pronoun resolution against GUM's gold coreference (../shared/corpora/gum, CC BY,
 * Zeldes 2017). For each document of the chosen genres the text is rebuilt from the
 * CoNLL-U tokens; the gold *named* mentions of people, organisations and places are
 * given as the entity layer (standing in for NER); the coref stage then resolves
 * third-person pronouns. A singular pronoun (he, him, his, she, her, ...) counts as
 * correct when its chain reaches a named mention of the same gold entity; plural
 * pronouns (they, them, their) when one of their members' mentions does.
 * Only pronouns whose gold entity has a named mention before them are scored.
 *
 * usage: npx tsx eval/coref.ts [--genres news,bio] [--verbose]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDoc, layer, withLayer } from '../src/document/document.js';
import type { Entity, EntityType } from '../src/document/layers.js';
import { segmentStage } from '../src/stages/segment/index.js';
import { createCorefStage } from '../src/stages/coref/index.js';
import { loadActorKnowledge } from '../src/knowledge/actors/load.js';

const here = dirname(fileURLToPath(import.meta.url));
const GUM = resolve(here, '../../shared/corpora/gum');

interface GoldMention {
  start: number;
  end: number;
  id: string;
  etype: string;
  named: boolean;
  pronoun: string | null;
}

const SINGULAR = new Set(['he', 'him', 'his', 'she', 'her', 'hers', 'himself', 'herself']);
const PLURAL = new Set(['they', 'them', 'their', 'themselves']);
const TYPES: Record<string, EntityType> = { person: 'PER', organization: 'ORG', place: 'LOC' };

/** Rebuild one GUM document: its text and gold mentions with character offsets. */
export function readGum(path: string): { text: string; mentions: GoldMention[] }[] {
  const docs: { text: string; mentions: GoldMention[] }[] = [];
  let text = '';
  let mentions: GoldMention[] = [];
  let open: { id: string; etype: string; start: number; tokens: { form: string; upos: string }[] }[] = [];
  const flush = () => { if (text) docs.push({ text, mentions }); text = ''; mentions = []; open = []; };
  let needSpace = false;
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.startsWith('# newdoc')) { flush(); needSpace = false; continue; }
    if (line.startsWith('# newpar')) { if (text) { text += '\n\n'; needSpace = false; } continue; }
    if (!line || line.startsWith('#')) { if (!line && text && !text.endsWith('\n')) needSpace = true; continue; }
    const cols = line.split('\t');
    if (!/^\d+$/.test(cols[0]!)) continue; // multiword and empty nodes
    const form = cols[1]!, upos = cols[3]!, misc = cols[9]!;
    if (needSpace && text && !/\s$/.test(text)) text += ' ';
    const start = text.length;
    text += form;
    const end = text.length;
    needSpace = !/SpaceAfter=No/.test(misc);
    for (const o of open) o.tokens.push({ form, upos });
    const ent = /(?:^|\|)Entity=([^|]*)/.exec(misc)?.[1] ?? '';
    let i = 0;
    while (i < ent.length) {
      if (ent[i] === '(') {
        let j = i + 1;
        while (j < ent.length && ent[j] !== '(' && ent[j] !== ')') j++;
        const body = ent.slice(i + 1, j);
        const [id, etype] = body.split('-');
        const m = { id: id!, etype: etype ?? '', start, tokens: [{ form, upos }] };
        if (ent[j] === ')') { close(m, end); j++; } else open.push(m);
        i = j;
      } else {
        const mm = /^(\d+)\)/.exec(ent.slice(i));
        if (mm) {
          const k = open.map((o) => o.id).lastIndexOf(mm[1]!);
          if (k >= 0) { close(open[k]!, end); open.splice(k, 1); }
          i += mm[0].length;
        } else i++;
      }
    }
  }
  flush();
  return docs;

  function close(m: { id: string; etype: string; start: number; tokens: { form: string; upos: string }[] }, end: number) {
    const single = m.tokens.length === 1 ? m.tokens[0]!.form.toLowerCase() : null;
    const pronoun = single && (SINGULAR.has(single) || PLURAL.has(single)) ? single : null;
    mentions.push({ start: m.start, end, id: m.id, etype: m.etype, named: m.tokens.some((t) => t.upos === 'PROPN') && !pronoun, pronoun });
  }
}

export async function evaluate(options: { genres?: string[]; verbose?: boolean } = {}): Promise<Record<string, number>> {
  const genres = options.genres ?? ['news'];
  const files = readdirSync(GUM).filter((f) => f.endsWith('.conllu') && genres.some((g) => f.startsWith(`GUM_${g}_`))).sort();
  const coref = createCorefStage(loadActorKnowledge());
  let nSing = 0, okSing = 0, nPlur = 0, okPlur = 0, answered = 0;
  for (const f of files) {
    for (const { text, mentions } of readGum(join(GUM, f))) {
      const named = mentions.filter((m) => m.named && TYPES[m.etype]);
      // Outermost named mentions only, as NER gives them.
      const outer = named.filter((m) => !named.some((o) => o !== m && o.start <= m.start && m.end <= o.end && (o.end - o.start) > (m.end - m.start)));
      const seen = new Set<string>();
      const ents: Entity[] = [];
      for (const m of outer.sort((a, b) => a.start - b.start)) {
        const k = `${m.start}:${m.end}`;
        if (seen.has(k)) continue;
        seen.add(k);
        ents.push({ start: m.start, end: m.end, text: text.slice(m.start, m.end), type: TYPES[m.etype]!, via: 'model' });
      }
      const goldOf = new Map<string, string>();
      for (const m of outer) goldOf.set(`${m.start}:${m.end}`, m.id);
      let doc = segmentStage.run(createDoc(text, { source: { format: 'text', path: f }, headlineInText: true }), {});
      doc = coref.run(withLayer(doc, 'entities', ents), {});
      const out = layer(doc, 'entities');
      for (const p of mentions.filter((m) => m.pronoun)) {
        const firstNamed = outer.find((m) => m.id === p.id && m.start < p.start);
        if (!firstNamed) continue;
        const plural = PLURAL.has(p.pronoun!);
        const mine = out.find((e) => e.start === p.start && e.end === p.end && e.via === 'coref');
        let ok = false;
        if (mine) {
          answered++;
          const chainIds = out.filter((e) => e.chain === mine.chain && e.via !== 'coref').map((e) => goldOf.get(`${e.start}:${e.end}`));
          ok = chainIds.includes(p.id);
          if (!ok && mine.members) {
            // A group: correct if it includes a mention of the gold entity by name.
            const names = out.filter((e) => e.via !== 'coref' && goldOf.get(`${e.start}:${e.end}`) === p.id).map((e) => e.actor ?? e.name ?? e.text);
            ok = names.some((n) => mine.members!.includes(n));
          }
        }
        if (plural) { nPlur++; if (ok) okPlur++; } else { nSing++; if (ok) okSing++; }
        if (options.verbose && !ok) console.log(`${f}\t${p.pronoun}\t${text.slice(Math.max(0, p.start - 60), p.end + 20).replace(/\s+/g, ' ')}\t→ ${mine?.name ?? '-'} (gold: ${firstNamed ? text.slice(firstNamed.start, firstNamed.end) : '-'})`);
      }
    }
  }
  return {
    singularAccuracy: okSing / nSing,
    pluralAccuracy: nPlur ? okPlur / nPlur : 0,
    singularPronouns: nSing,
    pluralPronouns: nPlur,
    answered,
  };
}

/** The headline scores for the accuracy gate (GUM news): pronoun resolution accuracy. */
export async function run(): Promise<Record<string, number>> {
  const s = await evaluate();
  return { singular: s.singularAccuracy!, plural: s.pluralAccuracy! };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const gi = process.argv.indexOf('--genres');
  const genres = gi >= 0 ? process.argv[gi + 1]!.split(',') : undefined;
  const s = await evaluate({ genres, verbose: process.argv.includes('--verbose') });
  console.log(`pronoun resolution on GUM (${(genres ?? ['news']).join(', ')}), gold named mentions as input:`);
  console.log(`  he/she/his/her...  ${(s.singularAccuracy! * 100).toFixed(1)}%  of ${s.singularPronouns}`);
  console.log(`  they/them/their    ${(s.pluralAccuracy! * 100).toFixed(1)}%  of ${s.pluralPronouns}`);
}
