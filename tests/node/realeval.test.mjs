// The real-text evaluation (issue 18) on made-up data: detached gold files
// (annotations kept apart from a passage they name), PolNeAR's stand-off
// format and its direct-quote rule, and the confidence reliability table.
import test from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { readGoldFile } from '../../scripts/eval-lib/gold.mjs';
import { attach, detach, sha256 } from '../../scripts/eval-lib/realtext.mjs';
import { parseAnn, quotedMask, readPolnear, scorePolnear, polnearScores, toGold } from '../../scripts/eval-lib/polnear.mjs';
import { addReliability, emptyReliability, predictionOf, reliabilityScores } from '../../scripts/eval-lib/score.mjs';
import { ROOT } from '../support.mjs';

const TEXT = 'Le maire Paul Durand a déclaré : « Nous paierons 2 millions d’euros. »\n';
const at = (s, text = TEXT) => [text.indexOf(s), text.indexOf(s) + s.length];
const GOLD = {
  id: 'made-up', lang: 'fr', units: 'utf16', text: TEXT,
  speakers: [{ id: 's1', name: 'Paul Durand', kind: 'person', role: 'maire', mentions: [at('Le maire Paul Durand')] }],
  quotes: [{ type: 'direct', span: at('« Nous paierons 2 millions d’euros. »'), speaker: 's1', cue: at('déclaré'), text: 'x' }],
  money: [{ span: at('2 millions d’euros'), text: '2 millions d’euros', value: '2000000', min: null, max: null, currency: 'EUR', approx: false, equivalent_of: null }],
};

function tempDir() {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'dixit-realeval-'));
}

function withRealtext(root, fn) {
  const before = process.env.DIXIT_REALTEXT;
  process.env.DIXIT_REALTEXT = root;
  try {
    return fn();
  } finally {
    if (before === undefined) delete process.env.DIXIT_REALTEXT;
    else process.env.DIXIT_REALTEXT = before;
  }
}

test('a detached gold file holds no text, and joins its passage back when it is there', () => {
  const detached = detach(GOLD, 'fr/900.txt');
  const json = JSON.stringify(detached);
  assert.ok(!json.includes('paierons') && !json.includes('millions'), 'no text of the passage in the stored form');
  assert.equal(detached.text_sha256, sha256(TEXT));
  const root = tempDir();
  fs.mkdirSync(path.join(root, 'fr'));
  fs.writeFileSync(path.join(root, 'fr', '900.txt'), TEXT);
  const file = path.join(root, 'g.gold.json');
  fs.writeFileSync(file, json);
  withRealtext(root, () => {
    const { articles, errors, skipped } = readGoldFile(file);
    assert.deepEqual([errors, skipped], [[], []]);
    assert.equal(articles[0].text, TEXT);
    assert.equal(articles[0].quotes[0].speaker.name, 'Paul Durand');
    assert.equal(attach(detached).quotes[0].text, '« Nous paierons 2 millions d’euros. »');
  });
});

test('an absent passage is skipped; a changed one is an error', () => {
  const root = tempDir();
  const file = path.join(root, 'g.gold.json');
  fs.writeFileSync(file, JSON.stringify(detach(GOLD, 'fr/900.txt')));
  withRealtext(path.join(root, 'nowhere'), () => {
    const { articles, errors, skipped } = readGoldFile(file);
    assert.equal(articles.length + errors.length, 0);
    assert.equal(skipped.length, 1);
  });
  fs.mkdirSync(path.join(root, 'fr'));
  fs.writeFileSync(path.join(root, 'fr', '900.txt'), TEXT.replace('2 millions', '3 millions'));
  withRealtext(root, () => {
    const { errors } = readGoldFile(file);
    assert.match(errors[0], /not the text these annotations were made on/);
  });
});

test('scripts/eval on absent passages says "skipped:" and exits 0', () => {
  const root = tempDir();
  fs.writeFileSync(path.join(root, 'a.gold.json'), JSON.stringify(detach(GOLD, 'fr/900.txt')));
  const run = spawnSync(process.execPath, [path.join(ROOT, 'scripts/eval'), root], {
    encoding: 'utf8', env: { ...process.env, DIXIT_REALTEXT: path.join(root, 'absent') },
  });
  assert.equal(run.status, 0, run.stderr);
  assert.match(run.stdout, /^skipped:/m);
});

test('scripts/realtext check refuses a gold file that holds its text', () => {
  const root = tempDir();
  fs.writeFileSync(path.join(root, 'a.gold.json'), JSON.stringify(GOLD));
  const run = spawnSync(process.execPath, [path.join(ROOT, 'scripts/realtext'), 'check', root], { encoding: 'utf8' });
  assert.equal(run.status, 1);
  assert.match(run.stderr, /holds text/);
});

// A made-up article in PolNeAR's brat form: offsets in code points.
const PN_TEXT = 'Héllo 😀. “We will win,” Jane Roe said. Roe added that taxes would fall.\n“Never,” he said.\n';
const cp = (s) => {
  const u = PN_TEXT.indexOf(s);
  return [[...PN_TEXT.slice(0, u)].length, [...PN_TEXT.slice(0, u + s.length)].length];
};
const PN_ANN = [
  `T1\tSource ${cp('Jane Roe').join(' ')}\tJane Roe`,
  `T2\tCue ${cp('said').join(' ')}\tsaid`,
  `T3\tContent ${cp('“We will win,”').join(' ')}\t“We will win,”`,
  `E1\tAttribution:T9 Content:T3 Cue:T2 Source:T1`,
  `T4\tSource ${cp('Roe').map((x, i) => x + (i ? 0 : 0)).join(' ')}\tRoe`,
  `T5\tContent ${cp('taxes would fall').join(' ')}\ttaxes would fall`,
  `E2\tContent:T5 Source:T4`,
  `T6\tSource ${cp('he').join(' ')}\the`,
  `T7\tContent ${cp('“Never,”').join(' ')}\t“Never,”`,
  `E3\tContent:T7 Source:T6`,
].join('\n');

test('PolNeAR stand-off: code points become UTF-16 units; direct contents are the quoted ones', () => {
  const contents = parseAnn(PN_ANN, PN_TEXT);
  assert.equal(contents.length, 3);
  const [win, taxes, never] = contents;
  assert.deepEqual(win.spans[0], at('“We will win,”', PN_TEXT));
  assert.equal(win.direct, true);
  assert.equal(taxes.direct, false);
  assert.equal(never.direct, true);
  assert.equal(win.sourceText, 'Jane Roe');
  const mask = quotedMask('a “b” "c" d');
  assert.deepEqual([...mask], [0, 0, 1, 1, 1, 0, 1, 1, 1, 0, 0]);
});

test('PolNeAR rule: found at half coverage, right inside any content, speakers by mention or shared name word', () => {
  const article = { text: PN_TEXT, contents: parseAnn(PN_ANN, PN_TEXT) };
  const pred = predictionOf({
    speakers: [{ id: 's1', name: 'Jane Roe', mentions: [{ start: at('Roe added', PN_TEXT)[0], end: at('Roe added', PN_TEXT)[0] + 3 }] },
               { id: 's2', name: 'Someone', mentions: [{ start: 0, end: 5 }] }],
    quotes: [
      { start: at('“We will', PN_TEXT)[0], end: at('We will', PN_TEXT)[1], type: 'direct', speaker: 's1' },   // 8 of 14 units
      { start: at('“Never,”', PN_TEXT)[0], end: at('“Never,”', PN_TEXT)[1], type: 'direct', speaker: 's2' },
      { start: 0, end: 5, type: 'direct', speaker: null },                                                       // outside any content
      { start: at('taxes', PN_TEXT)[0], end: at('taxes', PN_TEXT)[1], type: 'indirect', speaker: 's1' },        // not scored
    ],
  });
  const s = polnearScores(scorePolnear(article, pred));
  assert.deepEqual([s.direct_recall.right, s.direct_recall.total], [2, 2]);
  assert.deepEqual([s.direct_precision.right, s.direct_precision.total], [2, 3]);
  // "Jane Roe" shares "Roe" with the gold source; "Someone" does not cover the pronoun "he".
  assert.deepEqual([s.speaker_accuracy.right, s.speaker_accuracy.total], [1, 2]);
  const gold = toGold(article);
  assert.deepEqual(gold.quotes.map((q) => q.type), ['direct', 'indirect', 'direct']);
});

test('PolNeAR: the test split is refused', () => {
  assert.throws(() => readPolnear(tempDir(), 'test'), /reserved for independent checking/);
});

test('reliability: right means matched with the right speaker; bins by confidence', () => {
  const bins = emptyReliability();
  const article = {
    text: 'x'.repeat(100),
    quotes: [{ span: [0, 10], speaker: { name: 'A', mentions: [[50, 51]] } }, { span: [20, 30], speaker: null }],
  };
  const prediction = predictionOf({
    speakers: [{ id: 's1', name: 'A', mentions: [{ start: 50, end: 51 }] }],
    quotes: [
      { start: 0, end: 10, type: 'direct', speaker: 's1', confidence: 0.85 },  // right
      { start: 20, end: 30, type: 'direct', speaker: 's1', confidence: 0.85 },  // wrong: the gold has no speaker
      { start: 60, end: 70, type: 'direct', speaker: null, confidence: 0.35 },  // a false alarm
    ],
  });
  addReliability(bins, article, prediction);
  const r = reliabilityScores(bins);
  assert.deepEqual([r.confident_accuracy.right, r.confident_accuracy.total], [1, 2]);
  assert.equal(r.rows[8].n, 2);
  assert.equal(r.rows[3].accuracy, 0);
});
