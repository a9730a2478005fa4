import { describe, expect, it } from 'vitest';
import { withWithout } from './with-without.js';

describe('withWithout', () => {
  it('alternates which side goes first, leaves out the warm rounds and takes the median of the rounds', () => {
    // A clock the two sides advance: with the layer 1.3 s, without 1 s, the side run second in a round 0.1 s less
    // (a warmed cache); the first round is slow (2 s more, as code still being compiled).
    let now = 0;
    const calls: string[] = [];
    let inRound = 0;
    const side = (name: string, cost: number) => () => {
      calls.push(name);
      const second = inRound++ % 2 === 1;
      now += cost - (second ? 0.1 : 0) + (calls.length <= 2 ? 2 : 0);
    };
    const r = withWithout(side('with', 1.3), side('without', 1), { rounds: 4, warm: 1, clock: () => now });
    expect(calls).toEqual(['with', 'without', 'without', 'with', 'with', 'without', 'without', 'with', 'with', 'without']);
    // Measured rounds: with first (1.3 / 0.9), without first (1.2 / 1), twice each.
    expect(r.ratios.map((x) => +x.toFixed(4))).toEqual([1.2, 1.4444, 1.2, 1.4444]);
    expect(r.ratio).toBeCloseTo((1.2 + 1.3 / 0.9) / 2, 6);
    expect(r.with).toBeCloseTo(2 * (1.2 + 1.3), 6);
    expect(r.without).toBeCloseTo(2 * (1 + 0.9), 6);
  });

  it('refuses to measure nothing', () => {
    expect(() => withWithout(() => {}, () => {}, { rounds: 0, warm: 1, clock: () => 0 })).toThrow(/at least one/);
  });
});
