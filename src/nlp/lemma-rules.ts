/**
 * Constants of the suffix rules in lemma.ts (written for dateline). The rules first try
 * candidates against the known lemmas of data/pos/bases.tsv; these endings decide only
 * for words that list does not hold.
 */

/**
 * Stem endings after which a stripped -ed/-ing takes back a silent e (creat-ed, decid-ed,
 * settl-ed, organiz-ing). Two-letter endings vowel+consonant apply only after a consonant
 * (decid-ed → decide, but avoid-ed → avoid).
 */
export const E_ENDINGS: readonly string[] = [
  'at', 'ut', 'ot', 'id', 'ud', 'ad', 'od', 'iz', 'yz', 'is', 'us', 'as', 'os', 'ys', 'ur', 'ir', 'ar',
  'ib', 'ub', 'ok', 'ak', 'ik', 'uk', 'am', 'um', 'im', 'ap', 'ip', 'yp', 'ov', 'av', 'iv', 'ev', 'uv',
  'ac', 'ic', 'uc', 'oc', 'ec', 'in', 'ul', 'yl', 'az', 'oz', 'uz', 'ez',
  'rc', 'nc', 'rg', 'dg', 'lg', 'bl', 'pl', 'tl', 'dl', 'kl', 'gl', 'fl', 'zl', 'cl', 'rs', 'ns', 'ps', 'ls', 'rv', 'lv',
];

/** Double consonants that a stripped -ed/-ing/-er/-est undoes (stopp-ed → stop); ll, ss, ff, zz stay. */
export const UNDOUBLE: readonly string[] = ['bb', 'dd', 'gg', 'mm', 'nn', 'pp', 'rr', 'tt', 'vv'];

/** Noun plurals in -es that drop the whole -es (bus-es, box-es, church-es, potato-es). */
export const ES_PLURAL: readonly string[] = ['sses', 'shes', 'ches', 'xes', 'zes', 'oes', 'uses'];
