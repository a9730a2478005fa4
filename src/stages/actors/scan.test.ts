/**
 * scan follows the knowledge's names and agent phrases word by word: it must find what looking
 * up the joined words finds, for names of several words, words that normalise to more than one
 * word ("al-Nusra"), and runs broken by a token with no key of its own (a lone "-").
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadActorKnowledge, lookupName, type ActorKnowledge } from '../../knowledge/actors/load.js';
import { normName } from '../../knowledge/actors/normalise.js';
import { scan, words, type Word } from './resolve.js';

let kb: ActorKnowledge;
beforeAll(() => {
  kb = loadActorKnowledge();
});

const spans = (ws: readonly Word[]) => {
  const { names, agents } = scan(kb, ws);
  return {
    names: names.map((n) => ws.slice(n.start, n.end).map((w) => w.text).join(' ')),
    agents: agents.map((a) => a.agent.phrase),
  };
};

describe('scan', () => {
  it('matches a mixed-case acronym as written or in capitals only, as lookupName does', () => {
    expect(spans(words('Jem and the Misfits was a comic')).names).toEqual([]);
    expect(spans(words('JeM militants and JEM fighters')).names).toEqual(['JeM', 'JEM']);
  });
  it('finds multi-word names and role phrases in a sentence', () => {
    const r = spans(words('The United Nations Security Council and the Iranian foreign minister met in New York'));
    // Leftmost first, then longest: "The United Nations" is a name, so "Security Council" starts anew.
    expect(r.names).toEqual(['The United Nations', 'Security Council', 'Iranian', 'New York']);
    expect(r.agents).toEqual(['foreign minister']);
  });

  it('reads a hyphenated word as the words it normalises to', () => {
    expect(normName('al-Nusra')).toBe('al nusra');
    const r = spans(words('fighters of Jabhat al-Nusra attacked'));
    expect(r.names).toContain('Jabhat al-Nusra');
    expect(lookupName(kb, 'Jabhat al-Nusra').length).toBeGreaterThan(0);
  });

  it('looks a run with a keyless token up by its text, as the tokenizer splits "al - Nusra"', () => {
    // The tokenizer may leave a lone "-" (key ""): "Jabhat al - Nusra" is still the name "jabhat al nusra".
    const ws: Word[] = ['Jabhat', 'al', '-', 'Nusra', 'fighters'].map((text) => ({ text, norm: normName(text) }));
    expect(ws[2]!.norm).toBe('');
    expect(spans(ws).names).toEqual(['Jabhat al - Nusra']);
  });

  it('gives the same matches whether or not a sentence is all in lower case', () => {
    expect(spans(words('south korean troops crossed')).names).toEqual(['south korean']);
    expect(spans(words('South Korean troops crossed')).names).toEqual(['South Korean']);
  });

  it('reads a window of a longer word array as that slice of it', () => {
    const ws = words('Officials said the Iranian foreign minister met UN envoy Staffan de Mistura in Geneva on Tuesday');
    for (let from = 0; from < ws.length; from++) {
      for (let to = from; to <= ws.length; to++) expect(scan(kb, ws, from, to)).toEqual(scan(kb, ws.slice(from, to)));
    }
  });

  it('gives a name its index hits, capitals-only ones only in capitals', () => {
    // "US" (capitals only) is a name as "US" and not as "Us"; hits are lookupName's for the surface.
    for (const text of ['US troops', 'Us troops', 'the UN said', 'Vladimir Putin said']) {
      const ws = words(text);
      for (const n of scan(kb, ws).names) {
        expect(n.hits).toEqual(lookupName(kb, ws.slice(n.start, n.end).map((w) => w.text).join(' ')));
      }
    }
    expect(spans(words('US troops')).names).toEqual(['US']);
    expect(spans(words('Us troops')).names).not.toContain('Us');
  });
});
