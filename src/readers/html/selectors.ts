/**
 * Constants of the article extractor: which elements hold article bodies, which are
 * boilerplate, and the thresholds of the scoring. Constant-only module (cf. trafilatura's
 * xpaths.py and settings.cfg); the logic lives in extract.ts.
 */

/** Elements dropped with their content before anything else. */
export const DROP_TAGS: ReadonlySet<string> = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'canvas', 'iframe', 'object', 'embed', 'button',
  'input', 'select', 'textarea', 'option', 'nav', 'aside', 'footer', 'header', 'figcaption', 'menu',
  'dialog', 'map', 'audio', 'video', 'picture', 'img', 'head', 'title', 'meta', 'link', 'label',
  'noembed', 'noframes', 'frameset', 'applet', 'math', 'address',
]);

/** Block-level elements: their boundaries are paragraph boundaries in the output. */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'p', 'div', 'section', 'article', 'main', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'h1', 'h2', 'h3',
  'h4', 'h5', 'h6', 'blockquote', 'pre', 'table', 'tr', 'td', 'th', 'tbody', 'thead', 'tfoot',
  'caption', 'figure', 'hr', 'center', 'form', 'fieldset', 'details', 'summary', 'body', 'header',
  'footer', 'aside', 'nav', 'hgroup', 'address', 'listing', '#root',
]);

export const HEADING_TAGS: ReadonlySet<string> = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/**
 * Known article-body containers, most specific first (after trafilatura's BODY_XPATH and
 * the markup of major publishers). Each is [attribute, pattern] tested on class, id or
 * itemprop; `tag:` entries match the element name.
 */
export const BODY_SELECTORS: readonly (readonly [string, RegExp])[] = [
  ['itemprop', /^articleBody$/i],
  ['class', /(^|\s)(article[-_]?body|articlebody|article__body|article-body__content|story[-_]?body|storybody|story__body|entry[-_]content|post[-_]content|post[-_]body|postbody|article[-_]content|articlecontent|article__content|story[-_]content|storycontent|article[-_]text|articletext|article__text|story[-_]text|body[-_]text|bodytext|text[-_]body|main[-_]text|article-main|articleMain|c-entry-content|l-article__text|article__main|content-body|rich-text|richtext|field--name-body|field-name-body|paywall-article|td-post-content|single-post-content|blog-post-content|blogpost-content|entry-body|entrytext|entry_text|post-entry|post__content|post-text|posttext|news-text|newstext|news-content|news-body|news_body|article_body|article_content|story_body|inner-article|artikel|artikeltext|article-detail|detail-content|detail-body|content-article|contenido|texto|corpo|testo)(\s|$)/i],
  ['id', /^(article[-_]?body|articlebody|story[-_]?body|storybody|article[-_]content|articlecontent|post[-_]content|postcontent|entry[-_]content|article[-_]text|articletext|content[-_]body|body[-_]text|bodytext|story[-_]content|main[-_]text|news[-_]body|artikel)$/i],
  ['itemtype', /schema\.org\/(News|Blog|Tech|Report|Scholarly|Opinion|Analysis)?(Article|BlogPosting|Posting)$/i],
  ['class', /(^|\s)(post[-_]inner|entry|postentry|hentry-content|blog-content|single-content|article-wrap|story|article)(\s|$)/i],
  ['tag', /^article$/],
  ['role', /^main$/],
  ['tag', /^main$/],
  ['id', /^(content|main|main-content|maincontent|primary)$/i],
];

/**
 * Cards that pop up over a word when the pointer rests on it, hidden until then, removed
 * whatever their tag: a name's hover card ("rollover-people-block", whose photo, name and
 * list of headlines had run into the sentence: "Rep. Ilhan OmarIlhan OmarHillicon Valley: …"),
 * Bootstrap popovers.
 */
export const HOVER_CARD = /(^|[\s_-])(rollover-(?:people-)?block|hover-?card|popover-(?:content|body))([\s_-]|$)/i;

/**
 * Class/id words of boilerplate removed even inside positive containers
 * (comments, sharing, related links, consent and subscription prompts).
 */
export const STRONG_NEGATIVE = /(^|[\s_-])(comments?|kommentare?|commentaires?|comentarios?|disqus|share|shares|sharing|sharebar|share-?tools|social|socials|shariff|sociable|related|relatedposts|recommended|recommendations?|recirc|read-?next|more-?stories|also-?read|most-?popular|mostpopular|most-?read|trending|cookies?|consent|gdpr|newsletter|newsletters|subscribe|subscription|signup|sign-up|promo|promotion|advert|advertisement|advertising|adsense|adslot|ad-slot|ad-container|ad-wrapper|dfp|sponsor|sponsored|outbrain|taboola|breadcrumbs?|popup|modal|overlay|print-?only|visually-?hidden|sr-only|screen-?reader|tooltip|jump-?link|skip-?link|author-?bio|authorbox|author-box|about-?author|about-the-author|author-?info|author-?description|author-?details|author-?profile|bio|biography|autorenbox|autoren-?info|autor-?box|autor-?info|inline-?related|related-?content|video-?player|audio-?player|media-?player|jw-?player|slideshow|carousel|caption|credits?|disclaimer|rating)([\s_-]|$)/i;

/** Class/id words of boilerplate removed unless a positive word (POSITIVE) is present too. */
export const WEAK_NEGATIVE = /(^|[\s_-])(widget-?area|widgets|sidebar|side-?bar|rail|right-?rail|byline|bylines|timestamp|published|updated|post-?meta|entry-?meta|article-?meta|meta|metadata|info-?bar|header|footer|masthead|nav|navbar|navigation|menu|banner|login|skip|tags|tag-?list|taglist|keywords|categories|topics|pagination|pager|toolbar|discussion|readmore|read-more|gallery|embed|copyright|extra|community|shoutbox|supplemental|legends)([\s_-]|$)/i;

/** Class/id words of short metadata elements (bylines, dates): removed when their text is short. */
export const SMALL_NEGATIVE = /(^|[\s_-])(author|authors|autor|auteur|byline|bylines|date|datum|dateline|time|timestamp|published|publish|posted|updated|info|meta|credit|credits|source|kicker|label|share|tags?)([\s_-]|$)/i;

/** Inline elements: never removed for their class names alone (SMALL_NEGATIVE still applies). */
export const INLINE_TAGS: ReadonlySet<string> = new Set(['a', 'span', 'b', 'i', 'em', 'strong', 'u', 'small', 'sup', 'sub', 'font', 'abbr', 'cite', 'code', 'mark', 'q', 's', 'del', 'ins', 'var', 'kbd', 'tt', 'big']);

/**
 * Class tokens that say nothing about the element's role and are ignored by the patterns:
 * WordPress taxonomy classes (tag-x, category-y, post-123) and state flags (has-x, enable-y).
 */
export const IGNORED_CLASS_TOKEN = /^(tag|tags|category|categories|cat|post_tag|format|status|type|postid|post|page-id|author|term|topic|section|has|is|with|enable|enabled|no|js|show|hide|single|template)[-_]/i;

/** Class/id words that speak for content (readability's positive pattern). */
export const POSITIVE = /(^|[\s_-])(article|articlebody|body|content|entry|hentry|h-entry|main|page|post|text|blog|story|storybody|artikel|single)([\s_-]|$)/i;

/** Class/id words of an article's lead (standfirst, teaser, intro) kept outside its body container. */
export const LEAD_CLASS = /(^|[\s_-])(lead|leadtext|lede|intro|introduction|teaser|teaser-?text|standfirst|summary|excerpt|dek|deck|sub-?headline|subtitle|subline|abstract|description|article-?intro|article-?lead|article-?teaser|article-?summary|article-?excerpt|article-?description|kurztext|vorspann|chapo|chapeau|entradilla|sumario|occhiello|catenaccio)([\s_-]|$)/i;

/** Short lines that are boilerplate wherever they appear (compared lower-cased, trimmed). */
export const BOILERPLATE_LINES: ReadonlySet<string> = new Set([
  'advertisement', 'advertisment', 'anzeige', 'werbung', 'publicité', 'publicidad', 'pubblicità',
  'story continues below advertisement', 'continue reading below', 'scroll to continue with content',
  'article continues below', 'continue reading', 'read more', 'read more:', 'related', 'related:',
  'related articles', 'related stories', 'related content', 'see also', 'share', 'share this',
  'share this article', 'share this story', 'share on facebook', 'share on twitter', 'tweet',
  'email', 'print', 'comments', 'comment', 'leave a comment', 'skip advertisement', 'skip ad',
  'click here', 'close', 'menu', 'loading...', 'loading', 'sponsored', 'sponsored content',
  'recommended', 'recommended for you', 'you may also like', 'more from', 'trending',
  'sign up', 'subscribe', 'follow us', 'facebook', 'twitter', 'whatsapp', 'linkedin', 'pinterest',
  "don't miss", 'don’t miss', 'must read', 'watch', 'watch:', 'listen', 'mehr zum thema', 'lesen sie auch', 'auch interessant', 'teilen', 'weiterlesen', 'artikel teilen',
]);

/** Paragraph starts that mark a line as boilerplate when the line is short. */
export const BOILERPLATE_START = /^(first )?(published|publicado|publié|veröffentlicht|pubblicato)\b[^.!?]{0,60}$|^[\d/.: -]+-?\s*(publicado|posted|veröffentlicht|publié)|^(updated|last updated|aktualisiert|zuletzt aktualisiert|mis à jour|actualizado|aggiornato|atualizado)\b[^.!?]{0,40}$|^(abbildung|abb\.|fig\.|figure|grafik|tabelle|table)\s*\d+\s*[:.]|^(letzte änderung|zuletzt aktualisiert|last updated|last modified|dernière mise à jour|news teilen|artikel teilen|beitrag teilen|jetzt teilen|teilen|share|partager|compartir|condividi)\b|^(foto|fotos|bild|bilder|titelbild|beitragsbild|headerbild|photo|photos|image|picture|crédits? photos?|crédit|credit|credits|quelle|source|fuente|fonte|video|grafik|illustration)\s*(:|©)|^(read more|read also|related|see also|also read|click here|sign up|subscribe|follow us|share this|more:|watch:|listen:|photo:|image:|getty images|(?:photo|image) (?:credit|courtesy)|©|copyright|all rights reserved|lesen sie auch|mehr zum thema|auch interessant|lire aussi|à lire aussi|leer más|lee también|leia também|leia mais|veja também|lesen sie mehr)\b/i;

/** A server's error printed into the page: "Strict Standards: Non-static method … in /www/…/file.php on line 813". */
export const SERVER_ERROR = /^(?:strict standards|warning|notice|deprecated|fatal error|parse error|catchable fatal error):\s.*\bon line\s+\d+\.?$/is;

/**
 * Short lines (headings mostly) after which an article is over: related links, comments,
 * reading suggestions. Everything from such a line on is dropped.
 */
export const END_MARKERS = /^(related|related (articles|stories|posts|content|coverage|links|topics)|more (stories|articles|news|from|on this|like this)|read (more|next|also)|you (may|might) (also )?(like|enjoy|be interested)|recommended( for you| stories| articles| reading)?|explore further|further reading|see also|also on|popular|most (read|popular|viewed|shared)|trending( now)?|comments?|\d+ comments?|leave a (comment|reply)|add a comment|join the (conversation|discussion)|post a comment|share (this|the) (article|story|post)|tags?|topics?|filed under|about the author|über (den|die) autor(in)?|zum autor|zur autorin|ähnliche (beiträge|artikel|themen)|verwandte (artikel|beiträge|themen)|weitere (artikel|beiträge|themen|nachrichten|news|meldungen)|mehr (zum thema|aus|zu|artikel|news|nachrichten)|das (könnte|dürfte) (sie|dich) auch interessieren|(dies|das) könnte (sie|dich) auch interessieren|auch interessant|lesen sie auch|lies auch|empfohlene (beiträge|artikel)|kommentare?|\d+ kommentare?|schreibe einen kommentar|kommentar schreiben|(ihre|deine) meinung|diskutieren sie mit|vorschau auf den nächsten artikel|nächster artikel|vorheriger artikel|das thema könnte dich auch interessieren|weiterführende links?|weiterführender link|articles? (liés|similaires|connexes)|à lire aussi|lire aussi|sur le même sujet|commentaires?|dans la même rubrique|noticias relacionadas|artículos relacionados|te puede interesar|comentarios|leggi anche|articoli correlati|commenti|leia também|notícias relacionadas|comentários|contenido relacionado|meistgelesene?( artikel| beiträge| news)?|meistdiskutierte?( artikel| beiträge)?|meist gelesen|zobacz (również|także)|czytaj (też|także|również)|themen|schlagworte|schlagwörter|stichworte|weitere pressemitteilungen.*|if you enjoyed (reading )?this.*|more in .{1,30}|mehr aus .{1,30}|mehr zum thema.*|das könnte sie auch interessieren.*)\s*[:.!?…]*$/i;

/** Image captions and credits run into the text: "... (Image: GETTY)", "Name | Bloomberg | Getty Images". */
export const CAPTION_LINE = /\((image|images|photo|photos|picture|credit|foto|bild|quelle|source)\s*:[^)]{1,80}\)\s*$|\|\s*(getty images|afp|reuters|ap|bloomberg|shutterstock|imago|dpa|picture alliance)\s*$/i;

/** Subscription and login prompts (paywalls): dropped when the paragraph is short. */
export const PAYWALL_PROMPT = /\b(subscribe|subscriber|subscribers|subscription|sign in to|log in to|login to|abonnieren|abonnent|abonnenten|abonnement|abo abschließen|abonnez|s'abonner|abonnés?|pour lire la suite|pour accéder|suscríbete|suscribirse|suscriptor|hazte miembro|abbonati|abbonamento|assine|assinante)\b/i;

/** Tunable numbers of the extractor. */
export const SETTINGS = {
  /** Paragraph text shorter than this does not vote for its container. */
  minParagraphChars: 25,
  /** Body selector matches need at least this much text to be trusted. */
  minSelectorChars: 250,
  /** A selector result shorter than this share of the scored candidate is distrusted. */
  selectorVsScoredRatio: 0.35,
  /** The same for the first, most specific selectors (articleBody, body classes and ids, itemtype). */
  strongSelectorVsScoredRatio: 0.15,
  /** How many of BODY_SELECTORS count as most specific. */
  strongSelectors: 4,
  /** How many of BODY_SELECTORS name the body text itself (articleBody, body classes and ids). */
  bodyMarkSelectors: 3,
  /** An element with a sharing-button class that holds this much paragraph text is a wrapper of the article. */
  minShareWrapperProse: 200,
  /** Share of link text above which a short paragraph is dropped. */
  maxLinkDensityShort: 0.5,
  /** Share of link text above which any paragraph is dropped. */
  maxLinkDensity: 0.8,
  /** Paragraphs shorter than this count as "short" for link-density and boilerplate tests. */
  shortParagraphChars: 300,
  /** A removed-looking element is kept when it holds this share of the page text. */
  guardShare: 0.5,
  /** Elements matching SMALL_NEGATIVE are removed below this many visible characters. */
  maxSmallChars: 200,
  /** A lead holds between these many visible characters. */
  minLeadChars: 40,
  maxLeadChars: 900,
  /** End markers count only after this share of the text has been seen. */
  endMarkerAfterShare: 0.3,
  /** Minimum text of an article; below it the page is reported as having none. */
  minArticleChars: 150,
  /** Markup beyond this many characters is ignored. */
  maxHtmlChars: 8_000_000,
} as const;
