/**
 * PETRARCH verb dictionaries (*.verbs.txt, CAMEO.2.0.txt): synsets (&NAME with +members),
 * verb blocks (--- NAME [code] ---), verbs with irregular forms and codes, and patterns
 * (- PRE * POST [code:reverse]). Transformations (~ ...) are read and skipped.
 */
import { plural, readLines, validCode } from './lines.js';
import type { DictIssue, Parsed, PatternItem, VerbBlock, VerbDictionary, VerbEntry, VerbPattern } from './types.js';

/** Regular forms of an English verb: base, -s, -ed, -ing (with doubled-consonant variants). */
export function verbForms(root: string): string[] {
  const w = root.toLowerCase();
  const out = new Set<string>([w]);
  if (/[^aeiou]y$/.test(w)) { out.add(w.slice(0, -1) + 'ies'); out.add(w.slice(0, -1) + 'ied'); out.add(w + 'ing'); return [...out]; }
  out.add(/(s|sh|ch|x|z|o)$/.test(w) ? w + 'es' : w + 's');
  if (w.endsWith('ie')) { out.add(w + 'd'); out.add(w.slice(0, -2) + 'ying'); return [...out]; }
  if (w.endsWith('e')) { out.add(w + 'd'); out.add(w.endsWith('ee') ? w + 'ing' : w.slice(0, -1) + 'ing'); return [...out]; }
  out.add(w + 'ed'); out.add(w + 'ing');
  if (/[^aeiou][aeiou][bdgklmnprt]$/.test(w)) { const d = w + w[w.length - 1]; out.add(d + 'ed'); out.add(d + 'ing'); }
  return [...out];
}

interface CodePair { code: string | null; reverse: string | null; ok: boolean }
function parseCode(inner: string): CodePair {
  const [a = '', b] = inner.trim().split(':');
  const okA = a === '' || validCode(a);
  const okB = b === undefined || b === '' || validCode(b);
  const norm = (c: string | undefined) => (c === undefined || c === '' || c === '---' ? null : c);
  return { code: norm(a), reverse: norm(b), ok: okA && okB };
}

/** Split a phrase written with _ or blanks into lower-case words. */
function words(phrase: string): string[] {
  return phrase.toLowerCase().split(/[_\s]+/).filter(Boolean);
}

export function parseVerbDictionary(text: string, file: string): Parsed<VerbDictionary> {
  const issues: DictIssue[] = [];
  const issue = (line: number, code: DictIssue['code'], message: string) => issues.push({ code, file, line, message });
  const synsets = new Map<string, (readonly string[])[]>();
  const blocks: VerbBlock[] = [];
  const verbs: VerbEntry[] = [];
  let block: { id: number; name: string; code: string | null; reverse: string | null; patterns: VerbPattern[]; line: number } | null = null;
  let synset: { name: string; plurals: boolean; members: (readonly string[])[] } | null = null;

  const closeBlock = () => {
    if (block) blocks.push({ id: block.id, name: block.name, code: block.code, patterns: block.patterns, file, line: block.line });
    block = null;
  };

  for (const { n, text: raw } of readLines(text)) {
    const line = raw.trim();
    if (synset && line.startsWith('+')) {
      let m = line.slice(1).trim();
      if (m.startsWith('&')) {
        const ref = synsets.get(m.slice(1).replace(/_$/, '').toUpperCase());
        if (!ref) issue(n, 'unknown_synset', `synset ${m} used before it is defined`);
        else synset.members.push(...ref);
        continue;
      }
      const noPlural = m.endsWith('_');
      if (noPlural) m = m.slice(0, -1);
      const w = words(m);
      if (w.length === 0) { issue(n, 'bad_line', 'empty synset member'); continue; }
      synset.members.push(w);
      if (synset.plurals && !noPlural) synset.members.push([...w.slice(0, -1), plural(w[w.length - 1]!)]);
      continue;
    }
    synset = null;
    if (line.startsWith('&')) {
      const label = line.slice(1).trim().split(/\s+/)[0]!;
      const plurals = !label.endsWith('_');
      const name = label.replace(/_$/, '').toUpperCase();
      synset = { name, plurals, members: [] };
      synsets.set(name, synset.members);
      continue;
    }
    if (line.startsWith('---')) {
      closeBlock();
      const m = /^---\s*(.*?)\s*\[([^\]]*)\]\s*---/.exec(line);
      if (!m) { issue(n, 'bad_line', `verb block header without [code]: ${line}`); block = { id: blocks.length, name: line.replace(/-/g, '').trim(), code: null, reverse: null, patterns: [], line: n }; continue; }
      const c = parseCode(m[2]!);
      if (!c.ok) issue(n, 'bad_code', `bad code [${m[2]}] in block header`);
      block = { id: blocks.length + 0, name: m[1]!, code: c.code, reverse: c.reverse, patterns: [], line: n };
      continue;
    }
    if (line.startsWith('~')) continue; // transformation: not used by this coder
    if (!block) { issue(n, 'orphan_line', `line outside any verb block: ${line}`); continue; }
    if (line.startsWith('-')) {
      const p = parsePattern(line, n, file, synsets, issue);
      if (p) block.patterns.push(p);
      continue;
    }
    const v = parseVerbLine(line, n, block.id, block.code, block.reverse, issue);
    if (v) verbs.push(v);
  }
  closeBlock();
  // Block ids are their index in `blocks`.
  const fixed = blocks.map((b, i) => ({ ...b, id: i }));
  const idMap = new Map(blocks.map((b, i) => [b.id, i]));
  const fixedVerbs = verbs.map((v) => ({ ...v, block: idMap.get(v.block) ?? v.block }));
  return { value: { blocks: fixed, verbs: fixedVerbs, synsets }, issues };
}

function parseVerbLine(line: string, n: number, blockId: number, blockCode: string | null, blockReverse: string | null,
  issue: (line: number, code: DictIssue['code'], message: string) => void): VerbEntry | null {
  const m = /^([^\s{[]+)\s*(?:\{([^}]*)\})?\s*(?:\[([^\]]*)\])?\s*(.*)$/.exec(line);
  if (!m) { issue(n, 'bad_line', `unreadable verb line: ${line}`); return null; }
  const key = m[1]!;
  if (m[4] && m[4].trim() && !m[4].trim().startsWith(';')) issue(n, 'bad_line', `unexpected text after verb: ${m[4].trim()}`);
  let code = blockCode;
  let reverse = blockReverse;
  if (m[3] !== undefined) {
    const c = parseCode(m[3]);
    if (!c.ok) issue(n, 'bad_code', `bad code [${m[3]}] for verb ${key}`);
    code = c.code; reverse = c.reverse;
  }
  const forms = new Set<string>();
  const parts = key.replace(/^\+/, '+').split('_').filter(Boolean);
  let vi = parts.findIndex((p) => p.startsWith('+'));
  if (key.startsWith('+')) vi = 0;
  if (vi < 0) vi = 0;
  const clean = parts.map((p) => p.replace(/^\+/, '').toLowerCase());
  if (!clean[vi] || !/^[a-z][a-z'-]*$/.test(clean[vi]!)) { issue(n, 'bad_line', `bad verb ${key}`); return null; }
  for (const f of verbForms(clean[vi]!)) forms.add([...clean.slice(0, vi), f, ...clean.slice(vi + 1)].join(' '));
  if (m[2] !== undefined) {
    for (const irr of m[2].trim().split(/\s+/).filter(Boolean)) {
      const w = irr.split('_').filter(Boolean).map((p) => p.replace(/^\+/, '').toLowerCase());
      if (clean.length > 1 && w.length === 1) forms.add([...clean.slice(0, vi), w[0]!, ...clean.slice(vi + 1)].join(' '));
      else forms.add(w.join(' '));
    }
  }
  return { key, forms: [...forms], code, reverse, block: blockId, line: n };
}

function parsePattern(line: string, n: number, file: string, synsets: Map<string, (readonly string[])[]>,
  issue: (line: number, code: DictIssue['code'], message: string) => void): VerbPattern | null {
  const cm = /\[([^\]]*)\]\s*$/.exec(line) ?? /\[([^\]]*)\]/.exec(line);
  if (!cm) { issue(n, 'bad_code', `pattern without [code]: ${line}`); return null; }
  const c = parseCode(cm[1]!);
  if (!c.ok) { issue(n, 'bad_code', `bad code [${cm[1]}] in pattern`); return null; }
  const body = line.slice(1, cm.index).replace(/[{}()]/g, ' ').trim();
  type Flat = { item: PatternItem | 'verb'; joinPrev: boolean };
  const flat: Flat[] = [];
  for (const chunk of body.split(/\s+/).filter(Boolean)) {
    // '*' may be glued to words with '_' (IN_*, *_OUT); '+' glued at the end marks the target actor.
    const pieces = chunk.split('_').filter((p) => p !== '');
    pieces.forEach((p, i) => {
      const joinPrev = i > 0;
      if (p === '*') { flat.push({ item: 'verb', joinPrev }); return; }
      if (p === '$' || p === '+' || p === '%') {
        flat.push({ item: { kind: 'actor', role: p === '$' ? 'source' : p === '+' ? 'target' : 'compound', adjacent: false }, joinPrev });
        return;
      }
      if (p === '^') return;
      if (p.startsWith('&')) {
        const s = synsets.get(p.slice(1).toUpperCase());
        if (!s) { issue(n, 'unknown_synset', `unknown synset ${p}`); flat.push({ item: { kind: 'words', alts: [], adjacent: false }, joinPrev }); return; }
        flat.push({ item: { kind: 'words', alts: s, adjacent: false, synset: p.slice(1).toUpperCase() }, joinPrev });
        return;
      }
      flat.push({ item: { kind: 'words', alts: [[p.toLowerCase()]], adjacent: false }, joinPrev });
    });
  }
  if (flat.some((f) => f.item !== 'verb' && f.item.kind === 'words' && f.item.alts.length === 0)) return null;
  const vi = flat.findIndex((f) => f.item === 'verb');
  if (vi < 0) { issue(n, 'bad_line', `pattern without *: ${line}`); return null; }
  const pre: PatternItem[] = [];
  for (let i = 0; i < vi; i++) pre.push({ ...(flat[i]!.item as PatternItem), adjacent: flat[i + 1]!.joinPrev });
  const post: PatternItem[] = [];
  for (let i = vi + 1; i < flat.length; i++) {
    const f = flat[i]!;
    if (f.item === 'verb') { issue(n, 'bad_line', `pattern with two *: ${line}`); return null; }
    post.push({ ...f.item, adjacent: f.joinPrev });
  }
  return { pre, post, code: c.code, reverse: c.reverse, text: line.slice(0, cm.index + cm[0].length).trim(), file, line: n };
}
