// Edits are never lost silently (issue 20, part 5), on the stand-in core that
// answers the gold annotation of the seed: IndexedDB unavailable, quota
// exceeded, a corrupted record, two tabs editing the same article, a reload
// during a save. Each case shows a notice that says what was kept, and
// editing goes on.
import test, { after, before } from 'node:test';
import assert from 'node:assert/strict';
import { seedGold } from '../support.mjs';
import { closeBrowser, openPage, reachMark, serveSite, sharedBrowser } from './helpers.mjs';

const TEXT = seedGold().text;
let served;
before(async () => { served = await serveSite({ gold: true }); });
after(async () => {
  await closeBrowser();
  served.server.close();
});

const first = (kind, ref) => `#highlights mark[data-kind="${kind}"][data-ref="${ref}"][data-part="first"]`;
const speakerOf = (page, quote) => page.evaluate((q) => {
  const li = document.querySelector(`#who .quote-link[data-ref="${q}"]`);
  return li ? li.closest('li.speaker').dataset.ref : null;
}, quote);
const note = (page) => page.evaluate(() => {
  const el = document.getElementById('store-note');
  return el.hidden ? null : el.textContent;
});

async function sample(page) {
  await page.focus('#sample');
  await page.keyboard.press('Enter');
  await page.waitForSelector('#highlights[data-result="ready"]');
}
// Gives a quote another speaker through its dialog, from the keyboard.
async function reattribute(page, quote, typed) {
  await reachMark(page, 'quote', quote);
  await page.keyboard.press('e');
  await page.waitForSelector('#editor[open]');
  await page.keyboard.type(typed);
  await page.focus('#editor button[type="submit"]');
  await page.keyboard.press('Enter');
  await page.waitForSelector('#editor:not([open])', { state: 'attached' });
}
async function setType(page, quote, typed) {
  await reachMark(page, 'quote', quote);
  await page.keyboard.press('e');
  await page.waitForSelector('#editor[open]');
  await page.focus('#editor select[name="type"]');
  await page.keyboard.type(typed);
  await page.focus('#editor button[type="submit"]');
  await page.keyboard.press('Enter');
  await page.waitForSelector('#editor:not([open])', { state: 'attached' });
}
// The record the page keeps for the seed, read straight from IndexedDB.
const storedRecord = (page) => page.evaluate(async (text) => {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  const key = `fr:${[...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('')}`;
  const db = await new Promise((res, rej) => { const r = indexedDB.open('dixit-edits', 1); r.onupgradeneeded = () => r.result.createObjectStore('articles'); r.onsuccess = () => res(r.result); r.onerror = () => rej(r.error); });
  const value = await new Promise((res) => { const r = db.transaction('articles').objectStore('articles').get(key); r.onsuccess = () => res(r.result); });
  db.close();
  return { key, value: value ?? null };
}, TEXT);
const writeRecord = (page, value) => page.evaluate(async ({ text, value }) => {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  const key = `fr:${[...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('')}`;
  const db = await new Promise((res, rej) => { const r = indexedDB.open('dixit-edits', 1); r.onupgradeneeded = () => r.result.createObjectStore('articles'); r.onsuccess = () => res(r.result); r.onerror = () => rej(r.error); });
  await new Promise((res, rej) => { const t = db.transaction('articles', 'readwrite'); t.objectStore('articles').put(value, key); t.oncomplete = res; t.onerror = () => rej(t.error); });
  db.close();
}, { text: TEXT, value });

test('IndexedDB unavailable: a visible notice, and editing works for the session', async () => {
  for (const block of [
    () => { Object.defineProperty(window, 'indexedDB', { get() { throw new DOMException('The user denied permission', 'SecurityError'); } }); },
    () => { IDBFactory.prototype.open = function open() { throw new DOMException('blocked', 'InvalidStateError'); }; },
    () => { Object.defineProperty(window, 'indexedDB', { value: undefined }); },
  ]) {
    const { page, context, problems } = await openPage(served.url, { initScript: block });
    await sample(page);
    await page.waitForFunction(() => !document.getElementById('store-note').hidden);
    assert.match(await note(page), /last only until this page closes/);
    assert.equal(await page.getAttribute('#store-note', 'role'), 'alert', 'announced');
    await reattribute(page, 'q2', 'Anatoli');
    await page.waitForFunction(() => document.querySelector('#who li.speaker[data-ref="s4"] .quote-link[data-ref="q2"]'));
    await page.keyboard.press('Control+z');
    await page.waitForFunction(() => document.querySelector('#who li.speaker[data-ref="s2"] .quote-link[data-ref="q2"]'));
    assert.match(await page.textContent('#status'), /undone/, 'undo works without storage');
    assert.deepEqual(problems, []);
    await context.close();
  }
});

test('quota exceeded: the notice says how many edits the saved copy keeps; a reload gets those back', async () => {
  const { page, context, problems } = await openPage(served.url, {
    initScript: () => {
      const put = IDBObjectStore.prototype.put;
      IDBObjectStore.prototype.put = function (...args) {
        if (localStorage.getItem('fail-puts') === 'yes') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return put.apply(this, args);
      };
    },
  });
  await sample(page);
  await reattribute(page, 'q2', 'Anatoli');
  await page.waitForFunction(() => document.getElementById('edit-count').textContent.startsWith('1'));
  // Wait for that save to land before the storage fills up.
  for (let i = 0; (await storedRecord(page)).value === null; i++) assert.ok(i < 500, 'the first edit is saved');
  await page.evaluate(() => localStorage.setItem('fail-puts', 'yes'));
  await setType(page, 'q3', 'dir');
  await page.waitForFunction(() => !document.getElementById('store-note').hidden);
  assert.match(await note(page), /no room left to save: the saved copy keeps 1 edits; all 2 of yours/);
  await page.waitForFunction(() => document.querySelector('#who .quote-link[data-ref="q3"] .qtype').textContent === 'direct');
  assert.equal(await speakerOf(page, 'q2'), 's4', 'the edits stay on the page');

  await page.evaluate(() => localStorage.removeItem('fail-puts'));
  await page.reload();
  await page.waitForSelector('body[data-ready="true"]');
  await sample(page);
  await page.waitForFunction(() => /1 saved edit of this article restored/.test(document.getElementById('status').textContent));
  assert.equal(await speakerOf(page, 'q2'), 's4');
  assert.equal(await page.$eval('#who .quote-link[data-ref="q3"] .qtype', (e) => e.textContent), 'mixed (partly direct)', 'the unsaved edit is gone, as the notice said');
  assert.deepEqual(problems, [], 'a refused save logs no error');
  await context.close();
});

test('a corrupted record: the readable edits are kept and the notice counts the others', async () => {
  const { page, context, problems } = await openPage(served.url);
  await writeRecord(page, { edits: [{ id: 'a1', at: 1, op: 'quote', quote: 'q2', speaker: 's4' }, { op: 'bogus' }, 'x',
    { id: 'a2', at: 2, op: 'add', start: 5, end: 1e12, type: 'direct' }], removed: [] });
  await sample(page);
  await page.waitForFunction(() => !document.getElementById('store-note').hidden);
  assert.match(await note(page), /could not be read: 1 kept, 3 set aside/);
  await page.waitForFunction(() => document.querySelector('#who li.speaker[data-ref="s4"] .quote-link[data-ref="q2"]'));
  // The record is rewritten clean.
  for (let i = 0; (await storedRecord(page)).value.edits.length !== 1; i++) assert.ok(i < 500);

  await writeRecord(page, 'garbage');
  await page.reload();
  await page.waitForSelector('body[data-ready="true"]');
  await sample(page);
  await page.waitForFunction(() => !document.getElementById('store-note').hidden);
  assert.match(await note(page), /could not be read and were set aside; none could be kept/);
  assert.equal(await speakerOf(page, 'q2'), 's2');
  await reattribute(page, 'q3', 'Anatoli');
  await page.waitForFunction(() => document.querySelector('#who li.speaker[data-ref="s4"] .quote-link[data-ref="q3"]'));
  assert.deepEqual(problems, []);
  await context.close();
});

test('two tabs on the same article: neither drops the other’s edits', async () => {
  const browser = await sharedBrowser();
  const context = await browser.newContext();
  const open = async () => {
    const page = await context.newPage();
    await page.goto(served.url);
    await page.waitForSelector('body[data-ready="true"]');
    await sample(page);
    return page;
  };
  const one = await open();
  const two = await open();
  await reattribute(one, 'q2', 'Anatoli');
  // The other tab hears of it and shows it, without a reload.
  await two.waitForFunction(() => document.querySelector('#who li.speaker[data-ref="s4"] .quote-link[data-ref="q2"]'));
  assert.match(await two.textContent('#status'), /another tab/);
  await reattribute(two, 'q3', 'Serg');
  await one.waitForFunction(() => document.querySelector('#who li.speaker[data-ref="s6"] .quote-link[data-ref="q3"]'));
  assert.equal(await speakerOf(one, 'q2'), 's4', "tab one keeps its edit and has tab two's");
  // An undo in one tab is an undo in the other.
  await one.focus('#undo');
  await one.keyboard.press('Enter');
  await one.waitForFunction(() => document.querySelector('#who li.speaker[data-ref="s3"] .quote-link[data-ref="q3"]'));
  await two.waitForFunction(() => document.querySelector('#who li.speaker[data-ref="s3"] .quote-link[data-ref="q3"]'));
  assert.equal(await speakerOf(two, 'q2'), 's4');

  // Without the channel's message (a tab that missed it), the save still merges.
  await two.evaluate(() => { BroadcastChannel.prototype.postMessage = () => {}; });
  await one.evaluate(() => { BroadcastChannel.prototype.postMessage = () => {}; });
  await reattribute(one, 'q5', 'Serg');
  await reattribute(two, 'q7', 'Anatoli');
  const third = await open();
  await third.waitForFunction(() => document.querySelector('#who li.speaker[data-ref="s4"] .quote-link[data-ref="q7"]'));
  assert.equal(await speakerOf(third, 'q5'), 's6', "the first tab's last edit survived the second tab's write");
  assert.equal(await speakerOf(third, 'q2'), 's4');
  await context.close();
});

test('a reload during a save keeps a whole record: the edits before it, in order, never a broken one', async () => {
  const { page, context, problems } = await openPage(served.url);
  await sample(page);
  await reattribute(page, 'q2', 'Anatoli');
  await page.waitForFunction(() => document.getElementById('edit-count').textContent.startsWith('1'));
  for (let i = 0; (await storedRecord(page)).value === null; i++) assert.ok(i < 500);
  // Three quick edits, and the reload at once: the saves are in flight.
  await page.evaluate(() => {
    for (const ref of ['q3', 'q5', 'q7']) {
      document.querySelector(`#who [data-action="check"][data-ref="${ref}"]`).click();
    }
  });
  await page.reload();
  await page.waitForSelector('body[data-ready="true"]');
  const { value } = await storedRecord(page);
  assert.ok(value && Array.isArray(value.edits), 'the record is whole');
  assert.ok(value.edits.length >= 1 && value.edits.length <= 4, `between the first edit and all of them (${value.edits.length})`);
  assert.equal(value.edits[0].op, 'quote', 'the earlier edit is never lost');
  await sample(page);
  await page.waitForFunction(() => /restored/.test(document.getElementById('status').textContent));
  assert.equal(await note(page), null, 'no damage to report');
  assert.equal(await speakerOf(page, 'q2'), 's4');
  assert.deepEqual(problems, []);
  await context.close();
});
