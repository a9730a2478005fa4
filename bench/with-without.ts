/**
 * What a layer adds to the time of the whole: the same work done with the layer and without it, in rounds that
 * alternate which goes first, the figure being the median of the rounds' with/without ratios. Timing a stage inside
 * the pipeline tells only its own time; a stage also slows the others (in analyze on Reuters, with the quote stage the
 * other stages took from 1 % to 15 % more time in different runs on one machine, with what it leaves in the caches), which
 * only this measure sees.
 */

export interface WithWithout {
  /** Median over the measured rounds of with/without. */
  readonly ratio: number;
  /** Each measured round's with/without, in order. */
  readonly ratios: readonly number[];
  /** Total time of each side over the measured rounds. */
  readonly with: number;
  readonly without: number;
}

/**
 * Runs `withIt` and `without` in `warm + rounds` rounds, with first in even rounds and without first in odd ones, and
 * times each with `clock` (seconds, e.g. CPU time); the first `warm` rounds are not counted.
 */
export function withWithout(withIt: () => void, without: () => void, opts: { rounds: number; warm: number; clock: () => number }): WithWithout {
  const { rounds, warm, clock } = opts;
  if (rounds < 1) throw new Error('withWithout: at least one measured round');
  const time = (f: () => void) => {
    const c = clock();
    f();
    return clock() - c;
  };
  const ratios: number[] = [];
  let tw = 0;
  let to = 0;
  for (let r = 0; r < warm + rounds; r++) {
    let w: number;
    let o: number;
    if (r % 2 === 0) {
      w = time(withIt);
      o = time(without);
    } else {
      o = time(without);
      w = time(withIt);
    }
    if (r < warm) continue;
    ratios.push(w / o);
    tw += w;
    to += o;
  }
  const sorted = [...ratios].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const ratio = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { ratio, ratios, with: tw, without: to };
}
