// scripts/eval's scoring rules (EVAL_FORMAT.md) on small hand-made cases, and
// the tool's behaviour on bad gold files and on unknown fields.
import test from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { validateArticle, readGoldFile } from '../../scripts/eval-lib/gold.mjs';
import { canonicalDecimal, matchQuotes, normaliseName, overlap, predictionOf, scoreArticle, scores } from '../../scripts/eval-lib/score.mjs';
import { caseFailure, majorValue } from '../../scripts/eval-lib/recognizers.mjs';
import { checkFloors } from '../../scripts/eval-lib/report.mjs';
import { ROOT } from '../support.mjs';

const TEXT = 'Le ministre Jean Dupont a déclaré : « Nous paierons 200 millions de dollars (175 millions d’euros). » Il a ajouté que tout irait bien.';
const at = (s) => [TEXT.indexOf(s), TEXT.indexOf(s) + s.length];

function gold(extra = {}) {
  return validateArticle({
    id: 't', lang: 'fr', text: TEXT,
    speakers: [{ id: 's1', name: 'Jean Dupont', kind: 'person', mentions: [at('Le ministre Jean Dupont'), at('Il')] }],
    quotes: [
      { type: 'direct', span: at('« Nous paierons 200 millions de dollars (175 millions d’euros). »'), speaker: 's1', cue: at('déclaré') },
      { type: 'indirect', span: at('tout irait bien'), speaker: 's1', cue: at('ajouté') },
    ],
    money: [
      { span: at('200 millions de dollars'), value: '200000000', currency: 'USD', approx: false, equivalent_of: null },
      { span: at('175 millions d’euros'), value: '175000000', currency: 'EUR', approx: false, equivalent_of: 0 },
    ],
    ...extra,
  }, 'test.gold.json');
}

const result = (over = {}) => ({
  speakers: [{ id: 's1', name: 'Jean Dupont', kind: 'person', mentions: [{ start: at('Jean Dupont')[0], end: at('Jean Dupont')[1] }] }],
  quotes: [
    { id: 'q1', start: at('« Nous')[0], end: at('. »')[1], type: 'direct', speaker: 's1' },
    { id: 'q2', start: at('tout irait bien')[0], end: at('tout irait bien')[1], type: 'indirect', speaker: 's1' },
  ],
  amounts: [
    { id: 'm1', start: at('200 millions de dollars')[0], end: at('200 millions de dollars')[1], value: '200000000.00', currency: 'USD', equivalent_of: null },
    { id: 'm2', start: at('175 millions d’euros')[0], end: at('175 millions d’euros')[1], value: '175000000', currency: 'EUR', equivalent_of: 'm1' },
  ],
  ...over,
});

test('a perfect prediction scores 1 everywhere, with its counts', () => {
  const s = scores(scoreArticle(gold(), predictionOf(result())));
  for (const t of ['0.3', '0.8']) {
    assert.deepEqual([s.quotes[t].precision, s.quotes[t].recall, s.quotes[t].f1], [1, 1, 1]);
    assert.deepEqual([s.quotes[t].tp, s.quotes[t].fp, s.quotes[t].fn], [2, 0, 0]);
    assert.equal(s.quotes[t].speaker_accuracy.value, 1);
  }
  assert.deepEqual([s.money.tp, s.money.fp, s.money.fn], [2, 0, 0]);
  assert.equal(s.money.value_accuracy.value, 1, '"200000000.00" equals "200000000" as a decimal');
  assert.deepEqual(s.money.equivalent_of_accuracy, { value: 1, right: 1, total: 1 });
});

test('overlap is the intersection over the longer span, and matching is one to one', () => {
  assert.equal(overlap([0, 10], [5, 10]), 0.5);
  assert.equal(overlap([0, 10], [10, 20]), 0);
  // Two predictions over one gold quote: the larger overlap wins, the other is a false alarm.
  const m = matchQuotes([{ span: [0, 10] }], [{ span: [0, 6] }, { span: [0, 9] }], 0.3);
  assert.deepEqual([...m.entries()], [[0, 1]]);
  const half = result({ quotes: [{ id: 'q1', start: at('« Nous')[0], end: at('« Nous')[0] + 30, type: 'direct', speaker: 's1' }] });
  const s = scores(scoreArticle(gold(), predictionOf(half)));
  assert.deepEqual([s.quotes['0.3'].tp, s.quotes['0.3'].fn], [1, 1], 'a 30-unit prefix of a 67-unit quote matches at 0.3');
  assert.deepEqual([s.quotes['0.8'].tp, s.quotes['0.8'].fp, s.quotes['0.8'].fn], [0, 1, 2]);
});

test('speaker accuracy: a mention overlap or the same name up to case, accents and title', () => {
  assert.equal(normaliseName('M. Jean-Édouard Dupont'), normaliseName('jean-edouard DUPONT'));
  assert.equal(normaliseName('Dr. Priya Raman'), 'priya raman');
  assert.equal(normaliseName('Mme'), 'mme', 'a title alone stays');
  const byName = result({ speakers: [{ id: 's1', name: 'M. Jean Dupont', kind: 'person', mentions: [{ start: at('irait')[0], end: at('irait')[1] }] }] });
  assert.equal(scores(scoreArticle(gold(), predictionOf(byName))).quotes['0.3'].speaker_accuracy.value, 1);
  const wrong = result({ speakers: [{ id: 's1', name: 'Paul Martin', kind: 'person', mentions: [{ start: at('irait')[0], end: at('irait')[1] }] }] });
  assert.equal(scores(scoreArticle(gold(), predictionOf(wrong))).quotes['0.3'].speaker_accuracy.value, 0);
  const none = result({ quotes: result().quotes.map((q) => ({ ...q, speaker: null })) });
  const s = scores(scoreArticle(gold(), predictionOf(none)));
  assert.deepEqual(s.quotes['0.3'].speaker_accuracy, { value: 0, right: 0, total: 2 });
});

test('money: exact spans up to white space; value, currency and links counted over matches', () => {
  const padded = result({
    amounts: [
      { id: 'm1', start: at('200 millions de dollars')[0] - 1, end: at('200 millions de dollars')[1], value: '200000000', currency: 'EUR', equivalent_of: null },
      { id: 'm2', start: at('175 millions d’euros')[0], end: at('175 millions d’euros')[1] - 1, value: '175000000', currency: 'EUR', equivalent_of: null },
    ],
  });
  const s = scores(scoreArticle(gold(), predictionOf(padded)));
  assert.deepEqual([s.money.tp, s.money.fp, s.money.fn], [1, 1, 1], 'a leading space is ignored, a lost letter is not');
  assert.deepEqual(s.money.currency_accuracy, { value: 0, right: 0, total: 1 });
  assert.equal(canonicalDecimal('-0.0'), '0');
  assert.equal(canonicalDecimal('007.500'), '7.5');
});

test('absent sections are not scored; unknown fields are ignored', () => {
  const moneyOnly = validateArticle({ text: TEXT, lang: 'fr', extra: { anything: 1 }, money: [{ span: at('200 millions de dollars'), value: '200000000', currency: 'USD', note: 'x' }] }, 'm.gold.json');
  const s = scores(scoreArticle(moneyOnly, predictionOf(result())));
  assert.equal(s.quote_documents, 0);
  assert.deepEqual([s.quotes['0.3'].tp, s.quotes['0.3'].fp], [0, 0], 'no quote section, no false alarms');
  assert.deepEqual([s.money.tp, s.money.fp], [1, 1]);
});

test('a malformed gold file is named with its field', () => {
  assert.throws(() => validateArticle({ text: 'abc', quotes: [{ type: 'direct', span: [0, 9] }] }, 'x.gold.json'),
    /x\.gold\.json: field "quotes\[0\]\.span" \[0, 9\] is outside the text/);
  assert.throws(() => validateArticle({ text: 'abc', quotes: [{ type: 'said', span: [0, 1] }] }, 'x.gold.json'), /quotes\[0\]\.type/);
  assert.throws(() => validateArticle({ text: 'abc', money: [{ span: [0, 1], value: '1,5' }] }, 'x.gold.json'), /money\[0\]\.value/);
  assert.throws(() => validateArticle({ text: 'abc', speakers: [], quotes: [{ type: 'direct', span: [0, 1], speaker: 's9' }] }, 'x.gold.json'), /quotes\[0\]\.speaker/);
  assert.throws(() => validateArticle({ text: 7 }, 'x.gold.json'), /field "text"/);
});

test('floors: a score under its floor is reported, one at it is not', () => {
  const table = { fr: scores(scoreArticle(gold(), predictionOf(result({ quotes: [] })))) };
  assert.deepEqual(checkFloors({ fr: { money_f1: 1 } }, table), []);
  assert.match(checkFloors({ fr: { 'quotes_f1@0.3': 0.5 } }, table)[0], /fr quotes_f1@0.3 = 0.000, floor 0.5/);
  assert.match(checkFloors({ en: { money_f1: 0.5 } }, table)[0], /no article/);
  assert.match(checkFloors({ fr: { bogus: 0.5 } }, table)[0], /unknown metric/);
});

test('Recognizers-Text: minor units compare in the major unit; extra amounts fail', () => {
  assert.equal(majorValue('50', 'Cent'), '0.5');
  assert.equal(majorValue('6650000000', 'Pesewa'), '66500000');
  const c = { input: 'paid 50 cents and $3', expected: [{ start: 5, end: 13, text: '50 cents', value: '50', unit: 'Cent' }] };
  assert.equal(caseFailure(c, [{ start: 5, end: 13, value: '0.5' }]), null);
  assert.match(caseFailure(c, [{ start: 5, end: 13, value: '50' }]), /value 50, expected 50 Cent/);
  assert.match(caseFailure(c, [{ start: 4, end: 13, value: '0.5' }, { start: 18, end: 20, value: '3' }]), /extra "\$3"/);
});

test('the tool scores the good files when one is bad, and names the bad one', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dixit-eval-'));
  const seed = JSON.parse(fs.readFileSync(path.join(ROOT, 'tests/corpus/fr/seed-fr-001.gold.json'), 'utf8'));
  fs.writeFileSync(path.join(dir, 'good.gold.json'), JSON.stringify(seed));
  fs.writeFileSync(path.join(dir, 'bad.gold.json'), JSON.stringify({ ...seed, quotes: [{ type: 'direct', span: 'x' }] }));
  fs.writeFileSync(path.join(dir, 'set.gold.jsonl'), `${JSON.stringify(seed)}\nnot json\n`);
  const run = spawnSync(process.execPath, [path.join(ROOT, 'scripts/eval'), '--json', dir], { encoding: 'utf8' });
  assert.equal(run.status, 1, run.stderr);
  assert.match(run.stderr, /bad\.gold\.json: field "quotes\[0\]\.span"/);
  assert.match(run.stderr, /set\.gold\.jsonl \(line 2\): not valid JSON/);
  const out = JSON.parse(run.stdout);
  assert.equal(out.scores.all.documents, 2, 'the good file and the good line are scored');
  assert.equal(readGoldFile(path.join(dir, 'set.gold.jsonl')).articles.length, 1);
  fs.rmSync(dir, { recursive: true });
});
