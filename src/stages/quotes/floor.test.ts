import { describe, expect, it } from 'vitest';
import { Floor } from './floor.js';

const wn = { name: 'WN' };
const maria = { name: 'Maria Lindqvist' };

describe('the floor of a transcript', () => {
  it('gives "I" to the speaker of the turn it falls in, and to no one before the first turn', () => {
    const floor = new Floor();
    expect(floor.holder(5)).toBeNull();
    floor.take(wn, 10, true);
    expect(floor.holder(5)).toBeNull();
    expect(floor.holder(20)).toBe(wn);
    floor.take(maria, 30, false);
    expect(floor.holder(40)).toBe(maria);
  });
  it('gives a question\'s "you" to the last other speaker who answers more than he asks', () => {
    const floor = new Floor();
    floor.take(wn, 10, true);
    // Nobody has answered yet.
    expect(floor.addressee(20, true)).toBeNull();
    floor.take(maria, 30, false);
    floor.take(wn, 50, true);
    expect(floor.addressee(60, true)).toBe(maria);
    // In the interviewer's turn a statement's "you" too; in the interviewee's, nobody's.
    expect(floor.addressee(60, false)).toBe(maria);
    floor.take(maria, 70, false);
    expect(floor.addressee(80, false)).toBeNull();
  });
  it('gives the floor to a turn of someone unnamed ("A:"), whose "I" is then no earlier speaker\'s, and who is addressed by no one', () => {
    const floor = new Floor();
    floor.take(wn, 10, true);
    floor.take({ name: null }, 30, false);
    expect(floor.holder(40)).toEqual({ name: null });
    floor.take(wn, 50, true);
    expect(floor.addressee(60, true)).toBeNull();
  });
});
