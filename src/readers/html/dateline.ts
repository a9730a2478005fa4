/**
 * A dateline at the start of an article's first paragraph: "MADRID — ...",
 * "WASHINGTON (Reuters) - ...", "Berlin (dpa) - ...", "(Reuters) — ...".
 * Only all-capitals places, or places followed by an agency in brackets, are accepted.
 */
const DATELINE = /^(?:([\p{Lu}][\p{Lu}\p{M} .'’-]{1,40}?|[\p{Lu}][\p{L}\p{M}.'’ -]{1,40}?(?=(?:,[^(—–]{1,30})?\s*\())(?:,\s*[\p{L}. ]{1,30}?)?(?:,?\s+\p{L}{3,9}\.?\s+\d{1,2})?\s*)?(?:\(([\p{L}\p{N} .&/-]{2,30})\)\s*)?[—–-]{1,2}\s+\S/u;

/** All-capitals openers that are labels, not places. */
const NOT_PLACES = new Set(['UPDATE', 'UPDATED', 'BREAKING', 'BREAKING NEWS', 'EXCLUSIVE', 'ANALYSIS', 'OPINION', 'WATCH', 'VIDEO', 'PHOTOS', 'LIVE', 'EDITOR’S NOTE', "EDITOR'S NOTE", 'NOTE', 'CORRECTION', 'FILE', 'UPDATE 1', 'UPDATE 2', 'FACTBOX', 'EXPLAINER', 'REVIEW', 'INTERVIEW', 'COMMENTARY']);

export interface Dateline {
  readonly place: string | null;
  readonly agency: string | null;
}

export function findDateline(firstParagraph: string | undefined): Dateline | null {
  if (!firstParagraph) return null;
  const m = DATELINE.exec(firstParagraph.slice(0, 120));
  if (!m || (!m[1] && !m[2])) return null;
  const place = m[1] ? m[1].trim().replace(/[,.]$/, '') : null;
  if (place && (place.length < 2 || NOT_PLACES.has(place.toUpperCase()))) return null;
  return { place, agency: m[2]?.trim() ?? null };
}
