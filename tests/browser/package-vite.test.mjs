// The npm package inside a page built with Vite, in Chromium: both the
// main-thread and the worker annotator work and agree with the native CLI.
import test from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'vite';
import { startServer } from '../../scripts/serve.mjs';
import { WASM_DIR, launchChromium, nativeAnnotate, seedGold } from '../support.mjs';

test('a Vite app imports dixit and annotates on both threads', async () => {
  const app = fs.mkdtempSync(path.join(os.tmpdir(), 'dixit-vite-'));
  fs.writeFileSync(path.join(app, 'index.html'),
    '<!doctype html><meta charset="utf-8"><title>app</title><script type="module" src="./main.js"></script>');
  fs.writeFileSync(path.join(app, 'main.js'), `
    import { createAnnotator, createWorkerAnnotator } from 'dixit';
    window.runDixit = async (text) => {
      const direct = await createAnnotator();
      const worker = await createWorkerAnnotator();
      const fromWorker = await worker.annotate(text);
      let typeError = null;
      try { await worker.annotate(42); } catch (e) { typeError = e.name; }
      worker.terminate();
      return { direct: JSON.stringify(direct.annotate(text)), worker: JSON.stringify(fromWorker), typeError };
    };
    document.body.dataset.ready = 'true';
  `);
  await build({
    root: app,
    logLevel: 'error',
    resolve: { alias: { dixit: path.join(WASM_DIR, 'dist', 'index.js') } },
    worker: { format: 'es' },
    build: { outDir: path.join(app, 'dist'), target: 'es2022' },
  });
  const { server, url } = await startServer({ root: path.join(app, 'dist'), port: 0, quiet: true });
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(url);
    await page.waitForSelector('body[data-ready="true"]', { state: 'attached' });
    const text = seedGold().text;
    const got = await page.evaluate((t) => window.runDixit(t), text);
    const expected = nativeAnnotate(text).trimEnd();
    assert.equal(got.direct, expected);
    assert.equal(got.worker, expected);
    assert.equal(got.typeError, 'TypeError');
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
    server.close();
    fs.rmSync(app, { recursive: true, force: true });
  }
});
