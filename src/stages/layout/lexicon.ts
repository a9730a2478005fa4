/** Word lists of article layout: constants only. */

/** News agencies seen in datelines, by the form they are written in. */
export const AGENCIES = [
  'Reuters', 'Reuter', 'AP', 'AFP', 'SANA', 'TASS', 'ITAR-TASS', 'RIA Novosti', 'RIA', 'Interfax', 'Sputnik',
  'IRNA', 'Xinhua', 'Kyodo', 'Yonhap', 'KCNA', 'ANI', 'PTI', 'IANS', 'UPI', 'DPA', 'dpa', 'EFE', 'ANSA', 'APA',
  'Anadolu', 'AA', 'WAM', 'SPA', 'KUNA', 'MENA', 'QNA', 'BNA', 'ONA', 'Petra', 'NNA', 'Fars', 'Tasnim', 'Mehr', 'ISNA',
  'Bernama', 'Antara', 'PNA', 'Prensa Latina', 'Notimex', 'Agencia Brasil', 'Lusa', 'Belga', 'CTK', 'MTI', 'PAP',
  'Ukrinform', 'UNIAN', 'BTA', 'Tanjug', 'HINA', 'STA', 'AGERPRES', 'Bloomberg', 'CNN', 'BBC', 'AFP/Getty',
  'Al Jazeera', 'KPL', 'VNA', 'APS', 'MAP', 'TAP', 'SUNA', 'ENA', 'KNA', 'NAN', 'APP', 'BSS', 'RSS', 'Trend', 'Azertag',
  'Armenpress', 'Kazinform', 'Belta', 'CNA', 'Jiji', 'NHK', 'Saba', 'INA', 'Wafa', 'Al-Masdar',
] as const;

export const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10,
  nov: 11, november: 11, dec: 12, december: 12,
};

/** A paragraph that opens trailing material about other stories: all that follows is 'related'. */
export const RELATED_MARKERS: readonly RegExp[] = [
  /^check also\b/i, /^read (?:more|also|next)\b/i, /^related(?: (?:articles?|stories|news|coverage|content|posts?|topics?|reading))?\s*:?/i,
  /^see also\b/i, /^more (?:from|on|stories|news)\b/i, /^you (?:may|might) (?:also )?(?:like|be interested)/i,
  /^recommended(?: for you| stories| articles)?\s*:?$/i, /^(?:most )?(?:popular|read|trending)(?: now| stories)?\s*:?$/i,
  /^also read\b/i, /^latest news\s*:?$/i, /^further reading\b/i, /^more in\b/i,
];

/** A short paragraph that asks to share or follow: 'share'. */
export const SHARE_LINE = /^(?:share(?: this(?: article| story)?)?(?: on| via)?|follow us(?: on)?|tweet|email|print|subscribe(?: to)?|sign up(?: for)?|click here|join (?:us|our)|like us on)\b[^.]{0,120}$/i;

/** Copyright and rights lines: 'other'. */
export const COPYRIGHT_LINE = /^(?:©|\(c\)|copyright\b|all rights reserved)|all rights reserved\.?$/i;

/** Credit lines of wire copy: 'byline'. Authors are taken from the writing and reporting roles. */
export const CREDIT_LINE = /^(?:\(?\s*)(?:(?:additional )?reporting|writing|written|compiled|editing|edited|produced|graphics?|photos?)\s+by\b/i;
/** Other credit lines: an editor's ("Editor: Zhang Long", Xinhua's close) and contributors' ("… contributed to this report."). */
export const EDITOR_LINE = /^\(?\s*(?:editors?|translators?|translated by|translation)\s*:\s*[^.:]{2,80}\)?\.?$/i;
export const CONTRIBUTED_LINE = /\bcontributed(?:\s+(?:to\s+)?(?:this\s+)?(?:report|reporting|story|article))\.?\)?$/i;
export const AUTHOR_ROLES = /^(?:(?:additional )?reporting|writing|written|compiled)$/i;

/** A closing signature of wire copy ("Reuter", "REUTER", "-- AP"). */
export const SIGNATURE_LINE = /^(?:reuters?|afp|ap|sana|xinhua|tass|dpa|upi|[-–—]{1,2}\s*\w{2,8})\.?$/i;

/** The desk's initials AFP closes copy with ("burs-jh/rl", "sst/dl"): initials of two or three letters joined by slashes. */
export const DESK_SLUG = /^(?:burs?-)?[a-z]{2,3}(?:\/[a-z]{2,3})+$/;

/** Words that never stand in a person's name of a byline. */
export const NOT_NAME_WORDS = new Set([
  'the', 'of', 'and', 'in', 'on', 'at', 'to', 'for', 'is', 'are', 'was', 'were', 'a', 'an', 'with', 'said', 'says',
  'news', 'agency', 'staff', 'reporter', 'correspondent', 'editor', 'desk', 'check', 'also', 'read', 'more',
]);
