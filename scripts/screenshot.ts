/**
 * The README's picture of the dashboard, taken over a store of dateline's own analyses:
 * npx tsx scripts/screenshot.ts [DB] [OUT.png]   (default ./dateline.db, docs/dashboard.png)
 * Needs Debian's chromium (see test/e2e/browser.ts).
 */
import { launch } from '../test/e2e/browser.js';
import { startServer } from '../src/server/index.js';
import { openStore } from '../src/store/open.js';

const db = process.argv[2] ?? './dateline.db';
const out = process.argv[3] ?? 'docs/dashboard.png';
const store = await openStore(db);
const server = await startServer({ store, port: 0, allowIngest: false });
const browser = await launch({ width: 1400, height: 900 });
try {
  const page = await browser.context.newPage();
  await page.goto(server.url);
  await page.waitForSelector('#event-table tbody tr');
  await page.waitForSelector('svg.timeline rect');
  await page.waitForTimeout(500);
  await page.screenshot({ path: out, fullPage: false });
  console.log(`wrote ${out} from ${db}`);
} finally {
  await browser.close();
  await server.close();
  await store.close();
}
