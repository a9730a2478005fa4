/**
 * `npm run bench`: every benchmark, each in a fresh process (so peak RSS is its own),
 * printed as it runs and collected in bench/results.json.
 * usage: npm run bench [-- --only name,name]
 */
import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';

/** Benchmarks by name: each module exports run() and prints its own figures. */
const BENCHES: Record<string, string> = {
  reuters: 'reuters.ts',
  'quote-layer': 'quote-layer.ts',
  'cli-reuters': 'cli-reuters.ts',
  segment: 'segment.ts',
  ner: 'ner.ts',
  extraction: 'extraction.ts',
  server: 'server.ts',
  long: 'long.ts',
  export: 'export.ts',
  queue: 'queue.ts',
};

const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1]!.split(',') : null;
const results: Record<string, unknown> = { machine: { cores: cpus().length, cpu: cpus()[0]?.model, node: process.version }, date: new Date().toISOString() };
let failed = 0;
for (const [name, file] of Object.entries(BENCHES)) {
  if (only && !only.includes(name)) continue;
  const path = fileURLToPath(new URL(`./${file}`, import.meta.url));
  if (!existsSync(path)) continue;
  console.log(`== ${name}`);
  const code = `const m = await import(${JSON.stringify(path)}); const r = await m.run(); process.stdout.write('\\n@@RESULT ' + JSON.stringify(r) + '\\n');`;
  const r = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 1 << 28 });
  const lines = (r.stdout ?? '').split('\n');
  for (const l of lines) if (!l.startsWith('@@RESULT ')) process.stdout.write(l ? l + '\n' : '');
  const res = lines.find((l) => l.startsWith('@@RESULT '));
  if (r.status !== 0 || !res) { failed++; console.log(`${name}: failed (exit ${r.status})`); continue; }
  results[name] = JSON.parse(res.slice(9));
}
writeFileSync(new URL('./results.json', import.meta.url), JSON.stringify(results, null, 2) + '\n');
console.log(`bench: results in bench/results.json (${cpus().length} cores)`);
process.exitCode = failed ? 1 : 0;
