// The page's editing state under node (issue 19): the edit model, undo and
// redo, the merge of two tabs' lists, records read back from storage, the
// sources summary, the CSV export, and that both interfaces say everything.
import test from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from '../support.mjs';
import { applyEdits, checkRecord, createHistory, makeEdit, mergeRecords, validEdit } from '../../web/edits.js';
import { summarizeSources, countWords } from '../../web/sources.js';
import { quotesCSV, amountsCSV, toJSON } from '../../web/export.js';

const TEXT = 'Le ministre Paul Durand a déclaré : « Nous paierons 5 millions d’euros. » Un conseiller estime que « c’est trop ». Selon Le Monde, rien n’est fait.';
const at = (s) => ({ start: TEXT.indexOf(s), end: TEXT.indexOf(s) + s.length });
const BASE = {
  version: '0.1.0', lang: 'fr',
  speakers: [
    { id: 's1', name: 'Paul Durand', kind: 'person', role: 'ministre', mentions: [at('Paul Durand')] },
    { id: 's2', name: 'Un conseiller', kind: 'anonymous', role: null, mentions: [at('Un conseiller')] },
    { id: 's3', name: 'Le Monde', kind: 'media', role: null, mentions: [at('Le Monde')] },
  ],
  quotes: [
    { id: 'q1', ...at('« Nous paierons 5 millions d’euros. »'), type: 'direct', speaker: 's1', cue: at('a déclaré'), confidence: 0.93, basis: 'cue-named' },
    { id: 'q2', ...at('« c’est trop »'), type: 'mixed', speaker: 's2', cue: at('estime'), confidence: 0.2, basis: 'cue-anonymous' },
    { id: 'q3', ...at('rien n’est fait'), type: 'according_to', speaker: 's3', cue: null, confidence: 0.85, basis: 'cue-named' },
  ],
  amounts: [{ id: 'm1', ...at('5 millions d’euros'), text: '5 millions d’euros', value: '5000000', min: null, max: null, currency: 'EUR', approx: false, equivalent_of: null }],
};
const apply = (...fields) => applyEdits(BASE, fields.map((f) => makeEdit(f)));

test('a quote gets another speaker, a new speaker, another type, or is no quote', () => {
  let r = apply({ op: 'quote', quote: 'q2', speaker: 's1' });
  assert.equal(r.quotes[1].speaker, 's1');
  assert.equal(r.quotes[1].edited, true);
  assert.equal(r.quotes[0].edited, undefined, 'the others are untouched');
  assert.equal(BASE.quotes[1].speaker, 's2', 'the base is never changed');

  const e = makeEdit({ op: 'quote', quote: 'q2', newSpeaker: { name: 'Marie Curie', kind: 'person' }, type: 'direct' });
  r = applyEdits(BASE, [e]);
  const created = r.speakers.find((s) => s.name === 'Marie Curie');
  assert.ok(created && created.edited);
  assert.equal(r.quotes[1].speaker, created.id);
  assert.equal(r.quotes[1].type, 'direct');

  r = apply({ op: 'quote', quote: 'q3', reject: true });
  assert.deepEqual(r.quotes.map((q) => q.id), ['q1', 'q2']);
  r = apply({ op: 'quote', quote: 'q3', speaker: null });
  assert.equal(r.quotes[2].speaker, null);
});

test('a missed quote is added in text order; speakers are renamed and merged; amounts corrected or deleted; checks', () => {
  let r = apply({ op: 'add', ...at('Nous paierons'), type: 'direct', speaker: 's3', cue: null });
  assert.equal(r.quotes.length, 4);
  assert.deepEqual(r.quotes.map((q) => q.start), [...r.quotes.map((q) => q.start)].sort((a, b) => a - b));
  const added = r.quotes.find((q) => q.id.startsWith('q-'));
  assert.deepEqual([added.start, added.end, added.speaker, added.edited, added.confidence], [at('Nous paierons').start, at('Nous paierons').end, 's3', true, null]);

  r = apply({ op: 'speaker', speaker: 's1', name: 'Paul Durant', role: 'ministre des finances' });
  assert.deepEqual([r.speakers[0].name, r.speakers[0].role, r.speakers[0].edited], ['Paul Durant', 'ministre des finances', true]);

  r = apply({ op: 'speaker', speaker: 's2', into: 's1' });
  assert.deepEqual(r.speakers.map((s) => s.id), ['s1', 's3']);
  assert.equal(r.speakers[0].mentions.length, 2, 'the mentions move over');
  assert.deepEqual(r.quotes.filter((q) => q.speaker === 's1').map((q) => q.id), ['q1', 'q2']);

  const split = makeEdit({ op: 'speaker', speaker: 's1', split: at('Paul Durand'), newSpeaker: { name: 'Paul Durand', kind: 'person' } });
  r = applyEdits(apply({ op: 'speaker', speaker: 's2', into: 's1' }), [split]);
  assert.deepEqual(r.speakers.find((s) => s.id === 's1').mentions, [at('Un conseiller')], 'the wrong mention leaves');
  assert.deepEqual(r.speakers.find((s) => s.id === `s-${split.id}`).mentions, [at('Paul Durand')], 'and makes a speaker of its own');
  assert.equal(validEdit(split, TEXT), true);
  assert.equal(validEdit({ ...split, newSpeaker: undefined }, TEXT), false);

  r = apply({ op: 'amount', amount: 'm1', value: '5500000', currency: 'USD', min: null, max: null });
  assert.deepEqual([r.amounts[0].value, r.amounts[0].currency, r.amounts[0].edited], ['5500000', 'USD', true]);
  r = apply({ op: 'amount', amount: 'm1', remove: true });
  assert.equal(r.amounts.length, 0);

  r = apply({ op: 'check', kind: 'quote', ref: 'q2', checked: true });
  assert.equal(r.quotes[1].checked, true);
  assert.equal(r.quotes[1].edited, undefined, 'checking is not editing');
  r = apply({ op: 'check', kind: 'quote', ref: 'q2', checked: true }, { op: 'check', kind: 'quote', ref: 'q2', checked: false });
  assert.equal(r.quotes[1].checked, undefined);
  // An edit whose target is gone changes nothing.
  assert.deepEqual(apply({ op: 'quote', quote: 'q99', speaker: 's1' }), structuredClone(BASE));
});

test('undo and redo; redo after a new edit is gone; undone ids are remembered', () => {
  const h = createHistory();
  const a = h.push(makeEdit({ op: 'quote', quote: 'q1', type: 'indirect' }));
  h.push(makeEdit({ op: 'quote', quote: 'q2', speaker: 's1' }));
  assert.equal(applyEdits(BASE, h.edits).quotes[1].speaker, 's1');
  const undone = h.undo();
  assert.equal(applyEdits(BASE, h.edits).quotes[1].speaker, 's2');
  assert.ok(h.canRedo);
  assert.deepEqual(h.removed, [undone.id]);
  const again = h.redo();
  assert.notEqual(again.id, undone.id, 'a redone edit gets a new id');
  assert.equal(applyEdits(BASE, h.edits).quotes[1].speaker, 's1');
  h.undo();
  h.push(makeEdit({ op: 'quote', quote: 'q3', reject: true }));
  assert.equal(h.canRedo, false, 'a new edit clears the redo stack');
  assert.deepEqual(h.edits.map((e) => e.id).slice(0, 1), [a.id]);
  h.clear();
  assert.deepEqual(h.edits, []);
  assert.equal(h.canUndo, false);
});

test('two tabs: the merge keeps every edit of both, minus those either undid', () => {
  const one = createHistory();
  const two = createHistory();
  const shared = one.push(makeEdit({ op: 'quote', quote: 'q1', type: 'indirect' }));
  two.replace(mergeRecords({ edits: [], removed: [] }, { edits: one.edits, removed: one.removed }));
  one.push(makeEdit({ op: 'quote', quote: 'q2', speaker: 's1' }));
  two.push(makeEdit({ op: 'amount', amount: 'm1', currency: 'USD' }));
  two.undo();
  two.push(makeEdit({ op: 'speaker', speaker: 's3', name: 'Le Monde (quotidien)' }));
  const stored = mergeRecords({ edits: [], removed: [] }, { edits: one.edits, removed: one.removed });
  const merged = mergeRecords(stored, { edits: two.edits, removed: two.removed });
  const r = applyEdits(BASE, merged.edits);
  assert.equal(r.quotes[0].type, 'indirect');
  assert.equal(r.quotes[1].speaker, 's1', "tab one's edit is kept");
  assert.equal(r.speakers[2].name, 'Le Monde (quotidien)', "tab two's edit is kept");
  assert.equal(r.amounts[0].currency, 'EUR', 'what tab two undid stays undone');
  assert.equal(merged.edits.filter((e) => e.id === shared.id).length, 1, 'an edit both have counts once');
  // Undone in one tab after the other saved it: gone from the merge too.
  one.undo();
  const later = mergeRecords(merged, { edits: one.edits, removed: one.removed });
  assert.equal(applyEdits(BASE, later.edits).quotes[1].speaker, 's2');
  assert.deepEqual(mergeRecords(later, later), later, 'merging is idempotent');
});

test('a record read back from storage: the valid edits kept, the others counted', () => {
  const good = makeEdit({ op: 'quote', quote: 'q1', speaker: 's2' });
  const rec = checkRecord({ edits: [good, { op: 'quote' }, makeEdit({ op: 'add', start: 5, end: 1e9, type: 'direct' }), 42, null,
    makeEdit({ op: 'amount', amount: 'm1', value: '1e5' })], removed: ['x', 7] }, TEXT);
  assert.deepEqual(rec.edits, [good]);
  assert.equal(rec.dropped, 5);
  assert.deepEqual(rec.removed, ['x']);
  assert.equal(checkRecord('garbage', TEXT).unreadable, true);
  assert.equal(checkRecord(undefined, TEXT).unreadable, false, 'no record is no damage');
  // Offsets on a surrogate half are refused.
  const astral = 'a 😀 b';
  assert.equal(validEdit(makeEdit({ op: 'add', start: 3, end: 6, type: 'direct' }), astral), false);
  assert.equal(validEdit(makeEdit({ op: 'add', start: 2, end: 4, type: 'direct' }), astral), true);
  assert.equal(validEdit(makeEdit({ op: 'quote', quote: 'q1', newSpeaker: { name: '  ', kind: 'person' } }), TEXT), false);
  assert.equal(validEdit(makeEdit({ op: 'check', kind: 'speaker', ref: 's1', checked: true }), TEXT), false);
});

test('the sources summary: distinct sources, share by kind, quotes and words per source', () => {
  const summary = summarizeSources(apply({ op: 'add', ...at('Selon Le Monde'), type: 'direct', speaker: null }), TEXT);
  assert.equal(summary.distinct, 3);
  assert.equal(summary.quotes, 4);
  const g = Object.fromEntries(summary.groups.map((x) => [x.kind, x]));
  assert.deepEqual([g.person.sources, g.anonymous.sources, g.media.sources, g.organization.sources], [1, 1, 1, 0]);
  assert.equal(g.person.share, 1 / 3);
  assert.equal(g.none.quotes, 1, 'the quote with no speaker');
  assert.equal(g.none.quoteShare, 1 / 4);
  const durand = summary.sources.find((s) => s.id === 's1');
  assert.deepEqual([durand.quotes, durand.words], [1, 5]);
  assert.equal(countWords('« c’est trop »'), 2);
  assert.equal(countWords('5 millions d’euros, 2.5 %'), 4);
});

test('CSV of quotes: one row per quote with kind, edited and checked; JSON carries the flags and the text', () => {
  const r = apply({ op: 'quote', quote: 'q2', speaker: 's1' }, { op: 'check', kind: 'quote', ref: 'q3', checked: true },
    { op: 'speaker', speaker: 's1', name: '=cmd|calc' });
  const csv = quotesCSV(r, TEXT);
  const rows = csv.trimEnd().split('\r\n');
  assert.equal(rows[0], 'speaker,kind,role,type,cue,text,confidence,edited,checked,start,end,id');
  assert.equal(rows.length, 4);
  assert.ok(rows[2].startsWith("'=cmd|calc,person,ministre,mixed,estime,« c’est trop »,0.2,true,false,"), 'a formula is defused');
  assert.ok(rows[3].includes(',according_to,,rien n’est fait,0.85,false,true,'));
  assert.ok(amountsCSV(r, TEXT).startsWith('text,value,currency,min,max,approx,equivalent_of,edited,checked,'));
  const json = JSON.parse(toJSON(r, TEXT));
  assert.equal(json.text, TEXT);
  assert.equal(json.quotes[1].edited, true);
  assert.equal(json.quotes[2].checked, true);
  assert.equal(json.quotes[0].edited, undefined, 'only where they apply');
});

test('the interface is complete in English and French', async () => {
  const source = fs.readFileSync(path.join(ROOT, 'web/i18n.js'), 'utf8');
  const block = (lang) => {
    const start = source.indexOf(`  ${lang}: {`);
    const end = source.indexOf('\n  },', start);
    return new Set([...source.slice(start, end).matchAll(/^ {4}(\w+):/gm)].map((m) => m[1]));
  };
  const en = block('en');
  const fr = block('fr');
  assert.ok(en.size > 150);
  assert.deepEqual([...en].filter((k) => !fr.has(k)), [], 'keys in English only');
  assert.deepEqual([...fr].filter((k) => !en.has(k)), [], 'keys in French only');
  // Every key the page's scripts and markup name exists.
  const used = new Set();
  for (const f of fs.readdirSync(path.join(ROOT, 'web'))) {
    if (!/\.(js|html)$/.test(f)) continue;
    const s = fs.readFileSync(path.join(ROOT, 'web', f), 'utf8').split('\n').filter((l) => !/^\s*\/\//.test(l)).join('\n');
    for (const m of s.matchAll(/\bt\('(\w+)'/g)) used.add(m[1]);
    for (const m of s.matchAll(/data-i18n="(\w+)"/g)) used.add(m[1]);
    for (const m of s.matchAll(/data-i18n-attr="([^"]+)"/g)) for (const pair of m[1].split(';')) used.add(pair.split(':')[1]);
    for (const m of s.matchAll(/error: '(\w+)'/g)) used.add(m[1]);
    for (const m of s.matchAll(/(?:onNotice|setStatus)\(\s*'(\w+)'/g)) used.add(m[1]);
    for (const line of s.split('\n').filter((l) => /setStatus|applyEdit|onNotice/.test(l))) {
      for (const m of line.matchAll(/\? '(\w+)' : '(\w+)'/g)) used.add(m[1]).add(m[2]);
    }
  }
  const missing = [...used].filter((k) => !en.has(k));
  assert.deepEqual(missing, [], 'keys used but not translated');
});

test('a missed quote is found in the text: the selection, else the words whatever the spacing; the cue nearest it', async () => {
  const { locateWords } = await import('../../web/locate.js');
  const text = 'Il a dit : « oui (vraiment) ». Puis il a dit :  « non   merci ». 😀 a dit « ok ».';
  assert.deepEqual(locateWords(text, 'non merci', 'a dit'), {
    span: { start: text.indexOf('non'), end: text.indexOf('merci') + 5 },
    cue: { start: text.indexOf('a dit', 20), end: text.indexOf('a dit', 20) + 5 } });
  assert.deepEqual(locateWords(text, 'oui (vraiment)').span, { start: text.indexOf('oui'), end: text.indexOf(')') + 1 }, 'special characters are literal');
  const second = text.lastIndexOf('a dit');
  assert.deepEqual(locateWords(text, 'a dit', '', { start: second, end: second + 5, text: 'a dit' }).span, { start: second, end: second + 5 }, 'the selection wins');
  assert.deepEqual(locateWords(text, 'a dit', '', { start: 1, end: 6, text: 'a dit' }).span, { start: 3, end: 8 }, 'a selection that does not match the text is not trusted');
  // The cue selected in the article wins over the occurrence nearest the quote.
  const firstCue = text.indexOf('a dit');
  assert.deepEqual(locateWords(text, 'non merci', 'a dit', null, { start: firstCue, end: firstCue + 5, text: 'a dit' }).cue,
    { start: firstCue, end: firstCue + 5 }, 'the selected cue wins');
  assert.deepEqual(locateWords(text, 'non merci', 'a dit', null, { start: 0, end: 5, text: 'a dit' }).cue,
    locateWords(text, 'non merci', 'a dit').cue, 'a cue selection that does not match the text is not trusted');
  assert.deepEqual(locateWords(text, 'non merci', 'a dit', null, { start: firstCue, end: firstCue + 5, text: 'dit' }).cue,
    locateWords(text, 'non merci', 'a dit').cue, 'nor one whose words were changed since');
  assert.equal(locateWords(text, '   ').error, 'needWords');
  assert.equal(locateWords(text, 'peut-être').error, 'notInArticle');
  assert.equal(locateWords(text, 'ok', 'affirmé').error, 'cueNotInArticle');
  assert.equal(locateWords(text, '.*').error, 'notInArticle');
});
