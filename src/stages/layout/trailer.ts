/**
 * What closes an article without being part of it: bylines and credit lines,
 * signatures, share and copyright lines, and teasers of other stories.
 */
import type { Boilerplate, Byline, Paragraph } from '../../document/layers.js';
import type { Span } from '../../document/span.js';
import {
  AUTHOR_ROLES, CONTRIBUTED_LINE, COPYRIGHT_LINE, CREDIT_LINE, DESK_SLUG, EDITOR_LINE, NOT_NAME_WORDS, RELATED_MARKERS, SHARE_LINE, SIGNATURE_LINE,
} from './lexicon.js';

const NAME = /^[\p{Lu}][\p{L}'’.\-]*(?:\s+(?:[\p{Lu}][\p{L}'’.\-]*|al-|el-|bin|ibn|van|von|de|da|di|del|la|le)){0,4}$/u;

/** A person's name as a byline prints it ("Hazem Sabbagh", "Ursula von der Leyen"): capitalised words, none of a desk's or an agency's. */
export function looksLikeName(s: string): boolean {
  if (!NAME.test(s) || s.length > 40) return false;
  return !s.split(/\s+/).some((w) => NOT_NAME_WORDS.has(w.toLowerCase()));
}

/** Names in a byline text, with their offsets relative to it: "Shaza / Hazem Sabbagh", "By Jane Doe and John Roe". */
export function bylineNames(s: string): { name: string; at: number }[] | null {
  let body = s;
  let offset = 0;
  const by = /^\s*by\s+/i.exec(body);
  if (by) { offset = by[0].length; body = body.slice(offset); }
  body = body.replace(/[.\s]+$/, '');
  const out: { name: string; at: number }[] = [];
  const sep = /\s*(?:\/|,|&|\band\b|\|)\s*/gi;
  let last = 0;
  const parts: { s: string; at: number }[] = [];
  for (const m of body.matchAll(sep)) {
    parts.push({ s: body.slice(last, m.index), at: last });
    last = m.index! + m[0].length;
  }
  parts.push({ s: body.slice(last), at: last });
  for (const p of parts) {
    const name = p.s.trim();
    if (!name) continue;
    // "Jane Doe in Moscow" keeps the name.
    const inPlace = /^(.*?)\s+in\s+[\p{Lu}][\p{L}\s]*$/u.exec(name);
    const n = inPlace ? inPlace[1]! : name;
    if (!looksLikeName(n)) return null;
    out.push({ name: n, at: offset + p.at + p.s.indexOf(n) });
  }
  return out.length > 0 ? out : null;
}

/** Authors of a credit line: "Reporting by A and B; Editing by C" gives A and B. */
function creditNames(s: string): { name: string; at: number }[] {
  const out: { name: string; at: number }[] = [];
  let at = 0;
  for (const clause of s.split(/;|\.\s+(?=[A-Z])/)) {
    const m = /^\s*\(?\s*((?:additional\s+)?\w+)\s+by\s+/i.exec(clause);
    if (m && AUTHOR_ROLES.test(m[1]!)) {
      const rest = clause.slice(m[0].length).replace(/\)\s*$/, '');
      for (const n of bylineNames(rest) ?? []) out.push({ name: n.name, at: at + m[0].length + n.at });
    }
    at += clause.length + 1;
  }
  return out;
}

export interface Trailer {
  /** Where the article proper ends (exclusive). */
  readonly bodyEnd: number;
  readonly bylines: Byline[];
  readonly boilerplate: Boilerplate[];
}

function kindOf(text: string): Boilerplate['kind'] | 'related-start' | 'credit' | null {
  const s = text.trim();
  if (RELATED_MARKERS.some((r) => r.test(s))) return 'related-start';
  if (CREDIT_LINE.test(s) || EDITOR_LINE.test(s) || (s.length < 250 && CONTRIBUTED_LINE.test(s))) return 'credit';
  if (s.length < 160 && SHARE_LINE.test(s)) return 'share';
  if (s.length < 200 && COPYRIGHT_LINE.test(s)) return 'other';
  if (SIGNATURE_LINE.test(s) || DESK_SLUG.test(s)) return 'other';
  return null;
}

/**
 * Walk the body paragraphs from the first one after the lead; the first paragraph that
 * opens related material ends the article, and trailing bylines, credits, signatures,
 * share and copyright lines before it are boilerplate too.
 */
export function findTrailer(text: string, paragraphs: readonly Paragraph[], first: number): Trailer {
  const boilerplate: Boilerplate[] = [];
  const bylines: Byline[] = [];
  let end = paragraphs.length;
  for (let i = first + 1; i < paragraphs.length; i++) {
    const p = paragraphs[i]!;
    if (kindOf(text.slice(p.start, p.end)) === 'related-start') {
      end = i;
      const last = paragraphs[paragraphs.length - 1]!;
      boilerplate.push({ start: p.start, end: last.end, kind: 'related' });
      break;
    }
  }
  // Trailing lines of the article itself, from the end backwards.
  let k = end - 1;
  for (; k > first; k--) {
    const p = paragraphs[k]!;
    const s = text.slice(p.start, p.end);
    const kind = kindOf(s);
    if (kind === 'credit') {
      const names = creditNames(s);
      bylines.push({ start: p.start, end: p.end, authors: names.map((n) => n.name), authorSpans: names.map((n) => ({ start: p.start + n.at, end: p.start + n.at + n.name.length })) });
      boilerplate.push({ start: p.start, end: p.end, kind: 'byline' });
      continue;
    }
    if (kind === 'share' || kind === 'other') { boilerplate.push({ start: p.start, end: p.end, kind }); continue; }
    if (kind === null && s.length <= 80 && !/[.!?:"”]$/.test(s)) {
      const names = bylineNames(s);
      if (names) {
        bylines.push({ start: p.start, end: p.end, authors: names.map((n) => n.name), authorSpans: names.map((n) => ({ start: p.start + n.at, end: p.start + n.at + n.name.length })) });
        boilerplate.push({ start: p.start, end: p.end, kind: 'byline' });
        continue;
      }
    }
    break;
  }
  // A signature glued to the last line of wire copy ("... said. Reuter").
  const lastBody = paragraphs[k];
  let bodyEnd = lastBody ? lastBody.end : (paragraphs[first]?.end ?? 0);
  if (lastBody) {
    const sig = /\s+(Reuter|REUTER|Reuters)\s*$/.exec(text.slice(lastBody.start, lastBody.end));
    if (sig && sig.index > 0) {
      const at = lastBody.start + sig.index + sig[0].indexOf(sig[1]!);
      boilerplate.push({ start: at, end: at + sig[1]!.length, kind: 'other' });
      bodyEnd = lastBody.start + sig.index;
    }
  }
  boilerplate.sort((a, b) => a.start - b.start);
  bylines.sort((a, b) => a.start - b.start);
  return { bodyEnd, bylines, boilerplate };
}

/** A byline paragraph right after the headline ("By Jane Doe"). */
export function findLeadingByline(text: string, p: Span): Byline | null {
  const s = text.slice(p.start, p.end);
  if (!/^by\s/i.test(s) || s.length > 120) return null;
  const names = bylineNames(s);
  if (!names) return null;
  return { start: p.start, end: p.end, authors: names.map((n) => n.name), authorSpans: names.map((n) => ({ start: p.start + n.at, end: p.start + n.at + n.name.length })) };
}
