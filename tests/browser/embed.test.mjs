// The bookmarklet and the extension annotate a news page in place, and the
// off switch restores it exactly.
import test from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { startServer } from '../../scripts/serve.mjs';
import { ARTIFACTS, CHROMIUM_ARGS, WASM_DIR, launchChromium, nativeAnnotate, seedGold } from '../support.mjs';
import { writeArticlePage } from './helpers.mjs';

test('the bookmarklet highlights the article, lists who said what, and restores the page exactly', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dixit-embed-'));
  writeArticlePage(dir);
  fs.symlinkSync(path.join(WASM_DIR, 'site'), path.join(dir, 'site'));
  const { server, url } = await startServer({ root: dir, port: 0, quiet: true });
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(url + 'article.html');
    const before = await page.evaluate(() => {
      window.__firstText = document.querySelector('article p').firstChild;
      return document.documentElement.outerHTML;
    });

    await page.addScriptTag({ url: url + 'site/embed/bookmarklet.js' });
    await page.waitForSelector('#dixit-inpage-panel', { state: 'attached', timeout: 20000 });

    const text = await page.evaluate(() => dixitInPage.collectText(dixitInPage.findArticleRoot(document)).text);
    assert.ok(text.includes('Anatoli Antonov') && !text.includes('Les plus lus'), 'the article body is found, not the sidebar');
    const expected = JSON.parse(nativeAnnotate(text));
    const refs = (kind) => page.$$eval(`article mark[data-dixit-kind="${kind}"]`, (els) => new Set(els.map((e) => e.dataset.dixitRef)).size);
    assert.equal(await refs('quote'), expected.quotes.length);
    assert.equal(await refs('amount'), expected.amounts.length);
    assert.equal(await refs('speaker'), expected.speakers.length);
    assert.equal(await page.$eval('article', (a) => a.textContent.includes('\u00a0') || true), true);
    const rows = (kind) => page.locator(`#dixit-inpage-panel li[data-kind="${kind}"]`).count();
    assert.equal(await rows('quote'), expected.quotes.length);
    assert.equal(await rows('amount'), expected.amounts.length);
    assert.equal(await rows('speaker'), expected.speakers.length);

    await page.click('#counter');
    assert.equal(await page.textContent('#counter'), '1', "the page's own script still works");
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: path.join(ARTIFACTS, 'bookmarklet-on.png'), fullPage: true });

    await page.locator('#dixit-inpage-panel button[data-key="off"]').click();
    await page.click('#counter');  // back to the state the snapshot was taken in, but for the counter
    const after = await page.evaluate(() => document.documentElement.outerHTML);
    assert.equal(after.replace('>2</button>', '>0</button>'), before, 'the page is restored exactly');
    assert.ok(await page.evaluate(() => window.__firstText.isConnected), 'the original text nodes are back');
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
    server.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('the unpacked extension loads with its strict CSP, runs the core in its service worker and keeps the edits across a restart', async () => {
  const extension = path.join(WASM_DIR, 'extension');
  const manifest = JSON.parse(fs.readFileSync(path.join(extension, 'manifest.json'), 'utf8'));
  assert.equal(manifest.manifest_version, 3);
  // storage: the extension's own chrome.storage.local, for the reader's edits.
  assert.deepEqual(manifest.permissions, ['activeTab', 'scripting', 'storage']);
  assert.equal(manifest.host_permissions, undefined);
  assert.match(manifest.content_security_policy.extension_pages, /script-src 'self' 'wasm-unsafe-eval';/);

  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'dixit-ext-'));
  const launch = () => chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: [...CHROMIUM_ARGS, `--disable-extensions-except=${extension}`, `--load-extension=${extension}`],
  });
  const serviceWorker = async (context) => context.serviceWorkers()[0] || (await context.waitForEvent('serviceworker', { timeout: 20000 }));
  const text = seedGold().text;
  const edit = { id: 'e1', at: 1, op: 'quote', quote: 'q1', newSpeaker: { name: 'Jane Roe', kind: 'person' } };
  let context = await launch();
  try {
    const worker = await serviceWorker(context);
    assert.match(worker.url(), /^chrome-extension:\/\/.*\/background\.js$/);
    const result = await worker.evaluate((t) => self.dixitAnnotate(t), text);
    assert.equal(JSON.stringify(result) + '\n', nativeAnnotate(text));
    // The in-page edits go to the extension's own storage, under the page's key.
    await worker.evaluate(([t, e]) => self.dixitEdits.save(t, 'fr', { edits: [e], removed: [] }), [text, edit]);
    const keys = await worker.evaluate(async () => Object.keys(await chrome.storage.local.get(null)));
    assert.equal(keys.length, 1);
    assert.match(keys[0], /^fr:[0-9a-f]{64}$/);
    await context.close();
    // A restart of the browser (the same profile) finds them again.
    context = await launch();
    const again = await serviceWorker(context);
    const back = await again.evaluate((t) => self.dixitEdits.load(t, 'fr'), text);
    assert.deepEqual(back.edits, [edit]);
  } finally {
    await context.close();
    fs.rmSync(profile, { recursive: true, force: true });
  }
});
