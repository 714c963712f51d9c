// The npm package (build/wasm/dist) used from node, as another developer would.
import test from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { WASM_DIR, nativeAnnotate, seedGold } from '../support.mjs';

const DIST = path.join(WASM_DIR, 'dist');
const { createAnnotator } = await import(path.join(DIST, 'index.js'));

test('package.json declares exports and types that exist', () => {
  const pkg = JSON.parse(fs.readFileSync(path.join(DIST, 'package.json'), 'utf8'));
  assert.equal(pkg.name, 'dixit');
  assert.equal(pkg.type, 'module');
  assert.equal(pkg.exports['.'].types, './index.d.ts');
  for (const file of pkg.files) assert.ok(fs.existsSync(path.join(DIST, file)), `${file} is in dist/`);
});

test('createAnnotator() annotates the seed exactly like the native CLI', async () => {
  const annotator = await createAnnotator();
  const text = seedGold().text;
  assert.equal(JSON.stringify(annotator.annotate(text)) + '\n', nativeAnnotate(text));
  assert.match(annotator.version, /^\d+\.\d+\.\d+$/);
  assert.deepEqual(annotator.languages, ['en', 'fr']);
});

test('the default language given at creation applies, and a call can override it', async () => {
  const annotator = await createAnnotator({ lang: 'en' });
  assert.equal(annotator.annotate('Le ministre a dit « oui ».').lang, 'en');
  assert.equal(annotator.annotate('Le ministre a dit « oui ».', { lang: 'fr' }).lang, 'fr');
});

test('wasmBinary can be given directly; errors are typed', async () => {
  const annotator = await createAnnotator({ wasmBinary: fs.readFileSync(path.join(DIST, 'dixit.wasm')) });
  assert.throws(() => annotator.annotate(12), TypeError);
  assert.throws(() => annotator.annotate('x', { lang: 'zz' }), RangeError);
  assert.throws(() => annotator.annotate('x', 'fr'), TypeError);
  assert.deepEqual(annotator.annotate('').quotes, []);
});

test('the type declarations name every field of the schema', () => {
  const dts = fs.readFileSync(path.join(DIST, 'index.d.ts'), 'utf8');
  const result = createAnnotator().then((a) => a.annotate('« Oui », dit-il, pour 10 €.', { lang: 'fr' }));
  return result.then((r) => {
    const fields = new Set([...Object.keys(r), ...r.quotes.flatMap(Object.keys), ...r.amounts.flatMap(Object.keys),
      ...r.speakers.flatMap(Object.keys)]);
    for (const field of fields) assert.match(dts, new RegExp(`\\b${field}\\??:`), `index.d.ts declares ${field}`);
  });
});
