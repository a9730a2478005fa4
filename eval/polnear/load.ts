/**
 * Reader for the PolNeAR brat standoff files: one `.txt` per article in `text/`,
 * and one `.ann` per annotator in `attributions/` (`<name>_<annotator>.ann`).
 * Spans may be discontinuous (`start end;start end`); each fragment is kept.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Span } from '../../src/document/span.js';

export type Role = 'Content' | 'Cue' | 'Source';

export interface GoldAttribution {
  readonly id: string;
  /** Fragments of each role (discontinuous spans keep all fragments). */
  readonly content: readonly Span[];
  readonly cue: readonly Span[];
  readonly source: readonly Span[];
}

export interface GoldArticle {
  readonly name: string;
  readonly annotator: string;
  readonly text: string;
  readonly attributions: readonly GoldAttribution[];
}

export class AnnError extends Error {
  constructor(readonly file: string, readonly line: number, reason: string) {
    super(`${file}:${line}: ${reason}`);
  }
}

/** Parse one .ann file against its text. */
export function parseAnn(ann: string, text: string, file = '<ann>'): GoldAttribution[] {
  const spans = new Map<string, { type: string; frags: Span[] }>();
  const events: { id: string; args: Record<string, string> }[] = [];
  const lines = ann.split('\n');
  lines.forEach((line, i) => {
    if (/^T\d+\t/.test(line)) {
      const [id, head] = line.split('\t');
      const m = /^(\S+) (.+)$/.exec(head ?? '');
      if (!m) throw new AnnError(file, i + 1, `bad text-bound line`);
      const frags = m[2]!.split(';').map((p) => {
        const [a, b] = p.trim().split(' ').map(Number);
        if (!Number.isInteger(a) || !Number.isInteger(b) || a! < 0 || b! < a! || b! > text.length) {
          throw new AnnError(file, i + 1, `bad offsets ${p}`);
        }
        return { start: a!, end: b! };
      });
      spans.set(id!, { type: m[1]!, frags });
    } else if (/^E\d+\t/.test(line)) {
      const [id, body] = line.split('\t');
      const args: Record<string, string> = {};
      for (const part of (body ?? '').trim().split(/\s+/)) {
        const [k, v] = part.split(':');
        if (k && v) args[k] = v;
      }
      events.push({ id: id!, args });
    }
  });
  const out: GoldAttribution[] = [];
  for (const e of events) {
    const get = (k: string) => (e.args[k] ? spans.get(e.args[k]!)?.frags ?? [] : []);
    const content = get('Content');
    if (content.length === 0) continue;
    out.push({ id: e.id, content, cue: get('Cue'), source: get('Source') });
  }
  return out;
}

/**
 * Articles of one split directory (`.../polnear/train` or `.../dev`). Where several
 * annotators annotated an article, the first annotation file (by name) is used,
 * unless allAnnotators asks for each annotation as an article of its own (training).
 */
export function loadSplit(dir: string, allAnnotators = false): GoldArticle[] {
  const annDir = join(dir, 'attributions');
  const files = readdirSync(annDir).filter((f) => f.endsWith('.ann')).sort();
  const seen = new Set<string>();
  const out: GoldArticle[] = [];
  for (const f of files) {
    const m = /^(.*)_([0-9a-f]+)\.ann$/.exec(f);
    if (!m) continue;
    const name = m[1]!;
    if (seen.has(name) && !allAnnotators) continue;
    seen.add(name);
    const text = readFileSync(join(dir, 'text', `${name}.txt`), 'utf8');
    const ann = readFileSync(join(annDir, f), 'utf8');
    out.push({ name, annotator: m[2]!, text, attributions: parseAnn(ann, text, f) });
  }
  return out;
}
