/**
 * Memory for the quote stage's per-token arrays that live only while one document is worked on, reused from one
 * document to the next. A new typed array of some size is dear: its memory is allocated and zeroed outside the heap,
 * accounted for, and swept again by the garbage collector; on Reuters those allocations were a few per cent of the
 * stage's time. A use's buffer comes back zeroed over the bytes asked for, and what was built on it before is
 * overwritten: only for arrays nothing keeps once the call that asked is done.
 */
export type ScratchUse = 'context' | 'arrays32' | 'arrays8' | 'structure' | 'pos' | 'worthy' | 'tags';

const buffers = new Map<ScratchUse, ArrayBuffer>();

/** A buffer of at least `bytes` bytes for one use, zero over the first `bytes`. */
export function scratchBuffer(use: ScratchUse, bytes: number): ArrayBuffer {
  const had = buffers.get(use);
  if (had && had.byteLength >= bytes) {
    new Uint8Array(had, 0, bytes).fill(0);
    return had;
  }
  const b = new ArrayBuffer(Math.max(bytes, 2 * (had?.byteLength ?? 2048)));
  buffers.set(use, b);
  return b;
}
