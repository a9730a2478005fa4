import { describe, expect, it } from 'vitest';
import { createDoc, layer } from '../../document/document.js';
import { segmentStage } from '../segment/index.js';
import { structure } from './structure.js';

/** Tokens and sentences of a text, and the structure around the word `cue` of each sentence. */
function around(text: string, cue: string) {
  const doc = segmentStage.run(createDoc(text, { source: { format: 'text' }, headlineInText: false }), {});
  const tokens = layer(doc, 'tokens');
  const sentRange = layer(doc, 'sentences').map((s) => {
    const a = tokens.findIndex((t) => t.start >= s.start);
    let b = a;
    while (b < tokens.length && tokens[b]!.end <= s.end) b++;
    return { start: a, end: b };
  });
  const strongest = Int32Array.from(sentRange, (s) => {
    for (let i = s.start; i < s.end; i++) if (tokens[i]!.norm === cue) return i;
    return -1;
  });
  const st = structure(tokens, sentRange, strongest);
  const words = (rel: number) => tokens.filter((_, i) => st.cueRel[i] === rel).map((t) => t.norm).join(' ');
  return { tokens, st, words };
}

describe('shallow syntax around the cue', () => {
  it('finds the subject chunk before the verb group and the group itself', () => {
    const { words } = around('The foreign minister has repeatedly said that the talks would resume in Geneva.', 'said');
    expect(words(1)).toBe('the foreign minister');
    expect(words(3)).toBe('has repeatedly');
    expect(words(2)).toBe('');
  });
  it('finds a post-posed subject after the cue', () => {
    const { words } = around('“The border will stay closed,” said the army spokesman on Tuesday.', 'said');
    expect(words(2)).toBe('the army spokesman');
    expect(words(1)).toBe('');
  });
  it('marks what opens each chunk: a preposition before the object of a phrase', () => {
    const { tokens, st } = around('Officials in Kabul told reporters that the road was open.', 'told');
    const at = (w: string) => tokens.findIndex((t) => t.norm === w.toLowerCase());
    expect(st.chunkAfter[at('Officials')]).toBe(1); // sentence start
    expect(st.chunkAfter[at('Kabul')]).toBe(2); // after "in"
    expect(st.chunkAfter[at('reporters')]).toBe(3); // after the verb
    expect(st.chunkPos[at('Kabul')]).toBe(4); // a chunk of one
  });
  it('leaves sentences without a cue alone', () => {
    const { st } = around('The road was open again.', 'said');
    expect(Array.from(st.cueRel).every((x) => x === 0)).toBe(true);
    expect(Array.from(st.chunkAfter).every((x) => x === 0)).toBe(true);
  });
});
