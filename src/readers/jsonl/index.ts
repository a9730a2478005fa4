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

/** What is wrong with a line, in the words of its fields: 'no "text" field', '"title" must be a string, not a number'. */
function problem(issue: z.core.$ZodIssue, value: unknown): string {
  if (issue.path.length === 0) return `not a JSON object but ${kindOf(value)}`;
  const field = issue.path.map(String).join('.');
  if (issue.code !== 'invalid_type') return `"${field}": ${issue.message}`;
  let got: unknown = value;
  for (const k of issue.path) got = got !== null && typeof got === 'object' ? (got as Record<PropertyKey, unknown>)[k] : undefined;
  if (got === undefined) return `no "${field}" field`;
  return `"${field}" must be ${issue.expected === 'array' ? 'a list' : `a ${issue.expected}`}, not ${kindOf(got)}`;
}

function kindOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  return typeof v === 'object' ? 'an object' : `a ${typeof v}`;
}

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
      yield failure({ ...base, item }, `line ${i + 1}: ${problem(parsed.error.issues[0]!, value)}`);
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
