/**
 * The dashboard in real headless Chromium over a store of the seed article, Wikinews
 * samples and a hostile article: table → article → network → map → paste box, with
 * screenshots in artifacts/screenshots/ and docs/dashboard.png. Skips only when
 * Chromium is missing (set CHROMIUM_PATH, or apt-get install chromium).
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWeb } from '../../scripts/build-web.js';
import type { ArticleRecord } from '../../src/document/schema.js';
import { startServer, type Analyzer, type RunningServer } from '../../src/server/index.js';
import { openSqliteStore } from '../../src/store/sqlite/index.js';
import type { Store } from '../../src/store/types.js';
import { CHROMIUM, hasChromium, launch, type Browser } from './browser.js';
import { annotate, hostileRecord, seedRecord, wikinewsRecords } from './records.js';

const ROOT = resolve(import.meta.dirname, '../..');
const SHOTS = join(ROOT, 'artifacts/screenshots');
const available = hasChromium();
if (!available) console.warn(`e2e: skipping the browser tests: no Chromium at ${CHROMIUM} (apt-get install -y chromium, or set CHROMIUM_PATH)`);

/** The library analyzer when it loads; else the fixture annotator (reported in the test name). */
async function pasteAnalyzer(): Promise<{ analyzer: Analyzer; real: boolean }> {
  try {
    const { defaultAnalyzer } = await import('../../src/server/analyzer.js');
    const a = await defaultAnalyzer();
    a.analyzeText('Probe sentence.');
    return { analyzer: a, real: true };
  } catch {
    return {
      real: false,
      analyzer: {
        analyzeText: (text, meta) => annotate({ text, title: meta?.title ?? null, published: meta?.published ?? null, source: { format: 'text' } }),
        analyzeHtml: () => { throw new Error('no HTML reader in the fixture analyzer'); },
        analyzeUrl: async () => { throw new Error('no URL reader in the fixture analyzer'); },
      },
    };
  }
}

describe.skipIf(!available)('dashboard in headless Chromium', () => {
  let dir: string;
  let store: Store;
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  let seed: ArticleRecord;
  let hostile: ArticleRecord;
  const problems: string[] = [];

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    await buildWeb();
    dir = mkdtempSync(join(tmpdir(), 'dateline-e2e-'));
    store = openSqliteStore(join(dir, 'e2e.db'));
    seed = seedRecord();
    hostile = hostileRecord();
    await store.put([seed, hostile, ...wikinewsRecords(40)]);
    const { analyzer } = await pasteAnalyzer();
    server = await startServer({ store, port: 0, allowIngest: true, analyzer });
    browser = await launch();
    page = await browser.context.newPage();
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
    page.on('dialog', (d) => { problems.push(`dialog: ${d.message()}`); void d.dismiss(); });
    page.on('request', (r) => { if (!r.url().startsWith(server.url)) problems.push(`off-site request: ${r.url()}`); });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await store?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('lists events with a timeline and opens a row\'s evidence in the article', async () => {
    await page.goto(server.url);
    await page.waitForSelector('#event-table tbody tr');
    await page.waitForSelector('svg.timeline rect');
    expect(await page.locator('#stats').textContent()).toMatch(/articles/);
    await page.screenshot({ path: join(SHOTS, '1-events.png'), fullPage: false });
    // The README's picture: written when missing, or refreshed with DATELINE_UPDATE_DOCS=1.
    if (!existsSync(join(ROOT, 'docs/dashboard.png')) || process.env.DATELINE_UPDATE_DOCS === '1') {
      await page.screenshot({ path: join(ROOT, 'docs/dashboard.png'), fullPage: false });
    }

    // A timeline bar lists its own dates (the first bar: the seed article's month).
    await page.locator('svg.timeline g.pickable').first().click();
    await page.waitForFunction(() => document.getElementById('main')?.dataset.route?.includes('since='));
    await page.waitForSelector('#event-table tbody tr');
    const route = new URLSearchParams((await page.evaluate(() => location.hash)).split('?')[1]);
    const dates = (await page.locator('#event-table tbody tr td:first-child').allTextContents());
    expect(dates.length).toBeGreaterThan(0);
    for (const d of dates) expect(d >= route.get('since')! && d <= route.get('until')!).toBe(true);

    // Then an actor prefix, through the form (the dates stay).
    await page.fill('input[name=actor]', 'RUS');
    await page.click('form.filters button[type=submit]');
    await page.waitForFunction(() => document.getElementById('main')?.dataset.route?.includes('actor=RUS'));
    await page.waitForSelector('#event-table tbody tr');
    const rows = await page.locator('#event-table tbody tr').allTextContents();
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) expect(r).toMatch(/\(RUS[A-Z]*\)/);

    // The download links carry the filters: the CSV holds the rows the table shows.
    const href = await page.locator('#event-downloads a', { hasText: 'CSV' }).getAttribute('href');
    expect(new URLSearchParams(href!.split('?')[1]).get('actor')).toBe('RUS');
    const csv = await (await fetch(new URL(href!, server.url))).text();
    expect(csv.trimEnd().split('\r\n').length - 1).toBe(rows.length);


    await page.click(`#event-table tbody tr[data-article="${seed.id}"]`);
    await page.waitForSelector('#reader-text .ev.focus');
    expect(await page.locator('#article-title').textContent()).toBe(seed.title);
    const focused = (await page.locator('#reader-text .ev.focus').allTextContents()).join('');
    const evidence = seed.events.map((e) => seed.text.slice(e.evidence.start, e.evidence.end));
    expect(evidence).toContain(focused);
    await page.screenshot({ path: join(SHOTS, '2-article.png'), fullPage: false });
  });

  it('switches the reader\'s layers on and off', async () => {
    const text = page.locator('#reader-text');
    // Every entity is drawn (one span or more when other layers cut it).
    expect(seed.entities.length).toBeGreaterThan(0);
    expect(await text.locator('.ent').count()).toBeGreaterThanOrEqual(seed.entities.length);
    expect(await text.locator('.bp').count()).toBeGreaterThan(0);
    const bg = () => text.locator('.ent-PER').first().evaluate((el) => getComputedStyle(el).backgroundColor);
    const before = await bg();
    await page.uncheck('fieldset.layers input[name=entities]');
    expect(await text.getAttribute('class')).toContain('hide-entities');
    expect(await bg()).not.toBe(before);
    await page.check('fieldset.layers input[name=entities]');
    expect(await bg()).toBe(before);
  });

  it('draws the actor network and filters the table from a node', async () => {
    await page.click('#nav a[data-view=network]');
    await page.waitForSelector('#network-svg .node');
    expect(await page.locator('#network-svg path.edge').count()).toBeGreaterThan(0);
    await page.screenshot({ path: join(SHOTS, '3-network.png'), fullPage: false });
    const code = await page.locator('#network-svg .node').first().getAttribute('data-code');
    await page.locator('#network-svg .node').first().click();
    await page.waitForFunction((c) => document.getElementById('main')?.dataset.route?.includes(`actor=${c}`), code);
    await page.waitForSelector('#event-table tbody tr');
    for (const r of await page.locator('#event-table tbody tr').allTextContents()) expect(r).toContain(`(${code}`);
  });

  it('maps event places over the shipped country shapes', async () => {
    await page.click('#nav a[data-view=map]');
    await page.waitForSelector('#map-svg .place-dot');
    expect(await page.locator('#map-svg path.country').count()).toBeGreaterThan(150);
    await page.screenshot({ path: join(SHOTS, '4-map.png'), fullPage: false });
  });

  it('searches articles by text', async () => {
    await page.click('#nav a[data-view=articles]');
    await page.fill('input[name=q]', 'Rouhani terrorism');
    await page.click('form.filters button[type=submit]');
    await page.waitForFunction(() => document.getElementById('main')?.dataset.route?.includes('q=Rouhani'));
    await page.waitForSelector('.article-list li');
    expect(await page.locator('.article-list li a').allTextContents()).toEqual([seed.title]);
    await page.click('.article-list li a');
    await page.waitForSelector('#reader-text');
    expect(await page.locator('#article-title').textContent()).toBe(seed.title);
  });

  it('lists who said what with how each quote was made, filters it, and opens a quote in its article', async () => {
    await page.click('#nav a[data-view=quotes]');
    await page.waitForFunction(() => !/Loading/.test(document.getElementById('quote-status')?.textContent ?? 'Loading'));
    const all = await page.locator('#quote-results > li').count();
    expect(all).toBeGreaterThan(1);
    // The most quoted speakers, each a link to their quotes.
    await page.waitForSelector('#top-speakers a');
    const top = await page.locator('#top-speakers a').allTextContents();
    expect(top).toContain('Vladimir Putin (1)');
    await page.click('#top-speakers a:has-text("Vladimir Putin")');
    await page.waitForFunction(() => document.getElementById('main')?.dataset.route?.includes('speaker=Vladimir'));
    await page.waitForFunction(() => /^1 quote\./.test(document.getElementById('quote-status')?.textContent ?? ''));
    await page.goto(`${server.url}#/quotes`);
    await page.waitForFunction(() => !/Loading/.test(document.getElementById('quote-status')?.textContent ?? 'Loading'));
    await page.fill('input[name=speaker]', 'Putin');
    await page.fill('input[name=minConfidence]', '0.9');
    // What the cue says the source did: words said.
    await page.selectOption('select[name=cueKind]', 'speech');
    // Only speakers with a name.
    await page.selectOption('select[name=named]', 'true');
    await page.click('form.filters button[type=submit]');
    await page.waitForFunction(() => document.getElementById('main')?.dataset.route?.includes('speaker=Putin'));
    expect(await page.evaluate(() => document.getElementById('main')?.dataset.route)).toContain('cueKind=speech');
    expect(await page.evaluate(() => document.getElementById('main')?.dataset.route)).toContain('named=true');
    await page.waitForFunction(() => /1 quote\./.test(document.getElementById('quote-status')?.textContent ?? ''));
    const line = await page.locator('#quote-results > li').first().textContent();
    expect(line).toContain('Vladimir Putin [RUSGOV]');
    expect(line).toContain('we believe it is important');
    // The seed fixture's quote carries its explanation, as the quote stage writes it.
    expect(await page.locator('#quote-results .quote-how').first().textContent())
      .toBe('cue “said” (said or wrote) · confidence 0.97 · made by the attribution tagger · speaker named by coreference of the source, from “Vladimir Putin”');
    await page.screenshot({ path: join(SHOTS, '5-quotes.png'), fullPage: false });
    await page.click('#quote-results > li a');
    await page.waitForSelector('#reader-text .quote-focus');
    expect(await page.locator('#article-title').textContent()).toBe(seed.title);
    expect((await page.locator('#reader-text .quote-focus').allTextContents()).join('')).toContain('we believe it is important');
    expect(await page.locator('#quote-shown').textContent()).toContain('Vladimir Putin');
  });

  it('analyses a pasted article and shows it at once', async () => {
    await page.click('#nav a[data-view=analyze]');
    await page.fill('#paste-text', 'Germany and France agreed on Monday to expand cooperation on border security, officials in Berlin said.');
    await page.fill('input[name=title]', 'Pasted test article');
    await page.click('#analyze-submit');
    await page.waitForSelector('#reader-text');
    expect(await page.locator('#article-title').textContent()).toBe('Pasted test article');
    expect(await page.locator('#reader-text').textContent()).toContain('Germany and France agreed');
    // The quote's explanation, from the real analyzer (the fixture annotator writes none).
    const how = await page.locator('.quote-list .quote-how').allTextContents();
    expect(how.length).toBe(1);
    expect(how[0]).toMatch(/^made by .+ \(confidence 0\.\d+\); speaker named by /);
    await page.screenshot({ path: join(SHOTS, '5-analyzed.png'), fullPage: false });
  });

  it('keeps the events at or above a confidence floor set in the form', async () => {
    await page.goto(`${server.url}#/events`);
    await page.waitForSelector('#event-table tbody tr');
    const all = await page.locator('#event-table tbody tr').count();
    await page.fill('input[name=minConfidence]', '0.7');
    await page.click('form.filters button[type=submit]');
    await page.waitForFunction(() => document.getElementById('main')?.dataset.route?.includes('minConfidence=0.7'));
    await page.waitForSelector('#event-status:not(:empty)');
    await page.waitForFunction(() => !/Loading/.test(document.getElementById('event-status')?.textContent ?? 'Loading'));
    const route2 = new URLSearchParams((await page.evaluate(() => location.hash)).split('?')[1]);
    const sure = (await (await fetch(new URL(`/api/events?${route2}&limit=1000`, server.url))).json()) as { items: { confidence: number }[] };
    expect(sure.items.every((e) => e.confidence >= 0.7)).toBe(true);
    expect(await page.locator('#event-table tbody tr').count()).toBe(sure.items.length);
    expect(sure.items.length).toBeGreaterThan(0);
    expect(sure.items.length).toBeLessThan(all);
  });

  it('never runs script carried by article text, titles or names', async () => {
    await page.goto(`${server.url}#/article/${hostile.id}`);
    await page.waitForSelector('#reader-text');
    await page.goto(`${server.url}#/events?place=UKR`);
    await page.waitForSelector('#event-table tbody tr');
    await page.goto(`${server.url}#/network`);
    await page.waitForSelector('#network-svg .node');
    await page.goto(`${server.url}#/article/${hostile.id}`);
    await page.waitForSelector('#reader-text');
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)).toBeUndefined();
    expect(await page.locator('#article-title').textContent()).toBe(hostile.title);
    expect(await page.locator('#reader-text').textContent()).toBe(hostile.text);
    expect(await page.locator('main img, main script, main iframe, main svg[onload]').count()).toBe(0);
    await page.screenshot({ path: join(SHOTS, '6-hostile.png'), fullPage: false });
    expect(problems).toEqual([]);
  });
});
