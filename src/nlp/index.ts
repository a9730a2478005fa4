/** Deterministic English segmentation: tokens, sentences, UPOS tags, lemmas. */
export { tokenize, Tokenizer, defaultTokenizer, isSpace, hyphenParts } from './tokenize.js';
export { splitSentences, SentenceSplitter, defaultSentenceSplitter } from './sentences.js';
export { PosTagger, PosModel, loadPosModel, loadTagDict, defaultPosTagger, UPOS, type Upos } from './pos.js';
export { Lemmatizer, lemmatize, defaultLemmatizer, loadLemmaExceptions, loadBases } from './lemma.js';
export { Segmenter, defaultSegmenter, type Segmented } from './segmenter.js';
export { loadAbbreviations, loadSentenceStarters, DataFileError } from './data.js';
