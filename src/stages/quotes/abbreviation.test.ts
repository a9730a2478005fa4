import { describe, expect, it } from 'vitest';
import { abbreviates, expandLabel, initials } from './abbreviation.js';
import type { Mention, Speaker } from './speaker.js';

const mention = (name: string, type: Mention['type'], start: number, actor?: string): Mention =>
  ({ start, end: start + name.length, text: name, name, type, ...(actor ? { actor } : {}) });

describe('initials and abbreviations', () => {
  it('takes the first letter of each word, an initial with its stop included', () => {
    expect(initials('William S. Saturn')).toBe('WSS');
    expect(initials('Natasha Gownaris')).toBe('NG');
    expect(initials('Jean-Claude Juncker')).toBe('JCJ');
  });
  it('finds a short form\'s letters in order, the first opening the name', () => {
    expect(abbreviates('WN', 'Wikinews')).toBe(true);
    expect(abbreviates('NW', 'Wikinews')).toBe(false);
    expect(abbreviates('WX', 'Wikinews')).toBe(false);
    expect(abbreviates('IW', 'Wikinews')).toBe(false);
  });
});

describe('expandLabel', () => {
  const label = (name: string, actor?: string): Speaker => ({ name, ...(actor ? { actor } : {}), via: 'name' });
  it('reads a label as the initials of an earlier label', () => {
    expect(expandLabel(label('NG'), [label('Wikinews'), label('Natasha Gownaris')], [], 500, 0)).toMatchObject({ name: 'Natasha Gownaris', via: 'abbreviation' });
  });
  it('reads a one-word earlier label by its letters, but a name of several words only by its initials', () => {
    expect(expandLabel(label('WN'), [label('Wikinews'), label('Natasha Gownaris')], [], 500, 0)).toMatchObject({ name: 'Wikinews' });
    // "WN" after "((Wayne Tseng))" is not Wayne Tseng, though its letters come in order in the name.
    expect(expandLabel(label('WN'), [label('Wayne Tseng')], [], 500, 0)).toBeNull();
  });
  it('reads a label as the initials of a person named before it, with the person\'s code', () => {
    const ms = [mention('William S. Saturn', 'PER', 100), mention('Don Blankenship', 'PER', 10, 'USAELI')];
    expect(expandLabel(label('WSS'), [], ms, 500, 400)).toMatchObject({ name: 'William S. Saturn', from: { start: 100, end: 117 } });
    expect(expandLabel(label('DB'), [], ms, 500, 400)).toMatchObject({ name: 'Don Blankenship', actor: 'USAELI' });
    // Not a person named only after the label.
    expect(expandLabel(label('WSS'), [], ms, 50, 40)).toBeNull();
  });
  it('reads a label by the letters of a body the introduction names, not of one named in a turn', () => {
    expect(expandLabel(label('WN'), [], [mention('Wikinews', 'ORG', 300)], 900, 600)).toMatchObject({ name: 'Wikinews' });
    expect(expandLabel(label('WN'), [], [mention('Western', 'MISC', 700)], 900, 600)).toBeNull();
  });
  it('reads a label by the letters of a capitalised word of the title, past its first', () => {
    expect(expandLabel(label('WN'), [], [], 900, 600, 'Zara Kay tells Wikinews about her work')).toMatchObject({ name: 'Wikinews', via: 'abbreviation' });
    // Two words that fit: none is taken.
    expect(expandLabel(label('WN'), [], [], 900, 600, 'Zara Kay tells Wikinews about her work in Washington')).toBeNull();
    expect(expandLabel(label('WN'), [], [], 900, 600, null)).toBeNull();
  });
  it('leaves a label that fits two different names, an actor\'s name, or a word of lower case alone', () => {
    expect(expandLabel(label('NG'), [label('Natasha Gownaris'), label('Nadia Green')], [], 500, 0)).toBeNull();
    expect(expandLabel(label('CNN', 'USAMED'), [label('Connie Nguyen')], [], 500, 0)).toBeNull();
    expect(expandLabel(label('Host'), [label('Hannah Ostrowski')], [], 500, 0)).toBeNull();
  });
});
