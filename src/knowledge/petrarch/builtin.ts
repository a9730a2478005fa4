/**
 * dateline's own dictionary files (data/verbs/*.tsv): the verb patterns, actors, agents
 * and discards derived from PETRARCH2's dictionaries by scripts/build-verbs.ts, in a
 * flat TSV that loads fast. This module writes and reads that format; the reader checks
 * every row and names file and line of each bad one.
 *
 * verbs.tsv rows (tab-separated):
 *   synset  NAME   alt|alt|...            (words of one alternative joined by '+')
 *   block   ID     NAME      CODE         origin
 *   verb    BLOCK  KEY       form|form    CODE   origin
 *   pattern BLOCK  PRE       POST         CODE   origin
 * PRE/POST: items separated by blanks; an item is a word (w1+w2 for a phrase), &SYNSET,
 * $ (source), @ (target) or % (compound); a leading '=' marks it adjacent (PRE: to the next
 * item or the verb; POST: to the previous item or the verb). CODE: code, code:reverse, or ---.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ActorEntry, AgentEntry, DictIssue, DiscardEntry, Parsed, PatternItem, PetrarchDictionaries, VerbBlock, VerbDictionary, VerbEntry, VerbPattern } from './types.js';

const codeOut = (c: string | null, r: string | null) => (r ? `${c ?? ''}:${r}` : c ?? '---');
function codeIn(s: string): { code: string | null; reverse: string | null } | null {
  const m = /^(\d{2,4}[A-Z]?|---|)(?::(\d{2,4}[A-Z]?|---))?$/.exec(s);
  if (!m) return null;
  const n = (x: string | undefined) => (!x || x === '---' ? null : x);
  return { code: n(m[1]), reverse: n(m[2]) };
}

function itemOut(it: PatternItem): string {
  const adj = it.adjacent ? '=' : '';
  if (it.kind === 'actor') return adj + (it.role === 'source' ? '$' : it.role === 'target' ? '@' : '%');
  if (it.synset) return `${adj}&${it.synset}`;
  return adj + it.alts.map((a) => a.join('+')).join('|');
}

export function writeVerbsTsv(d: VerbDictionary, origin: (file: string) => string, header: string): string {
  const rows: string[] = [header.trimEnd(), '#kind\tkey\ta\tb\tcode\torigin'];
  for (const [name, alts] of d.synsets) rows.push(`synset\t${name}\t${alts.map((a) => a.join('+')).join('|')}`);
  for (const b of d.blocks) {
    rows.push(`block\t${b.id}\t${b.name}\t\t${b.code ?? '---'}\t${origin(b.file)}:${b.line}`);
    for (const p of b.patterns) {
      rows.push(`pattern\t${b.id}\t${p.pre.map(itemOut).join(' ')}\t${p.post.map(itemOut).join(' ')}\t${codeOut(p.code, p.reverse)}\t${origin(p.file)}:${p.line}`);
    }
  }
  for (const v of d.verbs) {
    const b = d.blocks[v.block];
    rows.push(`verb\t${v.block}\t${v.key}\t${v.forms.join('|')}\t${codeOut(v.code, v.reverse)}\t${origin(b?.file ?? '')}:${v.line}`);
  }
  return rows.join('\n') + '\n';
}

export function readVerbsTsv(text: string, file: string): Parsed<VerbDictionary> {
  const issues: DictIssue[] = [];
  const bad = (line: number, message: string, code: DictIssue['code'] = 'bad_line') => issues.push({ code, file, line, message });
  const synsets = new Map<string, (readonly string[])[]>();
  const blocks: VerbBlock[] = [];
  const patterns = new Map<number, VerbPattern[]>();
  const verbs: VerbEntry[] = [];
  const lines = text.split('\n');
  const parseItems = (s: string, n: number): PatternItem[] | null => {
    const out: PatternItem[] = [];
    for (let tok of s.split(' ').filter(Boolean)) {
      const adjacent = tok.startsWith('=');
      if (adjacent) tok = tok.slice(1);
      if (tok === '$' || tok === '@' || tok === '%') { out.push({ kind: 'actor', role: tok === '$' ? 'source' : tok === '@' ? 'target' : 'compound', adjacent }); continue; }
      if (tok.startsWith('&')) {
        const alts = synsets.get(tok.slice(1));
        if (!alts) { bad(n, `unknown synset ${tok}`, 'unknown_synset'); return null; }
        out.push({ kind: 'words', alts, adjacent, synset: tok.slice(1) });
        continue;
      }
      out.push({ kind: 'words', alts: tok.split('|').map((a) => a.split('+')), adjacent });
    }
    return out;
  };
  for (let i = 0; i < lines.length; i++) {
    const n = i + 1;
    const line = lines[i]!;
    if (!line || line.startsWith('#')) continue;
    const f = line.split('\t');
    const originOf = (s: string | undefined) => { const m = /^(.*):(\d+)$/.exec(s ?? ''); return m ? { file: m[1]!, line: +m[2]! } : { file, line: n }; };
    switch (f[0]) {
      case 'synset': {
        if (f.length < 3 || !f[1]) { bad(n, 'synset row needs NAME and alternatives'); break; }
        synsets.set(f[1], f[2]!.split('|').filter(Boolean).map((a) => a.split('+')));
        break;
      }
      case 'block': {
        const c = codeIn(f[4] ?? '');
        if (f.length < 6 || !/^\d+$/.test(f[1]!) || !c) { bad(n, 'bad block row'); break; }
        const o = originOf(f[5]);
        blocks.push({ id: +f[1]!, name: f[2]!, code: c.code, patterns: [], file: o.file, line: o.line });
        if (+f[1]! !== blocks.length - 1) bad(n, `block ids must be 0,1,2,… in order (got ${f[1]})`);
        break;
      }
      case 'pattern': {
        const c = codeIn(f[4] ?? '');
        if (f.length < 6 || !/^\d+$/.test(f[1]!) || !c) { bad(n, 'bad pattern row', c ? 'bad_line' : 'bad_code'); break; }
        const pre = parseItems(f[2]!, n), post = parseItems(f[3]!, n);
        if (!pre || !post) break;
        const o = originOf(f[5]);
        const list = patterns.get(+f[1]!) ?? [];
        list.push({ pre, post, code: c.code, reverse: c.reverse, text: `${f[2]} * ${f[3]} [${f[4]}]`.trim(), file: o.file, line: o.line });
        patterns.set(+f[1]!, list);
        break;
      }
      case 'verb': {
        const c = codeIn(f[4] ?? '');
        if (f.length < 6 || !/^\d+$/.test(f[1]!) || !c || !f[3]) { bad(n, 'bad verb row'); break; }
        verbs.push({ key: f[2]!, forms: f[3]!.split('|'), code: c.code, reverse: c.reverse, block: +f[1]!, line: originOf(f[5]).line });
        break;
      }
      default: bad(n, `unknown row kind ${JSON.stringify(f[0])}`);
    }
  }
  const full = blocks.map((b) => ({ ...b, patterns: patterns.get(b.id) ?? [] }));
  for (const v of verbs) if (!full[v.block]) bad(0, `verb ${v.key} names unknown block ${v.block}`);
  return { value: { blocks: full, verbs: verbs.filter((v) => full[v.block]), synsets }, issues };
}

/* actors.tsv: phrase|phrase  CODE|---  dated (CODE@from..to;...)  origin */
export function writeActorsTsv(actors: readonly ActorEntry[], origin: (f: string) => string, header: string): string {
  const rows = [header.trimEnd(), '#phrases\tcode\tdated\torigin'];
  for (const a of actors) {
    const dated = a.dated.map((d) => `${d.code}@${d.from ?? ''}..${d.to ?? ''}`).join(';');
    rows.push(`${a.phrases.map((p) => p.join(' ')).join('|')}\t${a.code ?? '---'}\t${dated}\t${origin(a.file)}:${a.line}`);
  }
  return rows.join('\n') + '\n';
}

export function readActorsTsv(text: string, file: string): Parsed<ActorEntry[]> {
  const issues: DictIssue[] = [];
  const out: ActorEntry[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line || line.startsWith('#')) continue;
    const f = line.split('\t');
    if (f.length < 4 || !f[0]) { issues.push({ code: 'bad_line', file, line: i + 1, message: 'actor row needs phrases, code, dated, origin' }); continue; }
    const dated = [];
    let ok = true;
    for (const d of f[2] ? f[2].split(';') : []) {
      const m = /^([A-Z0-9/-]+)@(\d{4}-\d\d-\d\d)?\.\.(\d{4}-\d\d-\d\d)?$/.exec(d);
      if (!m) { ok = false; break; }
      dated.push({ code: m[1]!, from: m[2] ?? null, to: m[3] ?? null });
    }
    if (!ok || !/^([A-Z0-9]{3,}(\/[A-Z0-9]{3,})*|---)$/.test(f[1]!)) { issues.push({ code: 'bad_code', file, line: i + 1, message: `bad code or date in ${JSON.stringify(f[1])} / ${JSON.stringify(f[2])}` }); continue; }
    const phrases = f[0].split('|').map((p) => p.split(' '));
    out.push({ phrases, code: f[1] === '---' ? null : f[1]!, dated, name: phrases[0]!.join(' '), file, line: i + 1 });
  }
  return { value: out, issues };
}

/* agents.tsv: phrase|phrase  CODE  suffix|prefix  origin */
export function writeAgentsTsv(agents: readonly AgentEntry[], origin: (f: string) => string, header: string): string {
  const rows = [header.trimEnd(), '#phrases\tcode\tposition\torigin'];
  for (const a of agents) rows.push(`${a.phrases.map((p) => p.join(' ')).join('|')}\t${a.code}\t${a.position}\t${origin(a.file)}:${a.line}`);
  return rows.join('\n') + '\n';
}

export function readAgentsTsv(text: string, file: string): Parsed<AgentEntry[]> {
  const issues: DictIssue[] = [];
  const out: AgentEntry[] = [];
  text.split('\n').forEach((line, i) => {
    if (!line || line.startsWith('#')) return;
    const f = line.split('\t');
    if (f.length < 4 || !f[0] || !/^[A-Z0-9]{2,}$/.test(f[1]!) || (f[2] !== 'suffix' && f[2] !== 'prefix')) {
      issues.push({ code: 'bad_line', file, line: i + 1, message: 'agent row needs phrases, CODE, suffix|prefix, origin' });
      return;
    }
    const phrases = f[0].split('|').map((p) => p.split(' '));
    out.push({ phrases, code: f[1]!, position: f[2], name: phrases[0]!.join(' '), file, line: i + 1 });
  });
  return { value: out, issues };
}

/* discards.tsv: text  story|sentence  whole|stem */
export function writeDiscardsTsv(d: readonly DiscardEntry[], header: string): string {
  return [header.trimEnd(), '#text\tscope\tmatch', ...d.map((x) => `${x.text}\t${x.story ? 'story' : 'sentence'}\t${x.whole ? 'whole' : 'stem'}`)].join('\n') + '\n';
}

export function readDiscardsTsv(text: string, file: string): Parsed<DiscardEntry[]> {
  const issues: DictIssue[] = [];
  const out: DiscardEntry[] = [];
  text.split('\n').forEach((line, i) => {
    if (!line || line.startsWith('#')) return;
    const f = line.split('\t');
    if (f.length < 3 || !f[0] || !/^(story|sentence)$/.test(f[1]!) || !/^(whole|stem)$/.test(f[2]!)) {
      issues.push({ code: 'bad_line', file, line: i + 1, message: 'discard row needs text, story|sentence, whole|stem' });
      return;
    }
    out.push({ text: f[0], story: f[1] === 'story', whole: f[2] === 'whole' });
  });
  return { value: out, issues };
}

/** data/verbs of this installation (src/ and dist/ both sit three levels below the root). */
export function builtinDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    if (existsSync(join(dir, 'data', 'verbs', 'verbs.tsv'))) return join(dir, 'data', 'verbs');
    dir = dirname(dir);
  }
  return join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'data', 'verbs');
}

export interface BuiltinDictionaries {
  readonly dictionaries: PetrarchDictionaries;
  readonly issues: readonly DictIssue[];
}

/** data/verbs/country-names.tsv: 3-letter actor code → display name. */
export function loadCountryNames(dir: string = builtinDir()): { names: Map<string, string>; issues: DictIssue[] } {
  const file = join(dir, 'country-names.tsv');
  const names = new Map<string, string>();
  const issues: DictIssue[] = [];
  readFileSync(file, 'utf8').split('\n').forEach((line, i) => {
    if (!line || line.startsWith('#') || line.startsWith('code\t')) return;
    const [code, name] = line.split('\t');
    if (!code || !/^[A-Z]{3}$/.test(code) || !name) issues.push({ code: 'bad_line', file, line: i + 1, message: `bad country-name row: ${line}` });
    else names.set(code, name);
  });
  return { names, issues };
}

/** The shipped dictionaries: verb patterns, actors, agents and discards from data/verbs.
 * Without `actors` (the event stage reading actor codes from the entity layer) the actor and
 * agent files, the bulk of the data, are not read. */
export function loadBuiltinDictionaries(dir: string = builtinDir(), parts: { actors?: boolean } = {}): BuiltinDictionaries {
  const read = (name: string) => readFileSync(join(dir, name), 'utf8');
  const withActors = parts.actors ?? true;
  const v = readVerbsTsv(read('verbs.tsv'), join(dir, 'verbs.tsv'));
  const a = withActors ? readActorsTsv(read('actors.tsv'), join(dir, 'actors.tsv')) : { value: [], issues: [] };
  const g = withActors ? readAgentsTsv(read('agents.tsv'), join(dir, 'agents.tsv')) : { value: [], issues: [] };
  const d = readDiscardsTsv(read('discards.tsv'), join(dir, 'discards.tsv'));
  return { dictionaries: { verbs: v.value, actors: a.value, agents: g.value, discards: d.value }, issues: [...v.issues, ...a.issues, ...g.issues, ...d.issues] };
}
