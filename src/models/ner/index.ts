/**
 * The named-entity recogniser (PER, ORG, LOC, MISC): a two-stage averaged perceptron
 * over hashed features, trained by scripts/train-ner.ts, weights in data/ner.
 */
export { NerModel, loadNerModel, defaultNerModel, defaultNerDir, tagTokens, NER_FILES } from './model.js';
export { tagConll, parseConll, type ConllDoc, type ConllSentence } from './conll.js';
export { evaluate, type Evaluation, type Scores } from './conlleval.js';
export { chunks, LABELS, ENTITY_TYPES, type Chunk, type NerType } from './labels.js';
export { NerDataError } from './files.js';
