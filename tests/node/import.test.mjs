// The page's JSON import is hostile input (issue 20, parts 3 and 4): the
// validator (web/import.js) checks the schema, caps sizes, keeps offsets in
// the text and off surrogate halves, and never throws. A short fuzz run of
// tests/fuzz/import-fuzz.mjs (the long campaign is the same script) and the
// inputs it once failed on.
import test from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { MAX_IMPORT_BYTES, MAX_ITEMS, parseImport } from '../../web/import.js';
import { REGRESSIONS, check, fuzz, independentCheck, seeds } from '../fuzz/import-fuzz.mjs';

const [SEED, ASTRAL] = seeds();
const raw = (doc) => JSON.stringify(doc);
const refused = (doc, pattern, options) => {
  const out = parseImport(typeof doc === 'string' ? doc : raw(doc), options);
  assert.equal(out.ok, false, `refused: ${pattern}`);
  assert.equal(out.unexpected, undefined, out.error);
  if (pattern) assert.match(out.error, pattern);
};

test('an exported result is accepted whole, flags and text included', () => {
  const out = parseImport(raw(SEED));
  assert.equal(out.ok, true, out.error);
  assert.equal(out.text, SEED.text);
  const { text, ...schema } = SEED;
  assert.deepEqual(out.result, JSON.parse(JSON.stringify(schema)));
  assert.equal(parseImport(raw(ASTRAL)).ok, true);
  // Without a text, the article open gives it.
  assert.equal(parseImport(raw(schema), { currentText: SEED.text }).ok, true);
  refused(schema, /no "text"/);
});

test('absurd offsets: outside the text, negative, fractional, reversed, on a surrogate half', () => {
  const bad = (mutate, pattern = /offsets/) => {
    const doc = structuredClone(ASTRAL);
    mutate(doc);
    refused(doc, pattern);
  };
  bad((d) => { d.quotes[0].end = d.text.length + 1; });
  bad((d) => { d.quotes[0].start = -1; });
  bad((d) => { d.quotes[0].start = 1.5; });
  bad((d) => { d.quotes[0].start = '3'; });
  bad((d) => { d.quotes[0].start = 2 ** 53; });
  bad((d) => { [d.quotes[0].start, d.quotes[0].end] = [d.quotes[0].end, d.quotes[0].start]; });
  bad((d) => { d.speakers[0].mentions[0] = { start: 1, end: 3 }; });   // 1 is between the halves of 😀
  bad((d) => { d.amounts[0].start += 1; });                             // inside 𝟓
  bad((d) => { d.quotes[0].cue = { start: 0, end: 1 }; });
  bad((d) => { d.speakers[1].mentions[0].start += 1; });               // inside 𝒜
});

test('the schema: kinds, types, ids, references, fields, numbers, currencies, sizes', () => {
  const bad = (mutate, pattern) => {
    const doc = structuredClone(SEED);
    mutate(doc);
    refused(doc, pattern);
  };
  bad((d) => { d.speakers[0].kind = 'celebrity'; }, /kind/);
  bad((d) => { d.quotes[0].type = 'rumour'; }, /type/);
  bad((d) => { d.quotes[1].id = d.quotes[0].id; }, /twice/);
  bad((d) => { d.quotes[0].speaker = 'nobody'; }, /no such speaker/);
  bad((d) => { d.amounts[0].equivalent_of = 'm999'; }, /equivalent_of/);
  bad((d) => { d.amounts[0].value = '1e9'; }, /decimal/);
  bad((d) => { d.amounts[0].currency = 'euro'; }, /ISO/);
  bad((d) => { d.quotes[0].confidence = 7; }, /confidence/);
  bad((d) => { d.quotes[0].onclick = 'alert(1)'; }, /unknown field/);
  bad((d) => { d.speakers[0].name = 'x'.repeat(10001); }, /name/);
  bad((d) => { d.lang = '<script>'; }, /lang/);
  bad((d) => { d.text = ''; }, /empty/);
  bad((d) => { d.quotes = {}; }, /list/);
  bad((d) => { d.quotes = Array.from({ length: MAX_ITEMS + 1 }, () => 0); }, /more than/);
  bad((d) => { d.speakers[0].edited = 'yes'; }, /true or false/);
  refused('[1, 2]', /object/);
  refused('{"version":', /JSON/);
  refused('', /JSON/);
  refused(' '.repeat(MAX_IMPORT_BYTES + 1), /too large/);
  refused(`{"__proto__": {"polluted": true}, "version": "1", "lang": "fr", "text": "a", "speakers": [], "quotes": [], "amounts": []}`, /unknown field "__proto__"/);
  assert.equal({}.polluted, undefined);
  // Deep nesting: refused, not a stack overflow.
  refused(`${'['.repeat(100000)}${']'.repeat(100000)}`);
  refused(`{"version":"1","lang":"fr","text":"a","speakers":${'['.repeat(50000)}${']'.repeat(50000)},"quotes":[],"amounts":[]}`);
});

test('XSS strings are accepted as data, unchanged (the page draws them as text)', () => {
  const doc = structuredClone(SEED);
  doc.speakers[0].name = '<img src=x onerror=alert(1)>';
  doc.speakers[0].role = '"><script>alert(2)</script>';
  doc.amounts[0].text = '{{constructor.constructor("alert(3)")()}}';
  const out = parseImport(raw(doc));
  assert.equal(out.ok, true, out.error);
  assert.equal(out.result.speakers[0].name, '<img src=x onerror=alert(1)>');
});

test('the fuzz oracle sees an invalid result (so the fuzz run can fail)', () => {
  const { text, ...result } = structuredClone(ASTRAL);
  assert.deepEqual(independentCheck(text, result), []);
  result.speakers[0].mentions[0] = { start: 1, end: 3 };
  assert.match(independentCheck(text, result).join(), /surrogate half/);
  result.quotes[0].speaker = 'zz';
  assert.match(independentCheck(text, result).join(), /speaker zz missing/);
});

test('a short fuzz run: no throw, no unexpected error, nothing invalid accepted', () => {
  const findings = [];
  const stats = fuzz({ runs: 3000, seed: 20261207, onFinding: (input, problem) => findings.push(`${problem}\n${input.slice(0, 300)}`) });
  assert.deepEqual(findings, []);
  assert.equal(stats.runs, 3000);
  assert.ok(stats.accepted > 50, `some mutants are valid and checked (${stats.accepted})`);
  assert.ok(stats.refused > 1000, `most are refused (${stats.refused})`);
});

test('inputs the fuzzer once failed on', () => {
  const files = fs.existsSync(REGRESSIONS) ? fs.readdirSync(REGRESSIONS).filter((f) => f.endsWith('.json')) : [];
  for (const f of files) {
    const input = fs.readFileSync(path.join(REGRESSIONS, f), 'utf8');
    assert.equal(check(input), null, f);
    assert.equal(check(input, { currentText: SEED.text }), null, f);
  }
});
