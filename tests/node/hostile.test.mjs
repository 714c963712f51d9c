// Hostile input to the wasm module (issue 9): over the length limit it throws a
// clear RangeError, never an abort, and the same module goes on working; a long
// run of annotations keeps its heap under a fixed bound.
import test from 'node:test';
import assert from 'node:assert/strict';
import { loadWasm, seedGold } from '../support.mjs';

const DEFAULT_LIMIT = 20_000_000; // UTF-16 units, wasm/bindings.cpp

// A long article (the seed, four times over) that differs from call to call, so
// that nothing can be served from a cache.
const SEED = `${seedGold().text}\n\n`.repeat(4);
function article(i) {
  return `${SEED}« Le dossier ${i} coûtera ${i},5 millions d’euros », a déclaré la ministre n°${i}.\n`;
}

function checkOffsets(text, result) {
  for (const quote of result.quotes) {
    assert.ok(0 <= quote.start && quote.start <= quote.end && quote.end <= text.length, `quote ${quote.start}-${quote.end}`);
  }
}

test('a 50 MB string gets a RangeError over the 20 MB limit, and the next call succeeds', async () => {
  const dixit = await loadWasm();
  const huge = 'Il a dit « oui ». '.repeat(50_000_000 / 18 + 1);
  assert.ok(huge.length > DEFAULT_LIMIT);
  assert.throws(() => dixit.annotate(huge), (e) => e instanceof RangeError &&
    new RegExp(`has ${huge.length} UTF-16 units; the limit is ${DEFAULT_LIMIT}`).test(e.message));
  assert.throws(() => dixit.annotate(huge, { lang: 'fr' }), RangeError);
  // The same module instance still works, on a normal text and on a small hostile one.
  const text = '« Nous partons », a-t-il dit.';
  assert.equal(dixit.annotate(text, { lang: 'fr' }).quotes.length, 1);
  assert.equal(dixit.annotate('\uD800\u0000\uDC00').quotes.length, 0);
});

test('a text of exactly the limit is annotated, not aborted', async () => {
  const dixit = await loadWasm();
  const block = article(0);
  const text = block.repeat(Math.ceil(DEFAULT_LIMIT / block.length)).slice(0, DEFAULT_LIMIT);
  const result = dixit.annotate(text, { lang: 'fr' });
  assert.ok(result.quotes.length > 1000);
  checkOffsets(text, result);
  assert.throws(() => dixit.annotate(text + ' '), RangeError);
  assert.equal(dixit.annotate(article(1), { lang: 'fr' }).lang, 'fr');
});

test('annotating 1,000 articles in a row keeps the wasm heap under a fixed bound', async () => {
  const dixit = await loadWasm();
  // Warm up: the allocator takes what one article needs, once.
  for (let i = 0; i < 20; i++) dixit.annotate(article(i));
  const warmed = dixit.HEAP8.length;
  const handles = dixit.count_emval_handles();
  const size = article(0).length;
  for (let i = 0; i < 1000; i++) {
    const text = article(i);
    const result = dixit.annotate(text, { lang: i % 2 ? 'fr' : 'auto' });
    if (i % 100 === 0) checkOffsets(text, result);
  }
  // Each article is 2×size bytes in UTF-16: leaking even its copy would take
  // 1,000× that, more than the whole heap, and grow it.
  assert.ok(1000 * 2 * size > warmed, `the articles (${size} units) are large enough for a leak to show`);
  assert.equal(dixit.HEAP8.length, warmed, `the heap grew from ${warmed} to ${dixit.HEAP8.length} bytes`);
  // Nor are JavaScript values kept alive by the module (embind's handle count).
  assert.equal(dixit.count_emval_handles(), handles);
});

// An error thrown from C++ through the wasm frames used to leave ~240 bytes on
// the wasm stack each time; after 21,847 errors the module died ("memory access
// out of bounds"). The bindings now return refusals that JavaScript throws
// (wasm/annotate.post.js).
test('100,000 errors in a row neither leak nor break the module', async () => {
  const dixit = await loadWasm();
  const text = article(0);
  dixit.annotate(text);
  const warmed = dixit.HEAP8.length;
  const errors = [
    [() => dixit.annotate(text, { maxLength: 10 }), RangeError],
    [() => dixit.annotate(text, { lang: 'xx' }), RangeError],
    [() => dixit.annotate(text, { lang: 7 }), TypeError],
    [() => dixit.annotate(42), TypeError],
  ];
  const count = 100_000;
  // A leak of even 200 bytes per error would outgrow the heap.
  assert.ok(count * 200 > warmed);
  for (let i = 0; i < count; i++) {
    const [call, type] = errors[i % errors.length];
    assert.throws(call, type, `error ${i}`);
  }
  assert.equal(dixit.HEAP8.length, warmed);
  assert.equal(dixit.annotate(text, { lang: 'fr' }).lang, 'fr');
});
