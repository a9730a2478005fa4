/**
 * PETRARCH agent dictionaries (*.agents.txt): PHRASE {plural} [~CODE] or [CODE~], with
 * substitution markers (!PERSON! = MAN, MEN, ...).
 */
import { plural, readLines } from './lines.js';
import { phraseWords } from './phrase.js';
import type { AgentEntry, DictIssue, Parsed } from './types.js';

export function parseAgentDictionary(text: string, file: string): Parsed<AgentEntry[]> {
  const issues: DictIssue[] = [];
  const out: AgentEntry[] = [];
  const subs = new Map<string, string[]>();
  for (const { n, text: raw } of readLines(text)) {
    const line = raw.trim();
    const sm = /^!([A-Z0-9_]+)!\s*=\s*(.+)$/i.exec(line);
    if (sm) { subs.set(sm[1]!.toUpperCase(), sm[2]!.split(',').map((s) => s.trim()).filter(Boolean)); continue; }
    const m = /^([^{[]+?)\s*(?:\{([^}]*)\})?\s*\[([^\]]*)[\]}]/.exec(line);
    if (!m) { issues.push({ code: 'bad_line', file, line: n, message: `agent line without [code]: ${line}` }); continue; }
    const rawCode = m[3]!.trim();
    let position: 'suffix' | 'prefix';
    let code: string;
    if (rawCode.startsWith('~')) { position = 'suffix'; code = rawCode.slice(1); }
    else if (rawCode.endsWith('~')) { position = 'prefix'; code = rawCode.slice(0, -1); }
    else { position = 'suffix'; code = rawCode; issues.push({ code: 'bad_code', file, line: n, message: `agent code without ~: [${rawCode}]` }); }
    if (!/^[A-Z0-9]{2,}$/i.test(code)) { issues.push({ code: 'bad_code', file, line: n, message: `bad agent code [${rawCode}]` }); continue; }
    code = code.toUpperCase();
    const base = m[1]!.trim();
    const variants: { text: string; substituted: boolean }[] = [];
    const mk = /!([A-Z0-9_]+)!/i.exec(base);
    if (mk) {
      const list = subs.get(mk[1]!.toUpperCase());
      if (!list) { issues.push({ code: 'unknown_synset', file, line: n, message: `unknown substitution marker !${mk[1]}!` }); continue; }
      for (const s of list) variants.push({ text: base.replace(mk[0], s), substituted: true });
    } else variants.push({ text: base, substituted: false });
    const phrases: string[][] = [];
    for (const v of variants) {
      const w = phraseWords(v.text.replace(/_+$/, ''));
      if (!w.length) continue;
      phrases.push(w);
      if (v.substituted) continue;
      if (m[2] === undefined) phrases.push([...w.slice(0, -1), plural(w[w.length - 1]!)]);
      else if (m[2].trim()) for (const p of m[2].trim().split(/\s+/)) { const pw = phraseWords(p); if (pw.length) phrases.push(pw); }
    }
    if (!phrases.length) { issues.push({ code: 'bad_line', file, line: n, message: `no phrase: ${line}` }); continue; }
    out.push({ phrases, code, position, name: phrases[0]!.join(' '), file, line: n });
  }
  return { value: out, issues };
}
