/** `dateline tag --conll`: CoNLL-2003 lines in, the same lines with a predicted IOB2 tag column out. */
import { tagConll } from '../models/ner/conll.js';
import { stdinLines } from './lines.js';
import { UsageError, writeOut } from './output.js';

export async function runTag(opts: { conll?: boolean }): Promise<number> {
  if (!opts.conll) throw new UsageError('tag needs --conll (the only input format it reads)');
  // Tag a document at a time (between -DOCSTART- lines) so memory stays bounded and context is per document.
  let buf: string[] = [];
  const flush = async () => {
    if (buf.length === 0) return;
    const out = tagConll(buf.join('\n') + '\n');
    await writeOut(out.endsWith('\n') ? out : out + '\n');
    buf = [];
  };
  for await (const line of stdinLines()) {
    if (line.startsWith('-DOCSTART-') && buf.some((l) => l.trim() && !l.startsWith('-DOCSTART-'))) await flush();
    buf.push(line);
  }
  await flush();
  return 0;
}
