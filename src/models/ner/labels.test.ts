import { describe, expect, it } from 'vitest';
import { chunks, LABEL_INDEX, labelChunks } from './labels.js';

describe('labelChunks', () => {
  it('finds the same chunks in label indices as chunks() in the IOB2 tags', () => {
    const seqs = [
      'B-PER I-PER O B-LOC',
      'I-ORG I-ORG O',               // a stray I- starts a chunk
      'B-PER B-PER I-PER I-LOC O',   // B after B, and a type change inside
      'O O',
      'B-MISC',
      'B-ORG I-ORG I-ORG',
    ];
    for (const s of seqs) {
      const tags = s.split(' ');
      const ys = Int32Array.from(tags, (t) => LABEL_INDEX.get(t)!);
      expect(labelChunks(ys), s).toEqual(chunks(tags));
    }
    expect(labelChunks(Int32Array.from('B-PER I-PER O B-LOC'.split(' '), (t) => LABEL_INDEX.get(t)!)))
      .toEqual([{ start: 0, end: 2, type: 'PER' }, { start: 3, end: 4, type: 'LOC' }]);
  });
});
