/**
 * Constants of publication-date finding (after htmldate's settings and the meta names it
 * reads): month names in the languages of the evaluation sets, meta names that carry the
 * publication date (in order of trust) and those that carry a modification date.
 */

/** Month names and abbreviations → month number. Lower-case, accents kept. */
export const MONTHS: Readonly<Record<string, number>> = (() => {
  const table: [number, string[]][] = [
    [1, ['january', 'jan', 'januar', 'jänner', 'janvier', 'janv', 'enero', 'ene', 'gennaio', 'gen', 'janeiro', 'januari', 'styczeń', 'stycznia', 'января', 'январь', 'січня', 'ocak', 'leden', 'ledna', 'tammikuuta']],
    [2, ['february', 'feb', 'februar', 'feber', 'février', 'fevrier', 'févr', 'fev', 'febrero', 'febbraio', 'fevereiro', 'februari', 'lutego', 'luty', 'февраля', 'февраль', 'лютого', 'şubat', 'únor', 'února', 'helmikuuta']],
    [3, ['march', 'mar', 'märz', 'maerz', 'mrz', 'mars', 'marzo', 'março', 'marco', 'maart', 'marca', 'marzec', 'марта', 'март', 'березня', 'mart', 'březen', 'března', 'maaliskuuta']],
    [4, ['april', 'apr', 'avril', 'avr', 'abril', 'abr', 'aprile', 'kwietnia', 'kwiecień', 'апреля', 'апрель', 'квітня', 'nisan', 'duben', 'dubna', 'huhtikuuta']],
    [5, ['may', 'mai', 'mayo', 'maggio', 'mag', 'maio', 'mei', 'maja', 'maj', 'мая', 'май', 'травня', 'mayıs', 'květen', 'května', 'toukokuuta']],
    [6, ['june', 'jun', 'juni', 'juin', 'junio', 'giugno', 'giu', 'junho', 'czerwca', 'czerwiec', 'июня', 'июнь', 'червня', 'haziran', 'červen', 'června', 'kesäkuuta']],
    [7, ['july', 'jul', 'juli', 'juillet', 'juil', 'julio', 'luglio', 'lug', 'julho', 'lipca', 'lipiec', 'июля', 'июль', 'липня', 'temmuz', 'červenec', 'července', 'heinäkuuta']],
    [8, ['august', 'aug', 'août', 'aout', 'agosto', 'ago', 'augustus', 'sierpnia', 'sierpień', 'августа', 'август', 'серпня', 'ağustos', 'srpen', 'srpna', 'elokuuta']],
    [9, ['september', 'sep', 'sept', 'septembre', 'septiembre', 'setiembre', 'settembre', 'set', 'setembro', 'września', 'wrzesień', 'сентября', 'сентябрь', 'вересня', 'eylül', 'září', 'syyskuuta']],
    [10, ['october', 'oct', 'oktober', 'okt', 'octobre', 'octubre', 'ottobre', 'ott', 'outubro', 'out', 'października', 'październik', 'октября', 'октябрь', 'жовтня', 'ekim', 'říjen', 'října', 'lokakuuta']],
    [11, ['november', 'nov', 'novembre', 'noviembre', 'novembro', 'listopada', 'listopad', 'ноября', 'ноябрь', 'листопада', 'kasım', 'listopadu', 'marraskuuta']],
    [12, ['december', 'dec', 'dezember', 'dez', 'décembre', 'decembre', 'déc', 'diciembre', 'dic', 'dicembre', 'dezembro', 'grudnia', 'grudzień', 'декабря', 'декабрь', 'грудня', 'aralık', 'prosinec', 'prosince', 'joulukuuta']],
  ];
  // Arabic: the names taken from the Latin months (Egypt, the Gulf), the Syriac ones
  // (Levant, Iraq) and the French-derived ones (Maghreb); spellings with and without hamza.
  const arabic: [number, string[]][] = [
    [1, ['يناير', 'كانون الثاني', 'جانفي']],
    [2, ['فبراير', 'شباط', 'فيفري']],
    [3, ['مارس', 'آذار', 'اذار']],
    [4, ['أبريل', 'ابريل', 'إبريل', 'نيسان', 'أفريل', 'افريل']],
    [5, ['مايو', 'أيار', 'ايار', 'ماي']],
    [6, ['يونيو', 'يونيه', 'حزيران', 'جوان']],
    [7, ['يوليو', 'يوليه', 'تموز', 'جويلية']],
    [8, ['أغسطس', 'اغسطس', 'آب', 'أوت', 'اوت']],
    [9, ['سبتمبر', 'أيلول', 'ايلول']],
    [10, ['أكتوبر', 'اكتوبر', 'تشرين الأول', 'تشرين الاول']],
    [11, ['نوفمبر', 'تشرين الثاني']],
    [12, ['ديسمبر', 'كانون الأول', 'كانون الاول']],
  ];
  const out: Record<string, number> = {};
  for (const [m, names] of [...table, ...arabic]) for (const n of names) out[n] = m;
  return out;
})();


/** Meta names/properties/itemprops carrying the original publication date, most trusted first. */
export const PUBLISHED_META: readonly string[] = [
  'article:published_time', 'og:article:published_time', 'article:published', 'datepublished',
  'og:published_time', 'published_time', 'publishdate', 'publish-date', 'publish_date', 'pubdate',
  'publication_date', 'publication-date', 'date_published', 'date-published', 'dc.date.issued',
  'dcterms.issued', 'dc.date.created', 'dcterms.created', 'datecreated', 'dc.date', 'dcterms.date',
  'date', 'sailthru.date', 'parsely-pub-date', 'article.published', 'published-date',
  'release_date', 'citation_publication_date', 'citation_date', 'originalpublicationdate',
  'original-publish-date', 'cxenseparse:recs:publishtime', 'article_date_original', 'og:pubdate',
  'bt:pubdate', 'rnews:datepublished', 'ptime', 'displaydate', 'dc.created', 'creation_date',
  'created', 'timestamp', 'content_create_date', 'article.created', 'pub_date', 'publishedat',
  'date.available', 'eomportal-instanceid', 'firstpublishedat', 'vr:published_time',
  'shareaholic:article_published_time', 'dc:date', 'dc.date.published', 'pdate', 'iso-8601-publish-date',
];

/** Meta names carrying a modification date: used only when nothing else is found. */
export const MODIFIED_META: readonly string[] = [
  'article:modified_time', 'og:updated_time', 'datemodified', 'dc.date.modified', 'dcterms.modified',
  'last-modified', 'lastmod', 'modified', 'article.updated', 'updated_time', 'revised', 'utime',
];

/** Class/id words of elements that display a publication date. */
export const DATE_CLASS = /(^|[\s_-])(date|datum|time|zeit|published|publish|publication|pubdate|posted|post-?date|posted-?on|entry-?date|entry-?meta|post-?meta|article-?meta|meta|byline|dateline|timestamp|fecha|data|created|info|artikel-?datum|article-?date|story-?date|news-?date|text-?date|updated)([\s_-]|$)/i;

/** Earliest year accepted as a publication date (htmldate's default minimum). */
export const MIN_YEAR = 1995;

/**
 * Votes of each date source when sources disagree (the date with the most weight wins;
 * ties go to the more trusted source, in this order). Tuned on htmldate-eval: the URL
 * decides alone, structured data and displayed dates weigh about the same, guesses from
 * the page text (the date nearest the headline, a date labelled "published", the most
 * frequent date) little: together they outvote one structured source, alone none.
 * Modification dates vote only where nothing but such guesses names an original date;
 * then a shown update ('modified') outweighs the most frequent date, not the one by the
 * headline.
 */
export const DATE_SOURCE_WEIGHTS: readonly (readonly [string, number])[] = [
  ['url', 10], ['ld', 1.2], ['meta', 1.1], ['timePub', 1.2], ['time', 1], ['dtext', 1.2],
  ['ldAny', 0.5], ['script', 0.5], ['media', 0.8], ['metaModified', 0.3], ['ldModified', 0.3],
  ['modified', 0.45], ['near', 0.5], ['labeled', 0.6], ['text', 0.4],
];
