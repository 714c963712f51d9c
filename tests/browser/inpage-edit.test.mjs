// Editing in the in-page panel (the bookmarklet's; the extension's is the same
// script with another store), by keyboard only: reassign a quote (to a new
// speaker, to one of the article's), not a quote, merge two speakers, correct
// and delete an amount, confirm, undo and redo, the dialogs' focus; the
// highlights follow; the JSON and CSV exports are the page's (web/export.js);
// the session-only edits come back when the panel is switched on again, and
// "Off" still restores the page byte for byte.
import test from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startServer } from '../../scripts/serve.mjs';
import { ROOT, WASM_DIR, launchChromium, nativeAnnotate } from '../support.mjs';
import { parseCSV, writeArticlePage } from './helpers.mjs';
import { quotesCSV, toJSON } from '../../web/export.js';

const PANEL = '#dixit-inpage-panel';

test('the in-page panel edits by keyboard, exports the edits and restores the page', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dixit-inpage-'));
  writeArticlePage(dir);
  fs.symlinkSync(path.join(WASM_DIR, 'site'), path.join(dir, 'site'));
  const { server, url } = await startServer({ root: dir, port: 0, quiet: true });
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({ locale: 'en-US', acceptDownloads: true });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(url + 'article.html');
    const before = await page.evaluate(() => document.documentElement.outerHTML);
    // A site's own keyboard shortcuts must not see what is typed in the panel.
    await page.evaluate(() => { window.__siteKeys = 0; document.addEventListener('keydown', () => { window.__siteKeys++; }); });
    const on = async () => {
      await page.addScriptTag({ url: url + 'site/embed/bookmarklet.js' });
      await page.waitForSelector(PANEL, { state: 'attached', timeout: 20000 });
      await page.waitForSelector(`${PANEL} li[data-kind="quote"]`, { state: 'attached' });
    };
    await on();

    const text = await page.evaluate(() => dixitInPage.collectText(dixitInPage.findArticleRoot(document)).text);
    const base = JSON.parse(nativeAnnotate(text));
    assert.ok(base.quotes.length >= 4 && base.speakers.length >= 2 && base.amounts.length >= 2, 'the seed has enough to edit');
    const current = () => page.evaluate(() => dixitInPage.current());
    const status = () => page.locator(`${PANEL} [role="status"]`).textContent();
    const focusedKey = () => page.evaluate(() => {
      const root = document.getElementById('dixit-inpage-panel').shadowRoot;
      return root.activeElement ? root.activeElement.dataset.key ?? root.activeElement.tagName : null;
    });
    const dialogOpen = () => page.evaluate(() => document.getElementById('dixit-inpage-panel').shadowRoot.querySelector('dialog').open);
    const focusInDialog = () => page.evaluate(() => {
      const root = document.getElementById('dixit-inpage-panel').shadowRoot;
      return root.querySelector('dialog').contains(root.activeElement);
    });
    const press = async (...keys) => { for (const k of keys) await page.keyboard.press(k); };
    const openEdit = async (ref) => {
      await page.locator(`${PANEL} button[data-key="edit:${ref}"]`).focus();
      await press('Enter');
      assert.ok(await dialogOpen(), `the dialog of ${ref} opens`);
    };
    const marks = (ref) => page.locator(`article mark[data-dixit-ref="${ref}"]`).count();

    assert.match(await page.locator(`${PANEL} .note`).textContent(), /this visit only/, 'the bookmarklet says its edits last for the visit');

    // The dialog: labelled, Tab stays inside, Esc leaves it and focus goes back.
    const [q1, q2, q3] = base.quotes;
    await openEdit(q1.id);
    assert.ok(await page.evaluate(() => {
      const d = document.getElementById('dixit-inpage-panel').shadowRoot.querySelector('dialog');
      const title = d.getRootNode().getElementById(d.getAttribute('aria-labelledby'));
      return Boolean(title && title.textContent) && [...d.querySelectorAll('select, input')].every((c) => c.labels.length === 1);
    }), 'the dialog and its controls are labelled');
    for (let i = 0; i < 8; i++) { await press('Tab'); assert.ok(await focusInDialog(), 'Tab stays in the dialog'); }
    await press('Shift+Tab', 'Shift+Tab', 'Escape');
    assert.equal(await dialogOpen(), false, 'Esc closes the dialog');
    assert.equal(await focusedKey(), `edit:${q1.id}`, 'focus returns to its button');

    // Reassign q1 to a new speaker: the picker's last option, a name, Enter.
    await openEdit(q1.id);
    await press('End');
    // The name field shows once the picker says "new speaker" (its change
    // event may come after the key on a loaded machine): as a reader would, wait for it.
    await page.waitForFunction(() => {
      const input = document.getElementById('dixit-inpage-panel').shadowRoot.querySelector('dialog input[type="text"]');
      return input && !input.closest('[hidden]');
    });
    await press('Tab');
    await page.keyboard.type('Jane Roe');
    await press('Enter');
    let r = await current();
    let who = r.speakers.find((s) => s.id === r.quotes.find((q) => q.id === q1.id).speaker);
    assert.deepEqual([who.name, who.kind], ['Jane Roe', 'person']);
    assert.equal(r.quotes.find((q) => q.id === q1.id).edited, true);
    assert.equal(await status(), 'Quote edited.');
    assert.equal(await focusedKey(), `edit:${q1.id}`);
    assert.equal(await page.evaluate(() => window.__siteKeys), 0, 'the site saw none of the keys typed in the panel');

    // Reassign q2 to one of the article's speakers, by typing its name in the picker.
    const other = base.speakers.find((s) => s.id !== q2.speaker);
    await openEdit(q2.id);
    await page.keyboard.type(other.name.slice(0, 6), { delay: 20 });
    await press('Tab', 'Tab', 'Enter');
    r = await current();
    assert.equal(r.quotes.find((q) => q.id === q2.id).speaker, other.id, `q2 goes to ${other.name}`);

    // Another type: "according to", just above "not a quote" in the type picker.
    const q4 = base.quotes[3];
    await openEdit(q4.id);
    await press('Tab', 'End', 'ArrowUp', 'Tab', 'Enter');
    r = await current();
    assert.equal(r.quotes.find((q) => q.id === q4.id).type, 'according_to');
    assert.equal(r.quotes.find((q) => q.id === q4.id).edited, true);

    // Not a quote: the type picker's last option. Its highlight goes.
    assert.ok(await marks(q3.id) > 0);
    await openEdit(q3.id);
    await press('Tab', 'End', 'Tab', 'Enter');
    r = await current();
    assert.equal(r.quotes.some((q) => q.id === q3.id), false);
    assert.equal(await marks(q3.id), 0, 'the highlight of a rejected quote goes');
    assert.equal(await status(), 'Marked as not a quote.');
    assert.equal(await page.locator(`${PANEL} li[data-kind="quote"]`).count(), base.quotes.length - 1);

    // Undo brings it back (Ctrl+Z in the panel), redo takes it away again.
    await press('Control+z');
    assert.ok((await current()).quotes.some((q) => q.id === q3.id));
    assert.ok(await marks(q3.id) > 0, 'undo brings the highlight back');
    assert.equal(await status(), 'Edit undone.');
    await press('Control+Shift+Z');
    assert.equal((await current()).quotes.some((q) => q.id === q3.id), false);
    assert.equal(await status(), 'Edit redone.');

    // Merge: the first speaker into the next one; its quotes and mentions follow.
    const [sa, sb] = r.speakers.filter((s) => s.mentions.length);
    const quotesOfA = r.quotes.filter((q) => q.speaker === sa.id).map((q) => q.id);
    await openEdit(sa.id);
    // Name, kind, then "merge into": its options are the other speakers in order.
    await press('Tab', 'Tab');
    const order = r.speakers.filter((s) => s.id !== sa.id).map((s) => s.id);
    for (let i = 0; i <= order.indexOf(sb.id); i++) await press('ArrowDown');
    await press('Tab', 'Enter');
    r = await current();
    assert.equal(r.speakers.some((s) => s.id === sa.id), false, 'the merged speaker is gone');
    for (const id of quotesOfA) assert.equal(r.quotes.find((q) => q.id === id).speaker, sb.id);
    assert.equal(await marks(sa.id), 0);
    assert.ok(await marks(sb.id) >= sa.mentions.length + sb.mentions.length - 1, 'the mentions are highlighted as the merged speaker');
    assert.equal(await status(), 'Speakers merged.');

    // Rename the speaker merged into (and change its kind): the name field has the focus.
    await openEdit(sb.id);
    await press('Control+a');
    await page.keyboard.type('Renamed source');
    await press('Tab', 'Home', 'Tab', 'Tab', 'Enter');
    r = await current();
    const renamed = r.speakers.find((s) => s.id === sb.id);
    assert.deepEqual([renamed.name, renamed.kind, renamed.edited], ['Renamed source', 'person', true]);
    assert.equal(await status(), 'Speaker edited.');
    assert.match(await page.locator(`${PANEL} li[data-kind="speaker"][data-ref="${sb.id}"]`).textContent(), /^Renamed source \(person\)/);

    // Correct an amount, with a bad value first; delete another.
    const [m1, m2] = base.amounts;
    await openEdit(m1.id);
    await press('Control+a');
    await page.keyboard.type('12,5');
    await press('Enter');
    assert.ok(await dialogOpen(), 'a bad value keeps the dialog open');
    assert.match(await page.locator(`${PANEL} dialog [role="alert"]`).textContent(), /number/);
    await press('Control+a');
    await page.keyboard.type('123.5');
    await press('Tab', 'Control+a');
    await page.keyboard.type('chf');
    await press('Enter');
    r = await current();
    const a1 = r.amounts.find((a) => a.id === m1.id);
    assert.deepEqual([a1.value, a1.currency, a1.edited], ['123.5', 'CHF', true]);
    assert.equal(await status(), 'Amount corrected.');
    await openEdit(m2.id);
    await press('Tab', 'Tab', 'Space', 'Tab', 'Enter');
    r = await current();
    assert.equal(r.amounts.some((a) => a.id === m2.id), false);
    assert.equal(await marks(m2.id), 0);

    // Confirm q1 from its row.
    await page.locator(`${PANEL} button[data-key="check:${q1.id}"]`).focus();
    await press('Enter');
    r = await current();
    assert.equal(r.quotes.find((q) => q.id === q1.id).checked, true);
    assert.equal(await status(), 'Confirmed.');
    assert.equal(await page.locator(`${PANEL} button[data-key="check:${q1.id}"]`).getAttribute('aria-pressed'), 'true');

    // Exports: the page's JSON and CSV of the corrected result.
    const download = async (key) => {
      await page.locator(`${PANEL} button[data-key="${key}"]`).focus();
      const [d] = await Promise.all([page.waitForEvent('download'), press('Enter')]);
      return { name: d.suggestedFilename(), text: fs.readFileSync(await d.path(), 'utf8') };
    };
    r = await current();
    const json = await download('export-json');
    assert.equal(json.name, 'dixit-article.json');
    assert.equal(json.text, toJSON(r, text));
    const exported = JSON.parse(json.text);
    assert.equal(exported.text, text);
    assert.equal(exported.quotes.find((q) => q.id === q1.id).checked, true);
    assert.equal(exported.quotes.find((q) => q.id === q2.id).edited, true);
    assert.equal(exported.amounts.find((a) => a.id === m1.id).edited, true);
    const csv = await download('export-quotes');
    assert.equal(csv.name, 'dixit-article-quotes.csv');
    assert.equal(csv.text, '\uFEFF' + quotesCSV(r, text));
    const rows = parseCSV(csv.text.slice(1));
    assert.deepEqual(rows[0], ['speaker', 'kind', 'role', 'type', 'cue', 'text', 'confidence', 'edited', 'checked', 'start', 'end', 'id']);
    assert.equal(rows.length - 1, r.quotes.length);
    const row1 = rows.find((row) => row[11] === q1.id);
    assert.deepEqual([row1[0], row1[1], row1[7], row1[8]], ['Jane Roe', 'person', 'true', 'true']);
    assert.equal(row1[5], text.slice(q1.start, q1.end));
    assert.equal(rows.find((row) => row[11] === q3.id), undefined);
    assert.match(await status(), /dixit-article-quotes\.csv/);

    // Off restores the page exactly, edits or not; on again brings the edits back (this visit).
    await page.locator(`${PANEL} button[data-key="off"]`).focus();
    await press('Enter');
    assert.equal(await page.evaluate(() => document.documentElement.outerHTML), before, 'the page is restored exactly');
    await on();
    const back = await current();
    assert.deepEqual(back.quotes.map((q) => [q.id, q.speaker, !!q.edited, !!q.checked]).map(String),
      r.quotes.map((q) => [q.id, q.speaker.startsWith('s-') ? back.quotes.find((x) => x.id === q.id).speaker : q.speaker, !!q.edited, !!q.checked]).map(String));
    assert.match(await status(), /^\d+ earlier edits restored\.$/);
    await page.locator(`${PANEL} button[data-key="off"]`).focus();
    await press('Enter');
    assert.equal(await page.evaluate(() => document.documentElement.outerHTML), before);

    // A second click while the core runs is ignored; Off while the edits are
    // read leaves no panel behind.
    const races = await page.evaluate(async () => {
      const empty = { lang: 'fr', speakers: [], quotes: [], amounts: [] };
      const slow = () => new Promise((resolve) => setTimeout(() => resolve(empty), 150));
      const first = dixitInPage.toggle(slow);
      const second = await dixitInPage.toggle(slow);
      const one = await first;
      const panels = document.querySelectorAll('#dixit-inpage-panel').length;
      dixitInPage.restore();
      const store = { persistent: true, load: () => new Promise((resolve) => setTimeout(() => resolve(null), 150)), save: async () => null };
      const pending = dixitInPage.toggle(async () => empty, document, { store });
      await new Promise((resolve) => setTimeout(resolve, 50));
      dixitInPage.restore();
      const late = await pending;
      return { busy: second.busy, first: one.active, panels, late: late.active, left: document.querySelectorAll('#dixit-inpage-panel').length };
    });
    assert.deepEqual(races, { busy: true, first: true, panels: 1, late: false, left: 0 });
    assert.equal(await page.evaluate(() => document.documentElement.outerHTML), before);
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
    server.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

// The extension's content script (extension/content.js) against a stand-in for
// chrome.runtime: the core runs from the npm package, and the service worker's
// store (extension/storage.js) keeps its records in the test, as
// chrome.storage.local would, outside the page. A reload and a new click bring
// the edits back; the site's own storage stays empty.
test('the extension\'s panel keeps its edits across a reload, outside the site\'s storage', async () => {
  const esbuild = await import('esbuild');
  const storeScript = (await esbuild.build({ entryPoints: [path.join(ROOT, 'extension/storage.js')], bundle: true, format: 'iife',
    globalName: 'dixitTestStore', write: false, logLevel: 'error' })).outputFiles[0].text;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dixit-inpage-ext-'));
  writeArticlePage(dir);
  fs.symlinkSync(path.join(WASM_DIR, 'site'), path.join(dir, 'site'));
  const { server, url } = await startServer({ root: dir, port: 0, quiet: true });
  const browser = await launchChromium();
  const area = new Map();
  try {
    const context = await browser.newContext({ locale: 'fr-FR' });
    await context.exposeFunction('dixitTestAreaGet', (key) => (area.has(key) ? { [key]: JSON.parse(area.get(key)) } : {}));
    await context.exposeFunction('dixitTestAreaSet', (items) => { for (const [k, v] of Object.entries(items)) area.set(k, JSON.stringify(v)); });
    await context.addInitScript(`${storeScript}
      (() => {
        const store = dixitTestStore.createEditStore({ get: (k) => dixitTestAreaGet(k), set: (items) => dixitTestAreaSet(items), remove: async () => {} });
        let annotator = null;
        const handlers = {
          'dixit-annotate': async (m) => {
            if (!annotator) {
              const { createAnnotator } = await import(new URL('site/dist/index.js', location.href).href);
              annotator = await createAnnotator({ wasmUrl: new URL('site/dist/dixit.wasm', location.href).href });
            }
            return { result: annotator.annotate(m.text) };
          },
          'dixit-edits-load': async (m) => ({ record: await store.load(m.text, m.lang) }),
          'dixit-edits-save': async (m) => ({ record: await store.save(m.text, m.lang, m.record) }),
        };
        globalThis.chrome = { runtime: { id: 'test', lastError: undefined,
          sendMessage(m, reply) { handlers[m.type](m).then(reply, (e) => reply({ error: String(e) })); } } };
      })();`);
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const click = async () => {
      await page.addScriptTag({ path: path.join(WASM_DIR, 'extension/inpage.js') });
      await page.addScriptTag({ path: path.join(WASM_DIR, 'extension/content.js') });
      await page.waitForSelector(`${PANEL} li[data-kind="quote"]`, { state: 'attached', timeout: 20000 });
    };
    await page.goto(url + 'article.html');
    await click();
    assert.match(await page.locator(`${PANEL} .note`).textContent(), /gardées dans ce navigateur/, 'French, and says where the edits are kept');
    const text = await page.evaluate(() => dixitInPage.collectText(dixitInPage.findArticleRoot(document)).text);
    const [q1] = JSON.parse(nativeAnnotate(text)).quotes;
    await page.locator(`${PANEL} button[data-key="check:${q1.id}"]`).focus();
    await page.keyboard.press('Enter');
    assert.equal(await page.locator(`${PANEL} [role="status"]`).textContent(), 'Validé.');
    for (let i = 0; i < 100 && !area.size; i++) await new Promise((r) => setTimeout(r, 50));
    assert.equal(area.size, 1, 'the edit is saved by the extension');
    assert.match([...area.keys()][0], /^fr:[0-9a-f]{64}$/);

    await page.reload();
    await click();
    const back = await page.evaluate(() => dixitInPage.current());
    assert.equal(back.quotes.find((q) => q.id === q1.id).checked, true, 'the edit is back after a reload');
    assert.match(await page.locator(`${PANEL} [role="status"]`).textContent(), /^Une correction précédente rétablie\.$/);
    const siteStorage = await page.evaluate(async () => ({
      local: localStorage.length, session: sessionStorage.length, cookie: document.cookie,
      idb: (await indexedDB.databases()).length, caches: (await caches.keys()).length,
    }));
    assert.deepEqual(siteStorage, { local: 0, session: 0, cookie: '', idb: 0, caches: 0 }, 'nothing lands in the site\'s storage');
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
    server.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
