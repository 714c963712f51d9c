// The page in headless Debian Chromium: paste the seed, annotate, see highlights.
import test from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { startServer } from '../../scripts/serve.mjs';
import { ARTIFACTS, WASM_DIR, nativeAnnotate, seedGold } from '../support.mjs';

export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'];

test('pasting the seed and clicking Annotate highlights what the core found', async () => {
  const { server, url } = await startServer({ root: path.join(WASM_DIR, 'site'), port: 0, quiet: true });
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(url);
    await page.waitForSelector('body[data-ready="true"]', { timeout: 20000 });
    const text = seedGold().text;
    await page.fill('#article', text);
    await page.click('#annotate');
    await page.waitForSelector('#highlights[data-result="ready"]', { timeout: 20000 });

    const expected = JSON.parse(nativeAnnotate(text));
    const shown = await page.$$eval('#highlights mark[data-kind="quote"]', (els) => new Set(els.map((e) => e.dataset.ref)).size);
    assert.equal(shown, expected.quotes.length);
    assert.ok(shown > 0, 'some highlights appear');
    assert.equal(await page.$eval('#highlights', (e) => e.textContent), text, 'the text is shown unchanged');
    assert.deepEqual(errors, []);

    fs.mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: path.join(ARTIFACTS, 'page-seed.png'), fullPage: true });
  } finally {
    await browser.close();
    server.close();
  }
});
