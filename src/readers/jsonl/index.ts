/**
 * JSONL: one article per line, `{"text", "title"?, "url"?, "published"?, "id"?}`.
 * A bad line is a failure for that line; the others are read.
 */
import { z } from 'zod';
import { decodeBytes } from '../decode.js';
import { failure, type Input, type ReadResult } from '../types.js';
import { isoDate } from '../../stages/dates/iso.js';

const Line = z.object({
  text: z.string(),
  title: z.string().nullish(),
  url: z.string().nullish(),
  published: z.string().nullish(),
  id: z.union([z.string(), z.number()]).nullish(),
  authors: z.array(z.string()).nullish(),
});

export function* readJsonl(input: Input): Iterable<ReadResult> {
  const base = { ...(input.path ? { path: input.path } : {}), format: 'jsonl' as const };
  const d = decodeBytes(input.bytes);
  if (!d.ok) { yield failure(base, d.error); return; }
  const lines = d.text.split('\n');
  let n = 0;
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!.trim();
    if (!raw) continue;
    n++;
    let item = String(i + 1);
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (e) {
      yield failure({ ...base, item }, `line ${i + 1}: not JSON (${(e as Error).message})`);
      continue;
    }
    const parsed = Line.safeParse(value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      yield failure({ ...base, item }, `line ${i + 1}: ${issue.path.join('.') || 'value'}: ${issue.message}`);
      continue;
    }
    const v = parsed.data;
    if (v.id !== undefined && v.id !== null) item = String(v.id);
    if (!v.text.trim()) { yield failure({ ...base, item }, `line ${i + 1}: empty text`); continue; }
    const published = v.published ? isoDate(v.published) : null;
    yield {
      kind: 'article',
      text: v.text,
      meta: {
        source: { ...base, item, ...(v.url ? { url: v.url } : {}) },
        title: v.title ?? null,
        published,
        authors: v.authors ?? [],
        // A title given apart means the text is the story alone; without one, the text may open with its headline.
        headlineInText: !v.title,
        ...(v.published && !published ? { warnings: [`unreadable published date ${JSON.stringify(v.published)}`] } : {}),
      },
    };
  }
  if (n === 0) yield failure(base, 'no JSON lines');
}
