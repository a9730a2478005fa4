import { describe, expect, it } from 'vitest';
import type { Token } from '../../document/layers.js';
import { inChunk, subordinatorAt, verbGroups } from './index.js';

/** Tokens from "word/POS" pairs (hand-tagged, so the test does not depend on a tagger). */
function toks(s: string): Token[] {
  let at = 0;
  return s.split(' ').map((p) => {
    const [w, pos] = p.split('/') as [string, string];
    const t = { start: at, end: at + w.length, pos, norm: w.toLowerCase(), lemma: w.toLowerCase() };
    at += w.length + 1;
    return t;
  });
}
const words = (ts: Token[], g: { start: number; end: number }) => ts.slice(g.start, g.end).map((t) => t.norm).join(' ');

describe('verb groups', () => {
  it('reads negation and the future', () => {
    const t = toks("Russia/PROPN did/AUX n't/PART attack/VERB Ukraine/PROPN and/CCONJ will/AUX not/PART ever/ADV clash/VERB");
    const [a, b] = verbGroups(t, 0, t.length);
    expect(words(t, a!)).toBe("did n't attack");
    expect(a).toMatchObject({ negated: true, finite: true, modality: null });
    expect(b).toMatchObject({ negated: true, modality: 'future' });
  });

  it('reads a past form after an adjective that heads the subject as a finite verb', () => {
    // The tagger makes "military" an adjective: "The US military attacked Iraq" had no verb, so no event.
    const t = toks('The/DET US/PROPN military/ADJ attacked/VERB Iraq/PROPN');
    expect(verbGroups(t, 0, t.length)[0]).toMatchObject({ finite: true });
    const u = toks('the/DET military/ADJ trained/VERB forces/NOUN');
    expect(verbGroups(u, 0, u.length)[0]).toMatchObject({ finite: false, nonFinite: 'participle' });
  });

  it('reads the passive per content verb', () => {
    const t = toks('Ukraine/PROPN was/AUX attacked/VERB by/ADP Russia/PROPN');
    expect(verbGroups(t, 0, t.length)[0]).toMatchObject({ passive: [true], finite: true });
  });

  it('chains "is about to V" and "threatened to V" into one group', () => {
    const t = toks('Arnor/PROPN is/AUX about/ADP to/PART restore/VERB ties/NOUN');
    const [g] = verbGroups(t, 0, t.length);
    expect(words(t, g!)).toBe('is about to restore');
    expect(g!.modality).toBe('future');
    const u = toks('Korea/PROPN threatened/VERB to/PART attack/VERB Japan/PROPN');
    expect(verbGroups(u, 0, u.length)[0]!.verbs).toEqual([1, 3]);
  });

  it('marks purpose infinitives, gerunds after prepositions and reduced relatives as not finite', () => {
    const t = toks('steps/NOUN to/PART exterminate/VERB ISIS/PROPN in/ADP fighting/VERB terrorism/NOUN efforts/NOUN exerted/VERB by/ADP Syria/PROPN');
    const gs = verbGroups(t, 0, t.length);
    expect(gs.map((g) => g.nonFinite)).toEqual(['infinitive', 'gerund', 'participle']);
  });

  it('takes the verb hint for a noun-tagged verb after a modal', () => {
    const t = toks('Bree/PROPN will/AUX not/PART clash/NOUN');
    expect(verbGroups(t, 0, t.length)).toEqual([]);
    expect(verbGroups(t, 0, t.length, (k) => k === 3)[0]!.verbs).toEqual([3]);
  });
});

describe('participles at the start of a clause', () => {
  it('reads a participle after an apposition comma as the main verb, and one before "noun verb" as an adjective', () => {
    const t = toks('Oshima/PROPN ,/PUNCT the/DET coordinator/NOUN ,/PUNCT demanded/VERB parties/NOUN to/ADP the/DET conflict/NOUN');
    expect(verbGroups(t, 0, t.length)[0]).toMatchObject({ verbs: [5], finite: true });
    const u = toks('In/ADP Baghdad/PROPN ,/PUNCT armed/VERB men/NOUN killed/VERB two/NUM');
    expect(verbGroups(u, 0, u.length).map((g) => [g.verbs[0], g.finite])).toEqual([[3, false], [5, true]]);
    const v = toks('Newly/ADV appointed/VERB Prime/PROPN Minister/PROPN Haniyeh/PROPN refused/VERB');
    expect(verbGroups(v, 0, v.length).map((g) => [g.verbs[0], g.finite])).toEqual([[1, false], [5, true]]);
  });

  it('lets "is prepared to" govern the infinitive like "is ready to"', () => {
    const t = toks('it/PRON is/AUX prepared/VERB to/PART impose/VERB martial/ADJ law/NOUN');
    expect(verbGroups(t, 0, t.length)[0]).toMatchObject({ verbs: [4], governor: 2, modality: 'future', passive: [false] });
  });
});

describe('noun chunks', () => {
  it('keeps "awful and evil" inside one chunk but not a bare "and"', () => {
    const t = toks("Ithilen/PROPN 's/PART awful/ADJ and/CCONJ evil/ADJ minister/NOUN and/CCONJ Gondor/PROPN");
    expect([1, 2, 3, 4, 5].every((k) => inChunk(t, k))).toBe(true);
    expect(inChunk(t, 6)).toBe(false);
  });
});

describe('tagger slips and absolute phrases', () => {
  it('reads a word tagged AUX outside the auxiliaries as an adverb, and "has" before a participle as the perfect', () => {
    const t = toks('Bangladesh/PROPN has/VERB once/ADV again/ADV outright/AUX rejected/VERB an/DET Indian/ADJ proposal/NOUN');
    const gs = verbGroups(t, 0, t.length);
    expect(gs).toHaveLength(1);
    expect(gs[0]).toMatchObject({ verbs: [5], finite: true, passive: [false] });
    const u = toks('India/PROPN has/VERB once/ADV again/ADV outright/ADV rejected/VERB talks/NOUN');
    expect(verbGroups(u, 0, u.length)[0]).toMatchObject({ verbs: [5], finite: true });
    // A "have" that is the main verb stays one.
    const v = toks('Iran/PROPN has/VERB nuclear/ADJ weapons/NOUN');
    expect(verbGroups(v, 0, v.length)[0]).toMatchObject({ verbs: [1], finite: true });
  });

  it('reads "with" + noun + participle as an absolute phrase, not a clause', () => {
    const t = toks('to/ADP Sudan/PROPN ,/PUNCT and/CCONJ with/ADP strings/NOUN attached/VERB ,/PUNCT Cuba/PROPN');
    expect(verbGroups(t, 0, t.length)[0]).toMatchObject({ verbs: [6], finite: false, nonFinite: 'participle' });
  });
});

describe('subordinators the tagger reads as prepositions or adverbs', () => {
  it('opens a clause at "after/until/when" + subject + verb, not at "after" + a noun phrase', () => {
    const a = toks('expelled/VERB inspectors/NOUN after/ADP U.S./PROPN officials/NOUN alleged/VERB that/SCONJ');
    expect(subordinatorAt(a, 2, a.length)).toBe(true);
    const b = toks('withholding/VERB it/PRON until/ADP a/DET democratically-elected/ADJ government/NOUN takes/VERB over/ADV');
    expect(subordinatorAt(b, 2, b.length)).toBe(true);
    const c = toks('killed/VERB 23/NUM people/NOUN late/ADJ Sunday/PROPN when/ADV they/PRON blew/VERB themselves/PRON up/ADP');
    expect(subordinatorAt(c, 5, c.length)).toBe(true);
    const d = toks('captured/VERB a/DET stronghold/NOUN after/ADP five/NUM days/NOUN of/ADP fighting/NOUN ,/PUNCT police/NOUN said/VERB');
    expect(subordinatorAt(d, 3, d.length)).toBe(false);
    const e = toks('improved/VERB since/ADP September/PROPN as/SCONJ the/DET government/NOUN tried/VERB');
    expect(subordinatorAt(e, 1, e.length)).toBe(false);
  });
});
