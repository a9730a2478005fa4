/** The IOB2 label set and entity chunks. */
export const ENTITY_TYPES = ['PER', 'ORG', 'LOC', 'MISC'] as const;
export type NerType = (typeof ENTITY_TYPES)[number];
export const LABELS: readonly string[] = ['O', ...ENTITY_TYPES.flatMap((t) => [`B-${t}`, `I-${t}`])];
export const LABEL_INDEX: ReadonlyMap<string, number> = new Map(LABELS.map((l, i) => [l, i]));

export interface Chunk {
  /** Token index of the first token. */
  readonly start: number;
  /** Token index after the last token. */
  readonly end: number;
  readonly type: string;
}

/** Entity chunks of an IOB2 (or IOB1) tag sequence, conlleval-style: a stray I- starts a chunk. */
export function chunks(tags: readonly string[]): Chunk[] {
  const out: Chunk[] = [];
  let start = -1;
  let type = '';
  for (let i = 0; i <= tags.length; i++) {
    const t = i < tags.length ? tags[i]! : 'O';
    const prefix = t === 'O' ? 'O' : t.slice(0, 1);
    const ty = t === 'O' ? '' : t.slice(2);
    const continues = prefix === 'I' && start >= 0 && ty === type;
    if (!continues && start >= 0) { out.push({ start, end: i, type }); start = -1; }
    if (prefix === 'B' || (prefix === 'I' && !continues)) { start = i; type = ty; }
  }
  return out;
}

/** chunks() of a sequence of label indices (into LABELS), without building the tag strings. */
export function labelChunks(ys: ArrayLike<number>): Chunk[] {
  const out: Chunk[] = [];
  let start = -1;
  let type = 0;
  for (let i = 0; i <= ys.length; i++) {
    const y = i < ys.length ? ys[i]! : 0;
    const ty = (y + 1) >> 1; // entity type index + 1, 0 for O
    const inside = y !== 0 && (y & 1) === 0; // I-X labels are even
    const continues = inside && start >= 0 && ty === type;
    if (!continues && start >= 0) { out.push({ start, end: i, type: ENTITY_TYPES[type - 1]! }); start = -1; }
    if (y !== 0 && !continues) { start = i; type = ty; }
  }
  return out;
}
