/**
 * Shallow syntax around each sentence's strongest likely cue, for the attribution
 * tagger: noun chunks (as src/stages/syntax reads them, a personal pronoun being a chunk
 * of its own), the chunk right before the cue's verb group (its subject), the chunk
 * right after it (a post-posed subject, "…, said the minister", or an addressee), the
 * rest of the verb group, and what opens each token's noun chunk (a preposition marks
 * the object of a prepositional phrase, which is seldom a source). One linear pass per
 * sentence that has a likely cue.
 */
import type { Token } from '../../document/layers.js';
import { inChunk, RELATIVES } from '../syntax/index.js';
import { scratchBuffer } from './scratch.js';

export interface Structure {
  /** Relation to the sentence's strongest cue: 0 none, 1 subject chunk, 2 chunk after the cue, 3 in the cue's verb group. */
  readonly cueRel: Uint8Array;
  /** What stands before the token's noun chunk: 0 not in a chunk, 1 sentence start, 2 preposition, 3 verb, 4 comma, 5 clause opener, 6 conjunction, 7 other. */
  readonly chunkAfter: Uint8Array;
  /** Position in its noun chunk: 0 none, 1 first, 2 inside, 3 last, 4 alone. */
  readonly chunkPos: Uint8Array;
}

const PERSONAL = new Set(['i', 'you', 'he', 'she', 'we', 'they', 'it', 'who']);
const GROUP_POS = new Set(['AUX', 'ADV', 'PART']);

const personal = (t: Token) => t.pos === 'PRON' && PERSONAL.has(t.norm);

/** What opens a chunk whose first token follows `before` (null at the sentence start). */
function opener(before: Token | null): number {
  if (!before) return 1;
  if (before.pos === 'ADP' && before.norm !== 'that') return 2;
  if (before.pos === 'VERB' || before.pos === 'AUX') return 3;
  if (before.norm === ',') return 4;
  if (before.pos === 'SCONJ' || RELATIVES.has(before.norm) || before.norm === 'that') return 5;
  return before.pos === 'CCONJ' ? 6 : 7;
}

/**
 * The values of every token of the sentences that have a strongest likely cue
 * (strongest[si] >= 0; tokens of other sentences keep 0).
 */
export function structure(tokens: readonly Token[], sentRange: readonly { start: number; end: number }[], strongest: Int32Array, reuse = false): Structure {
  const n = tokens.length;
  // One array, cut in three (on the stage's scratch memory when the caller keeps none of it: scratch.ts).
  const u8 = reuse ? new Uint8Array(scratchBuffer('structure', 3 * n), 0, 3 * n) : new Uint8Array(3 * n);
  const cueRel = u8.subarray(0, n);
  const chunkAfter = u8.subarray(n, 2 * n);
  const chunkPos = u8.subarray(2 * n, 3 * n);
  for (let si = 0; si < sentRange.length; si++) {
    const B = strongest[si]!;
    if (B < 0) continue;
    const s = sentRange[si]!;
    // Noun chunks: maximal runs of chunk tokens; the chunks touching the cue's verb group.
    let g0 = B;
    while (g0 - 1 >= s.start && GROUP_POS.has(tokens[g0 - 1]!.pos)) g0--;
    let g1 = B;
    while (g1 + 1 < s.end && (tokens[g1 + 1]!.pos === 'PART' || tokens[g1 + 1]!.pos === 'ADV') && tokens[g1 + 1]!.norm !== 'that') g1++;
    for (let i = s.start; i < s.end; ) {
      if (!inChunk(tokens, i) && !personal(tokens[i]!)) {
        i++;
        continue;
      }
      let j = i + 1;
      if (!personal(tokens[i]!)) while (j < s.end && inChunk(tokens, j)) j++;
      const after = opener(i > s.start ? tokens[i - 1]! : null);
      for (let k = i; k < j; k++) {
        chunkAfter[k] = after;
        chunkPos[k] = j - i === 1 ? 4 : k === i ? 1 : k === j - 1 ? 3 : 2;
      }
      // The subject: the chunk of the token before the verb group, up to the group; the chunk
      // after: that of the token after the group, from there on.
      if (i <= g0 - 1 && g0 - 1 < j) for (let k = i; k < g0; k++) cueRel[k] = 1;
      if (i <= g1 + 1 && g1 + 1 < j) for (let k = g1 + 1; k < j; k++) cueRel[k] = 2;
      i = j;
    }
    for (let k = g0; k <= g1; k++) if (k !== B) cueRel[k] = 3;
  }
  return { cueRel, chunkAfter, chunkPos };
}
