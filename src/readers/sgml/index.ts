/**
 * Reuters-21578 SGML: each <REUTERS> story becomes an article whose text is the wire
 * copy as sent: headline, blank line, dateline and body. The <DATELINE> element is
 * not handed to the analysis (the layout stage finds the dateline in the text).
 */
import { decodeBytes } from '../decode.js';
import { failure, type Input, type ReadResult } from '../types.js';

const MONTHS: Record<string, string> = { JAN: '01', FEB: '02', MAR: '03', APR: '04', MAY: '05', JUN: '06', JUL: '07', AUG: '08', SEP: '09', OCT: '10', NOV: '11', DEC: '12' };

function unescape(s: string): string {
  return s
    .replace(/&#(\d+);/g, (_, n: string) => (Number(n) < 32 ? '' : String.fromCharCode(Number(n))))
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
}

function element(doc: string, name: string): string | null {
  const open = doc.indexOf(`<${name}`);
  if (open < 0) return null;
  const start = doc.indexOf('>', open) + 1;
  const end = doc.indexOf(`</${name}>`, start);
  return end < 0 ? null : doc.slice(start, end);
}

/** "26-FEB-1987 15:01:01.79" → "1987-02-26". */
function reutersDate(s: string | null): string | null {
  const m = s && /(\d{1,2})-([A-Z]{3})-(\d{4})/.exec(s.trim());
  return m && MONTHS[m[2]!] ? `${m[3]}-${MONTHS[m[2]!]}-${m[1]!.padStart(2, '0')}` : null;
}

export interface ReutersStory {
  readonly newid: string;
  readonly title: string | null;
  /** The <DATELINE> element as given, for evaluation only. */
  readonly dateline: string | null;
  readonly body: string | null;
  readonly date: string | null;
}

/** Parse the stories of an SGML file. */
export function* reutersStories(sgml: string): Iterable<ReutersStory> {
  let at = 0;
  for (;;) {
    const open = sgml.indexOf('<REUTERS', at);
    if (open < 0) return;
    const close = sgml.indexOf('</REUTERS>', open);
    const doc = sgml.slice(open, close < 0 ? sgml.length : close);
    at = close < 0 ? sgml.length : close + 10;
    const newid = /NEWID="(\d+)"/.exec(doc)?.[1] ?? String(open);
    const t = element(doc, 'TITLE');
    const dl = element(doc, 'DATELINE');
    // Unprocessed stories (<TEXT TYPE="UNPROC">) carry their text without TITLE or BODY elements.
    const b = element(doc, 'BODY') ?? (t === null && dl === null ? element(doc, 'TEXT') : null);
    yield {
      newid,
      title: t === null ? null : unescape(t).trim(),
      dateline: dl === null ? null : unescape(dl).trim(),
      body: b === null ? null : unescape(b),
      date: reutersDate(element(doc, 'DATE')),
    };
  }
}

export function* readSgml(input: Input): Iterable<ReadResult> {
  const base = { ...(input.path ? { path: input.path } : {}), format: 'sgml' as const };
  const d = decodeBytes(input.bytes, 'windows-1252');
  if (!d.ok) { yield failure(base, d.error); return; }
  let n = 0;
  for (const s of reutersStories(d.text)) {
    n++;
    const parts: string[] = [];
    if (s.title) parts.push(s.title);
    const story = ((s.dateline ? s.dateline + ' ' : '') + (s.body ?? '')).replace(/\s+$/, '');
    if (story.trim()) parts.push(story);
    const text = parts.join('\n\n');
    if (!text.trim()) { yield failure({ ...base, item: s.newid }, 'story has no title and no body'); continue; }
    yield {
      kind: 'article',
      text,
      meta: { source: { ...base, item: s.newid }, title: s.title, published: s.date, headlineInText: Boolean(s.title) },
    };
  }
  if (n === 0) yield failure(base, 'no <REUTERS> stories in this SGML file');
}
