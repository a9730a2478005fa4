/**
 * Quotation marks: find the regions of text between an opening and its closing
 * mark, in every common typography (“…”, "…", ‘…’, «…», „…“, ‚…‘, ‹…›), and
 * quotations that run over several paragraphs, where each paragraph reopens the
 * quote and only the last one closes it. Two apostrophes stand for a double mark
 * (''…''), as in the New York Times archive and in text typed for TeX.
 */
import type { Span } from '../../document/span.js';

export interface QuoteRegion extends Span {
  /** The quoted text without its marks (may cross paragraphs). */
  readonly inner: Span;
  /** The opening mark as written. */
  readonly mark: string;
}

/** Each opening mark with the marks that may close it. */
export const CLOSERS: Readonly<Record<string, string>> = {
  '“': '”“',
  '„': '“”',
  '«': '»',
  '»': '«',
  '"': '"',
  '‘': '’',
  '‚': '‘’',
  '‹': '›',
  '”': '”',
};

/** May the UTF-16 code unit be a quotation mark (a key or a closer of CLOSERS): ", «, », U+2018 … U+203A. */
export function isMarkCode(c: number): boolean {
  return c === 0x22 || c === 0xab || c === 0xbb || (c >= 0x2018 && c <= 0x203a);
}

/** Two apostrophes used as a double quotation mark: opens and closes itself. */
const TWO_APOSTROPHES = "''";
const APOSTROPHE = 0x27;
const twoAt = (text: string, i: number) => text.charCodeAt(i) === APOSTROPHE && text.charCodeAt(i + 1) === APOSTROPHE;

/** Can two apostrophes at i open a quotation: at a word's start, before a word? */
function canOpenTwo(text: string, i: number, lo: number): boolean {
  const prev = i > lo ? text[i - 1] : undefined;
  const next = text[i + 2];
  return twoAt(text, i) && !isSpace(next) && next !== "'" && (prev === undefined || isSpace(prev) || /[(\[—–:-]/.test(prev));
}

const isSpace = (c: string | undefined) => c === undefined || /\s/.test(c);
const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/** Can the mark at i open a quotation? */
function canOpen(text: string, i: number, lo: number): boolean {
  const c = text[i]!;
  const prev = i > lo ? text[i - 1] : undefined;
  const next = text[i + 1];
  if (isSpace(next)) return false;
  if (c === '“' || c === '„' || c === '«' || c === '‹' || c === '‚') return true;
  // » opens only in the reversed (Danish, German) style: »…«
  if (c === '»') return prev === undefined || isSpace(prev) || /[(\[—–:-]/.test(prev);
  // Straight and single quotes must not sit inside a word (apostrophes, inches).
  if (c === '"' || c === '‘') return prev === undefined || isSpace(prev) || /[(\[—–:-]/.test(prev);
  // A right double mark used as an opener (common in some newswires: ”…”).
  if (c === '”') return (prev === undefined || isSpace(prev)) && isWordChar(next);
  return false;
}

function canClose(text: string, i: number, open: string): boolean {
  const c = text[i]!;
  if (!CLOSERS[open]!.includes(c)) return false;
  const next = text[i + 1];
  if (open === '‘' || open === '‚') {
    // ’ between letters is an apostrophe (don’t), and so is a plural possessive (voters’ ).
    if (isWordChar(text[i - 1]) && isWordChar(next)) return false;
  }
  if (open === '"' || open === '”') return !isWordChar(next) || isSpace(text[i - 1]) === false;
  return true;
}

/**
 * A straight mark closing a curly one, or the other way round ("“…," she said), as text
 * pasted from several sources has it: only where the paragraph holds no proper closer
 * further on, or another curly opening comes before it (“highly significant." … “…”: the
 * closer further on is the later quotation's).
 */
function closesMixed(text: string, i: number, open: string, end: number, seek: NextMark, seekOpen: NextMark): boolean {
  const c = text[i]!;
  const proper = open === '“' && c === '"' ? '”' : open === '"' && c === '”' ? '"' : null;
  if (proper === null || isWordChar(text[i + 1]) || isSpace(text[i - 1])) return false;
  const closer = seek(proper, i + 1);
  return closer >= end || (open === '“' && seekOpen('“', i + 1) < closer);
}

/** Where the next `mark` at or after `from` is (text length if none). */
type NextMark = (mark: string, from: number) => number;

/** A NextMark that remembers its last answer, so that many marks before one closer cost one search. */
function nextMarkOf(text: string): NextMark {
  let mark = '';
  let from = 0;
  let at = 0;
  return (m, f) => {
    if (m !== mark || f < from || f > at) {
      const k = text.indexOf(m, f);
      mark = m;
      at = k < 0 ? text.length : k;
    }
    from = f;
    return at;
  };
}

/**
 * Scan the paragraphs (sorted, non-overlapping) for quotation regions. An
 * unclosed quote at a paragraph end continues when the next paragraph opens with
 * the same mark; otherwise it ends with its paragraph.
 */
export function findQuoteRegions(text: string, paragraphs: readonly Span[]): QuoteRegion[] {
  const paras = paragraphs.length > 0 ? paragraphs : [{ start: 0, end: text.length }];
  const out: QuoteRegion[] = [];
  const seek = nextMarkOf(text);
  const seekOpen = nextMarkOf(text);
  let open = null as { at: number; mark: string } | null;
  for (let p = 0; p < paras.length; p++) {
    const { start, end } = paras[p]!;
    let i = start;
    if (open) {
      // A continuing quote: this paragraph must reopen it with the same kind of mark.
      let j = start;
      while (j < end && isSpace(text[j])) j++;
      if (open.mark === TWO_APOSTROPHES ? twoAt(text, j) : text[j] === open.mark) {
        i = j + open.mark.length;
      } else {
        const prevEnd = trimEnd(text, paras[p - 1]!.end, paras[p - 1]!.start);
        out.push({ start: open.at, end: prevEnd, inner: { start: open.at + open.mark.length, end: prevEnd }, mark: open.mark });
        open = null;
      }
    }
    for (; i < end; i++) {
      const code = text.charCodeAt(i);
      if (code === APOSTROPHE) {
        if (open ? open.mark === TWO_APOSTROPHES && twoAt(text, i) : canOpenTwo(text, i, start)) {
          if (open) out.push({ start: open.at, end: i + 2, inner: { start: open.at + 2, end: i }, mark: open.mark });
          open = open ? null : { at: i, mark: TWO_APOSTROPHES };
          i++;
        }
        continue;
      }
      if (!isMarkCode(code)) continue;
      const c = text[i]!;
      if (open) {
        if (open.mark !== TWO_APOSTROPHES && (canClose(text, i, open.mark) || closesMixed(text, i, open.mark, end, seek, seekOpen))) {
          out.push({ start: open.at, end: i + 1, inner: { start: open.at + 1, end: i }, mark: open.mark });
          open = null;
        }
      } else if (c in CLOSERS && canOpen(text, i, start)) {
        open = { at: i, mark: c };
      }
    }
    if (open && p === paras.length - 1) {
      const e = trimEnd(text, end, start);
      out.push({ start: open.at, end: e, inner: { start: open.at + open.mark.length, end: e }, mark: open.mark });
      open = null;
    }
  }
  return out.filter((r) => r.inner.end > r.inner.start);
}

function trimEnd(text: string, end: number, lo: number): number {
  let e = end;
  while (e > lo && isSpace(text[e - 1])) e--;
  return e;
}
