/** Plain text: the text exactly as read, a leading BOM dropped; the headline stays in the text. */
import { decodeBytes } from '../decode.js';
import { failure, type Input, type ReadResult } from '../types.js';

export function* readText(input: Input): Iterable<ReadResult> {
  const source = { ...(input.path ? { path: input.path } : {}), ...(input.url ? { url: input.url } : {}), format: 'text' as const };
  const d = decodeBytes(input.bytes, input.charset);
  if (!d.ok) { yield failure(source, d.error); return; }
  // Plain text states no charset: anything but UTF-8 (or UTF-16 with a BOM) is a guess, so it is refused unless the user names one.
  if (!input.charset && !/^utf-(?:8|16)/.test(d.charset)) {
    yield failure(source, `not UTF-8 text (it looks like ${d.charset}); convert it to UTF-8 or pass --encoding ${d.charset}`);
    return;
  }
  const text = d.text.charCodeAt(0) === 0xfeff ? d.text.slice(1) : d.text;
  if (!text.trim()) { yield failure(source, 'no text (only white space)'); return; }
  const warnings = d.charset !== 'utf-8' ? [`decoded as ${d.charset}`] : undefined;
  yield { kind: 'article', text, meta: { source, headlineInText: true, ...(warnings ? { warnings } : {}) } };
}
