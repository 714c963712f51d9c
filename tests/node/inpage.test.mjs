// The in-page panel's parts that run under node: its strings (French and
// English, complete), and the extension's store of its edits
// (extension/storage.js) on a fake chrome.storage.local: the page's key
// (web/store.js), records checked on the way in and out, saves merged as the
// page merges two tabs, and what a new service worker (a browser restart)
// reads back.
import test from 'node:test';
import assert from 'node:assert/strict';
import { createEditStore } from '../../extension/storage.js';
import { articleKey } from '../../web/store.js';
import { makeEdit, QUOTE_TYPES, SPEAKER_KINDS } from '../../web/edits.js';
import { STRINGS, pickLang } from '../../embed/inpage-strings.js';

test('the panel says everything in French and in English, and speaks the reader\'s language', () => {
  assert.deepEqual(Object.keys(STRINGS.fr).sort(), Object.keys(STRINGS.en).sort());
  for (const lang of ['en', 'fr']) {
    for (const k of QUOTE_TYPES) assert.ok(STRINGS[lang][`type_${k}`], `${lang} type_${k}`);
    for (const k of SPEAKER_KINDS) assert.ok(STRINGS[lang][`kind_${k}`], `${lang} kind_${k}`);
    for (const [key, value] of Object.entries(STRINGS[lang])) {
      assert.equal(typeof value, 'string', key);
      assert.deepEqual(value.match(/\{\w+\}/g) ?? [], STRINGS.en[key].match(/\{\w+\}/g) ?? [], `${lang}.${key} has the same placeholders`);
    }
  }
  const doc = (lang) => ({ documentElement: { lang } });
  assert.equal(pickLang({ languages: ['fr-CA', 'en'], language: 'fr-CA' }, doc('en')), 'fr');
  assert.equal(pickLang({ languages: ['de-DE', 'en-GB'] }, doc('fr')), 'en');
  assert.equal(pickLang({ languages: ['de-DE'] }, doc('fr')), 'fr', 'the page\'s language when the browser\'s has no table');
  assert.equal(pickLang({}, doc('')), 'en');
});

const TEXT = 'Le ministre Paul Durand a déclaré : « Nous paierons 5 millions d’euros. »';

// chrome.storage.local's promise API, keeping JSON copies as Chromium does.
function fakeArea() {
  const data = new Map();
  return {
    data,
    async get(key) { return data.has(key) ? { [key]: JSON.parse(data.get(key)) } : {}; },
    async set(items) { for (const [k, v] of Object.entries(items)) data.set(k, JSON.stringify(v)); },
    async remove(key) { data.delete(key); },
  };
}

test('edits are kept under the page\'s key and read back by a new store (a restarted worker)', async () => {
  const area = fakeArea();
  const edit = makeEdit({ op: 'quote', quote: 'q1', newSpeaker: { name: 'Jane Roe', kind: 'person' } });
  const saved = await createEditStore(area).save(TEXT, 'fr', { edits: [edit], removed: [] });
  assert.deepEqual(saved.edits, [edit]);
  assert.deepEqual([...area.data.keys()], [await articleKey(TEXT, 'fr')]);
  assert.match([...area.data.keys()][0], /^fr:[0-9a-f]{64}$/);
  const again = await createEditStore(area).load(TEXT, 'fr');
  assert.deepEqual(again.edits, [edit]);
  assert.equal(again.dropped, 0);
  assert.deepEqual((await createEditStore(area).load(TEXT, 'en')).edits, [], 'another language is another article');
  assert.deepEqual((await createEditStore(area).load(TEXT + ' ', 'fr')).edits, [], 'another text is another article');
});

test('two tabs saving at once keep each other\'s edits, and an undone edit stays undone', async () => {
  const area = fakeArea();
  const store = createEditStore(area);
  const a = makeEdit({ op: 'check', kind: 'quote', ref: 'q1', checked: true });
  const b = makeEdit({ op: 'amount', amount: 'm1', value: '6000000' });
  await Promise.all([store.save(TEXT, 'fr', { edits: [a], removed: [] }), store.save(TEXT, 'fr', { edits: [b], removed: [] })]);
  assert.deepEqual((await store.load(TEXT, 'fr')).edits.map((e) => e.id).sort(), [a.id, b.id].sort());
  await store.save(TEXT, 'fr', { edits: [b], removed: [a.id] });
  assert.deepEqual((await store.load(TEXT, 'fr')).edits, [b]);
  await store.forget(TEXT, 'fr');
  assert.equal(area.data.size, 0);
});

test('what is not a valid edit is neither stored nor read back', async () => {
  const area = fakeArea();
  const store = createEditStore(area);
  const good = makeEdit({ op: 'quote', quote: 'q1', reject: true });
  const saved = await store.save(TEXT, 'fr', { edits: [good, { id: 'x', at: 1, op: 'quote', quote: 'q1', type: '<img>' }, null], removed: [] });
  assert.deepEqual(saved.edits, [good]);
  // A record damaged in storage: its valid edits are kept, the rest counted.
  const key = await articleKey(TEXT, 'fr');
  await area.set({ [key]: { edits: [good, { op: 'add', start: 0, end: 1e9 }], removed: 'nope' } });
  const back = await store.load(TEXT, 'fr');
  assert.deepEqual(back.edits, [good]);
  assert.equal(back.dropped, 1);
  await area.set({ [key]: 'garbage' });
  assert.deepEqual((await store.load(TEXT, 'fr')).edits, []);
  await assert.rejects(store.load(TEXT, '../x'), TypeError);
  await assert.rejects(store.load(42, 'fr'), TypeError);
});
