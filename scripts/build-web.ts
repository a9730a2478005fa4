/**
 * Builds the dashboard (web/) into static files in web/dist: the TypeScript bundled by
 * esbuild into app.js, index.html and style.css copied, and the Natural Earth 1:110m
 * country shapes of world-atlas shipped beside them, so it works offline.
 * Run: npx tsx scripts/build-web.ts [--watch]
 */
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const web = join(root, 'web');
const out = join(web, 'dist');
const require = createRequire(import.meta.url);

/** CAMEO code → name from data/cameo/cameo.tsv (header line `code\tname\t…`, # comments). */
export function cameoNames(path = join(root, 'data/cameo/cameo.tsv')): Record<string, string> {
  const lines = readFileSync(path, 'utf8').split('\n');
  const out: Record<string, string> = {};
  let header: string[] | null = null;
  lines.forEach((line, i) => {
    if (!line.trim() || line.startsWith('#')) return;
    const cols = line.split('\t');
    if (!header) {
      header = cols;
      if (cols[0] !== 'code' || cols[1] !== 'name') throw new Error(`${path}:${i + 1}: expected a header starting code, name`);
      return;
    }
    if (!/^\d{2,4}$/.test(cols[0] ?? '') || !cols[1]?.trim()) throw new Error(`${path}:${i + 1}: bad CAMEO row: ${line.slice(0, 60)}`);
    out[cols[0]!] = cols[1]!.trim();
  });
  if (Object.keys(out).length < 20) throw new Error(`${path}: only ${Object.keys(out).length} CAMEO codes`);
  return out;
}

export async function buildWeb(opts: { minify?: boolean } = {}): Promise<{ files: string[]; bytes: number }> {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const result = await esbuild.build({
    entryPoints: [join(web, 'src/main.ts')],
    outfile: join(out, 'app.js'),
    bundle: true,
    format: 'esm',
    target: ['es2020'],
    platform: 'browser',
    minify: opts.minify ?? true,
    sourcemap: 'linked',
    legalComments: 'eof',
    logLevel: 'warning',
    metafile: true,
  });
  copyFileSync(join(web, 'index.html'), join(out, 'index.html'));
  copyFileSync(join(web, 'style.css'), join(out, 'style.css'));
  copyFileSync(join(web, 'favicon.svg'), join(out, 'favicon.svg'));
  const atlas = dirname(require.resolve('world-atlas/package.json'));
  copyFileSync(join(atlas, 'countries-110m.json'), join(out, 'countries-110m.json'));
  writeFileSync(join(out, 'cameo.json'), JSON.stringify(cameoNames()));
  writeFileSync(join(out, 'NOTICE.txt'),
    'CAMEO event names: data/cameo/cameo.tsv (see its header for sources).\n'
    + 'Country shapes: world-atlas (ISC licence, Mike Bostock), from Natural Earth 1:110m (public domain).\n'
    + 'd3-geo and topojson-client: ISC licence, Mike Bostock.\n' + readFileSync(join(atlas, 'LICENSE'), 'utf8'));
  const files = ['index.html', 'app.js', 'app.js.map', 'style.css', 'favicon.svg', 'countries-110m.json', 'cameo.json', 'NOTICE.txt'];
  const bytes = Object.values(result.metafile.outputs).reduce((n, o) => n + o.bytes, 0);
  return { files, bytes };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { files, bytes } = await buildWeb({ minify: !process.argv.includes('--dev') });
  console.log(`web/dist: ${files.join(', ')} (bundle ${(bytes / 1024).toFixed(1)} KiB)`);
}
