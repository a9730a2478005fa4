/**
 * Every evaluation the project has: its module (exporting `run()`), and the data it is
 * measured on (hashed, so a floor is only compared on the data it was pinned on).
 */
export interface EvalEntry {
  readonly name: string;
  /** Module path relative to this folder. */
  readonly module: string;
  /** Data files or folders under ../shared, hashed together. */
  readonly data: readonly string[];
  /** Reported figures that are not scores (counts, timings): never pinned as floors. */
  readonly notScores?: readonly string[];
}

export const EVALS: readonly EvalEntry[] = [
  { name: 'datelines', module: './datelines.ts', data: ['corpora/reuters21578'] },
  { name: 'ner', module: './ner.ts', data: ['corpora/conll2003/valid.txt'] },
  { name: 'pos', module: './pos.ts', data: ['corpora/gum'] },
  { name: 'segment', module: './segment.ts', data: ['corpora/gum'] },
  { name: 'places', module: './places.ts', data: ['corpora/geoparsing'] },
  { name: 'actors', module: './actors.ts', data: ['corpora/events/ngec_actor_resolution_cases.json'] },
  { name: 'coref', module: './coref.ts', data: ['corpora/gum'] },
  { name: 'speakers', module: './speakers.ts', data: ['corpora/gum'] },
  { name: 'quotes', module: './quotes.ts', data: ['corpora/polnear/dev'], notScores: ['cost_vs_segment', 'articles'] },
  { name: 'events', module: './events.ts', data: ['corpora/events/petrarch2_unittest_gold.jsonl', 'corpora/events/plover_gsr.json', 'corpora/events/petrarch2_PETR.Validate.verbs.txt', 'corpora/events/petrarch2_PETR.Validate.actors.txt', 'corpora/events/petrarch2_PETR.Validate.agents.txt', 'corpora/events/petrarch2_PETR.Validate.discards.txt'] },
  { name: 'extraction', module: './extraction.ts', data: ['corpora/article-extraction'] },
  { name: 'trafilatura', module: './trafilatura.ts', data: ['corpora/trafilatura-eval'] },
  { name: 'dates', module: './dates.ts', data: ['corpora/htmldate-eval'] },
];
