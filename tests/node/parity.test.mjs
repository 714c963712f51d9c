// The wasm module and the native CLI give the same bytes on every text the
// project holds: the gold articles (dev and held-out), the amounts corpus and
// the Recognizers-Text inputs. The module builds its lexicons from an image made
// at build time (tools/lexicon_image.cpp) and ships trimmed ICU data, the CLI
// builds them from core/lang/ with the system ICU: any difference between the
// two paths shows here, text by text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { DIXIT, ROOT, loadWasm } from '../support.mjs';

function texts() {
  const out = [];
  const walk = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (entry.name.endsWith('.gold.json')) out.push({ id: path.relative(ROOT, file), text: JSON.parse(fs.readFileSync(file, 'utf8')).text });
    }
  };
  walk(path.join(ROOT, 'tests/corpus'));
  walk(path.join(ROOT, 'tests/heldout'));
  for (const file of ['amounts/corpus.fr.json', 'amounts/corpus.en.json', 'amounts/recognizers-text/CurrencyModel.French.json', 'amounts/recognizers-text/CurrencyModel.English.json']) {
    const cases = JSON.parse(fs.readFileSync(path.join(ROOT, 'tests', file), 'utf8'));
    const list = Array.isArray(cases) ? cases : cases.cases || [];
    list.forEach((c, i) => {
      const text = c.Input ?? c.text ?? c.input;
      if (typeof text === 'string') out.push({ id: `${file}#${i}`, text });
    });
  }
  return out;
}

test('every text of the repository gives the same JSON in wasm and natively, in both languages and auto', async () => {
  const dixit = await loadWasm();
  const all = texts();
  assert.ok(all.length > 300, `expected the corpora, found ${all.length} texts`);
  for (const lang of ['auto', 'fr', 'en']) {
    const input = all.map(({ id, text }) => JSON.stringify({ id, text, lang })).join('\n') + '\n';
    const native = execFileSync(DIXIT, ['batch'], { input, encoding: 'utf8', maxBuffer: 1 << 28 }).trimEnd().split('\n');
    assert.equal(native.length, all.length);
    all.forEach(({ id, text }, i) => {
      const { id: _, ...expected } = JSON.parse(native[i]);
      assert.deepEqual(dixit.annotate(text, { lang }), expected, `${id} (${lang})`);
    });
  }
});
