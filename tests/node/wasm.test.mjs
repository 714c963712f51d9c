// The wasm module under node: same bytes as the native CLI, clear errors.
import test from 'node:test';
import assert from 'node:assert/strict';
import { loadWasm, nativeAnnotate, seedGold } from '../support.mjs';

const dixit = await loadWasm();

test('the seed article gives byte-for-byte the same JSON as the native CLI', () => {
  const text = seedGold().text;
  const native = nativeAnnotate(text);
  const wasm = JSON.stringify(dixit.annotate(text)) + '\n';
  assert.equal(wasm, native);
});

test('an English text gives the same JSON on both paths', () => {
  const text = 'The minister said “we will not pay $4.7 billion,” according to Reuters.\n\n“No,” she said.';
  assert.equal(JSON.stringify(dixit.annotate(text, { lang: 'en' })) + '\n', nativeAnnotate(text, 'en'));
});

test('annotate returns plain objects in the schema', () => {
  const r = dixit.annotate('« Oui », a-t-il dit.', { lang: 'fr' });
  assert.deepEqual(Object.keys(r), ['version', 'lang', 'speakers', 'quotes', 'amounts']);
  assert.equal(r.version, dixit.version());
  assert.ok(Array.isArray(r.quotes));
  assert.equal(Object.getPrototypeOf(r), Object.prototype);
});

test('a non-string text throws a TypeError with a clear message', () => {
  for (const bad of [42, undefined, null, {}, ['text'], true]) {
    assert.throws(() => dixit.annotate(bad), (e) => e instanceof TypeError && /needs a string/.test(e.message));
  }
  // The module still works after an error.
  assert.equal(dixit.annotate('').quotes.length, 0);
});

test('bad options are refused clearly', () => {
  assert.throws(() => dixit.annotate('x', 'fr'), TypeError);
  assert.throws(() => dixit.annotate('x', { lang: 7 }), TypeError);
  assert.throws(() => dixit.annotate('x', { lang: 'xx' }), (e) => e instanceof RangeError && /known: en, fr/.test(e.message));
  assert.throws(() => dixit.annotate('abcdef', { maxLength: 3 }), (e) => e instanceof RangeError && /limit is 3/.test(e.message));
});

test('an empty text gives empty lists', () => {
  const r = dixit.annotate('');
  assert.deepEqual([r.speakers, r.quotes, r.amounts], [[], [], []]);
});

test('lone surrogates and astral characters keep JavaScript offsets', () => {
  const text = '\uD800🙂 « oui » \uDC00';
  const r = dixit.annotate(text, { lang: 'fr' });
  assert.equal(r.quotes.length, 1);
  assert.equal(text.slice(r.quotes[0].start, r.quotes[0].end), '« oui »');
});
