import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { chromium, type Browser, type Page } from 'playwright-core';
import { projectRoot } from '../../src/core/shared.js';
import { postJson, startServer, type TestServer } from '../helpers/server.js';

// End to end in a real headless Chromium (Debian's package; .ci/run installs it when missing).
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const WEB = join(projectRoot, 'web', 'dist', 'index.html');
const ARTIFACTS = join(projectRoot, 'test-artifacts');
const skip = !existsSync(CHROMIUM) ? `no Chromium at ${CHROMIUM}` : !existsSync(WEB) ? 'web UI not built (web/dist)' : false;
if (skip) console.log(`# NOTICE skipping the browser tests: ${skip}`);

const STORY = join(projectRoot, 'test', 'fixtures', 'story');
const XSS_TITLE = '<img src=x onerror="window.__xss=1">Hostile title';
const XSS_TEXT = 'Officials said on Monday that <script>window.__xss=2</script> the border <img src=x onerror="window.__xss=3"> was closed. "<b onmouseover=window.__xss=4>Quote</b>," he said.';

describe('web UI in Chromium', { skip }, () => {
  let s: TestServer, browser: Browser, page: Page;
  const ids: string[] = [];
  let xssId = '';
  const dialogs: string[] = [];
  before(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    s = await startServer();
    for (const [i, f] of readdirSync(STORY).sort().entries()) {
      const r = await postJson(`${s.base}/api/documents`, { text: readFileSync(join(STORY, f), 'utf8'), publishedAt: `2023-09-1${i + 1}`, outlet: `Outlet ${i + 1}` });
      ids.push(r.json.id);
    }
    xssId = (await postJson(`${s.base}/api/documents`, { text: XSS_TEXT, title: XSS_TITLE, outlet: '<script>alert(1)</script>', publishedAt: '2023-10-01' })).json.id;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); });
  });
  after(async () => { await browser?.close(); await s?.close(); });

  it('loads the stories list and opens a story with its timeline, map and facts', async () => {
    await page.goto(`${s.base}/#/`);
    await page.getByTestId('stories').waitFor();
    const story = page.locator('.card', { hasText: '3 documents' }).locator('.card-title').first();
    await story.click();
    await page.getByTestId('timeline').waitFor();
    await page.getByTestId('map').waitFor();
    assert.ok(await page.locator('[data-testid="map"] path.land').count() >= 1, 'country shapes drawn');
    assert.ok(await page.locator('[data-testid="timeline"] circle').count() >= 1, 'events on the timeline');
    await page.getByRole('heading', { name: 'Facts' }).waitFor();
    assert.ok(await page.getByTestId('documents').locator('li').count() >= 2, 'the story lists its documents');
    await page.screenshot({ path: join(ARTIFACTS, 'story.png'), fullPage: true });
  });

  it('loads the stories list without the graph, map and atlas code, fetching a story page\'s code when it is opened', async () => {
    const context = await browser.newContext(); // a cold cache: every script is fetched
    try {
      const fresh = await context.newPage();
      const urls: string[] = []; // script URLs in request order, recorded synchronously
      const sizes = new Map<string, Promise<number>>();
      fresh.on('response', (r) => {
        if (r.request().resourceType() !== 'script') return;
        urls.push(r.url());
        sizes.set(r.url(), r.body().then((b) => b.length));
      });
      await fresh.goto(`${s.base}/#/`);
      await fresh.getByTestId('stories').waitFor();
      await fresh.waitForLoadState('networkidle');
      const firstUrls = new Set(urls);
      const firstBytes = (await Promise.all([...firstUrls].map((u) => sizes.get(u)!))).reduce((n, x) => n + x, 0);
      // The whole UI is ~800 KB of JavaScript; React and the stories list are ~230 KB.
      assert.ok(firstUrls.size >= 1 && firstBytes < 400_000, `first load fetched ${firstUrls.size} script(s), ${firstBytes} bytes`);
      await fresh.locator('.card', { hasText: '3 documents' }).locator('.card-title').first().click();
      await fresh.getByTestId('map').waitFor();
      await fresh.waitForLoadState('networkidle');
      const later = urls.filter((u) => !firstUrls.has(u));
      assert.ok(later.length >= 1, 'the story page\'s chunks are fetched when it opens, not before');
      assert.ok(await fresh.locator('[data-testid="map"] path.land').count() >= 1, 'the lazily loaded map draws');
    } finally { await context.close(); }
  });

  it('opens a document and shows a time’s resolved value on hover', async () => {
    await page.goto(`${s.base}/#/documents/${ids[0]}`);
    await page.getByTestId('article-text').waitFor();
    const time = page.locator('[data-kind="time"]').first();
    await time.waitFor();
    await time.hover();
    const card = await page.getByTestId('hovercard').textContent();
    assert.match(card ?? '', /\d{4}-\d{2}-\d{2}|P\d|_REF/);
    await page.screenshot({ path: join(ARTIFACTS, 'document.png'), fullPage: true });
  });

  it('keeps hostile titles and bodies inert', async () => {
    await page.goto(`${s.base}/#/documents/${xssId}`);
    await page.getByTestId('article-text').waitFor();
    await page.locator('h1').filter({ hasText: 'Hostile title' }).waitFor();
    await page.mouse.move(300, 300);
    await page.locator('[data-testid="article-text"]').hover();
    await page.waitForTimeout(300);
    assert.equal(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss), undefined);
    assert.deepEqual(dialogs, []);
    const text = await page.getByTestId('article-text').textContent();
    assert.ok(text?.includes('<script>window.__xss=2</script>'), 'markup shown as text');
    assert.equal(await page.locator('[data-testid="article-text"] script, [data-testid="article-text"] img, h1 img').count(), 0);
    await page.screenshot({ path: join(ARTIFACTS, 'xss.png'), fullPage: true });
  });

  it('analyses pasted text on the analyse page', async () => {
    await page.goto(`${s.base}/#/analyze`);
    await page.getByLabel('Report text').fill('The minister said on Friday that 200 soldiers had arrived in the capital.');
    await page.getByRole('button', { name: 'Analyse' }).click();
    await page.getByTestId('article-text').waitFor();
    assert.match((await page.getByTestId('article-text').textContent()) ?? '', /200 soldiers/);
    await page.screenshot({ path: join(ARTIFACTS, 'analyze.png'), fullPage: true });
  });
});
