/**
 * CoNLL-2003 column format: reading labelled files, and `dateline tag --conll`
 * (token in the first column, blank line between sentences, -DOCSTART- lines passed
 * through; each token line gets the predicted IOB2 tag appended as its last column).
 */
import type { NerModel } from './model.js';
import { defaultNerModel } from './model.js';

export interface ConllSentence {
  readonly words: string[];
  /** Gold tags from the last column, if the file has them. */
  readonly tags: string[];
}

export type ConllDoc = ConllSentence[];

/** Documents (split at -DOCSTART-) of sentences from CoNLL text; tags from the last column. */
export function parseConll(text: string): ConllDoc[] {
  const docs: ConllDoc[] = [];
  let doc: ConllDoc = [];
  let words: string[] = [];
  let tags: string[] = [];
  const endSentence = () => { if (words.length) doc.push({ words, tags }); words = []; tags = []; };
  for (const raw of text.split('\n')) {
    const line = raw.replace(/\r$/, '');
    if (!line.trim()) { endSentence(); continue; }
    const cols = line.trim().split(/\s+/);
    if (cols[0] === '-DOCSTART-') { endSentence(); if (doc.length) docs.push(doc); doc = []; continue; }
    words.push(cols[0]!);
    tags.push(cols.length > 1 ? cols[cols.length - 1]! : 'O');
  }
  endSentence();
  if (doc.length) docs.push(doc);
  return docs;
}

/**
 * Tag CoNLL input. Lines are written back unchanged with one more space-separated column;
 * blank lines and -DOCSTART- lines pass through as they are. Sentences between two
 * -DOCSTART- lines form one document and share document-level cues.
 */
export function tagConll(input: string, model: NerModel = defaultNerModel()): string {
  const lines = input.split('\n');
  const trailingNewline = input.endsWith('\n');
  if (trailingNewline) lines.pop();
  // Group line indices into sentences and documents.
  const docs: number[][][] = [];
  let doc: number[][] = [];
  let sent: number[] = [];
  const endSentence = () => { if (sent.length) doc.push(sent); sent = []; };
  const endDoc = () => { endSentence(); if (doc.length) docs.push(doc); doc = []; };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.replace(/\r$/, '');
    if (!line.trim()) { endSentence(); continue; }
    if (line.trim().split(/\s+/)[0] === '-DOCSTART-') { endDoc(); continue; }
    sent.push(i);
  }
  endDoc();
  const out = lines.slice();
  for (const d of docs) {
    const sentences = d.map((s) => s.map((i) => lines[i]!.trim().split(/\s+/)[0]!));
    const tags = model.tagDocument(sentences);
    d.forEach((s, si) => s.forEach((li, k) => {
      const cr = lines[li]!.endsWith('\r');
      out[li] = lines[li]!.replace(/\s+$/, '') + ' ' + tags[si]![k]! + (cr ? '\r' : '');
    }));
  }
  return out.join('\n') + (trailingNewline ? '\n' : '');
}
