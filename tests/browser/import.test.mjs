// A JSON file opened or dropped into the page is hostile input (issue 20,
// part 4): an XSS corpus stays text, absurd offsets and broken files are
// refused before anything is drawn, and a 50 MB file neither freezes the page
// nor logs an error.
import test, { after, before } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { seedGold } from '../support.mjs';
import { closeBrowser, goldResult, openPage, reachMark, serveSite } from './helpers.mjs';

const TEXT = seedGold().text;
const GOLD = goldResult();
let served;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'dixit-import-'));
before(async () => { served = await serveSite({ gold: true }); });
after(async () => {
  await closeBrowser();
  served.server.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

const XSS = ['<img src=x onerror=alert(1)>', '<script>alert(2)</script>', '"><svg onload=alert(3)>', 'javascript:alert(4)',
  '{{constructor.constructor(\'alert(5)\')()}}', '</mark><b onmouseover=alert(6)>x</b>', '<iframe src="javascript:alert(7)">', '&lt;&amp;\u202e\u0000'];

function file(name, body) {
  const p = path.join(tmp, name);
  fs.writeFileSync(p, body);
  return p;
}
// What the page is made of outside the parts that draw a result.
const census = (page) => page.evaluate(() => {
  const count = {};
  for (const el of document.querySelectorAll('*')) {
    if (el.closest('#highlights, #who, #amounts, #sources, #card, #editor')) continue;
    count[el.tagName] = (count[el.tagName] || 0) + 1;
  }
  return count;
});

test('an XSS corpus in every string of an imported file stays text', async () => {
  const { page, context, problems } = await openPage(served.url);
  const before = await census(page);
  const text = `${XSS.join(' a déclaré : « ')} ${TEXT}`;
  const shift = text.length - TEXT.length;
  const moved = (s) => (s ? { start: s.start + shift, end: s.end + shift } : null);
  const doc = structuredClone(GOLD);
  doc.text = text;
  doc.version = XSS[0].slice(0, 30);
  doc.speakers.forEach((s, i) => { s.name = XSS[i % XSS.length]; s.role = XSS[(i + 1) % XSS.length]; s.mentions = s.mentions.map(moved); });
  doc.quotes = doc.quotes.map((q) => ({ ...q, ...moved(q), cue: moved(q.cue) }));
  doc.amounts = doc.amounts.map((a, i) => ({ ...a, ...moved(a), text: XSS[i % XSS.length] }));
  await page.setInputFiles('#file', file('xss.json', JSON.stringify(doc)));
  await page.waitForFunction(() => /Opened xss\.json/.test(document.getElementById('status').textContent));
  assert.equal(await page.$eval('#highlights', (e) => e.textContent), text);
  const inside = await page.$$eval('#highlights *', (els) => [...new Set(els.map((e) => e.tagName))].sort());
  assert.deepEqual(inside.filter((t) => !['DIV', 'MARK'].includes(t)), []);
  const names = await page.$$eval('#who .speaker-name', (els) => els.map((e) => e.textContent));
  for (const x of XSS.slice(0, 7)) assert.ok(names.includes(x), `shown as text: ${x}`);
  const attributes = await page.$$eval('#highlights *, #who *, #amounts *, #sources *', (els) =>
    els.flatMap((e) => [...e.attributes].map((a) => a.name)).filter((n) => n.startsWith('on') || n === 'style' || n === 'src' || n === 'href'));
  assert.deepEqual(attributes, []);
  for (const m of (await page.$$('#highlights mark[data-part="first"]')).slice(0, 20)) await m.hover();
  await reachMark(page, 'speaker', 's4');
  await page.keyboard.press('e');
  await page.waitForSelector('#editor[open]');
  assert.ok((await page.$$eval('#editor *', (els) => els.map((e) => e.tagName))).every((t) => !['IMG', 'SCRIPT', 'SVG', 'IFRAME', 'B'].includes(t)));
  await page.keyboard.press('Escape');
  assert.deepEqual(await census(page), before, 'no new element outside the result');
  assert.deepEqual(problems, [], 'no dialog, no error');
  await context.close();
});

test('absurd offsets and broken files are refused before anything is drawn', async () => {
  const { page, context, problems } = await openPage(server());
  await page.focus('#sample');
  await page.keyboard.press('Enter');
  await page.waitForSelector('#highlights[data-result="ready"]');
  const shown = await page.$eval('#highlights', (e) => e.innerHTML);
  const astral = `😀${TEXT}`;
  const cases = {
    'beyond.json': { ...GOLD, text: TEXT, quotes: [{ ...GOLD.quotes[0], end: TEXT.length + 1 }] },
    'negative.json': { ...GOLD, text: TEXT, amounts: [{ ...GOLD.amounts[0], start: -5 }] },
    'huge.json': { ...GOLD, text: TEXT, quotes: [{ ...GOLD.quotes[0], start: 0, end: 1e300 }] },
    'fraction.json': { ...GOLD, text: TEXT, quotes: [{ ...GOLD.quotes[0], start: 0.5 }] },
    'surrogate.json': { ...GOLD, text: astral, speakers: [], quotes: [{ ...GOLD.quotes[0], speaker: null, cue: null, start: 1, end: 10 }], amounts: [] },
    'reference.json': { ...GOLD, text: TEXT, quotes: [{ ...GOLD.quotes[0], speaker: 'nobody' }] },
    'not-json.json': '{"version": "1", "lang": "fr", "text": "abc", "speakers": [',
    'array.json': '[]',
    'deep.json': `${'['.repeat(200000)}${']'.repeat(200000)}`,
  };
  for (const [name, body] of Object.entries(cases)) {
    await page.setInputFiles('#file', file(name, typeof body === 'string' ? body : JSON.stringify(body)));
    await page.waitForFunction((n) => document.getElementById('status').textContent.startsWith(`${n} was not opened`), name);
    assert.equal(await page.$eval('#highlights', (e) => e.innerHTML), shown, `${name}: the article shown is untouched`);
  }
  assert.match(await page.textContent('#status'), /not a dixit result/);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a 50 MB file is refused at once; the page stays responsive', async () => {
  const { page, context, problems } = await openPage(server());
  const big = path.join(tmp, 'big.json');
  const fd = fs.openSync(big, 'w');
  const chunk = Buffer.from(`{"id":"q","start":0,"end":1,"type":"direct"},`.repeat(20000));
  fs.writeSync(fd, '{"version":"1","lang":"fr","text":"a","speakers":[],"amounts":[],"quotes":[');
  while (fs.fstatSync(fd).size < 50 * 1024 * 1024) fs.writeSync(fd, chunk);
  fs.writeSync(fd, '{}]}');
  fs.closeSync(fd);
  await page.setInputFiles('#file', big);
  await page.waitForFunction(() => /big\.json was not opened: .* is over the .* limit/.test(document.getElementById('status').textContent));
  // The page still answers: typing reaches the text area.
  await page.focus('#article');
  await page.keyboard.type('Il a dit « oui ».');
  assert.equal(await page.inputValue('#article'), 'Il a dit « oui ».');
  await page.focus('#clear');
  await page.keyboard.press('Enter');
  // Just under the cap, and invalid: read, refused, no freeze either.
  const near = file('near.json', `{"version":"1","lang":"fr","text":"${'a'.repeat(30 * 1024 * 1024)}","speakers":[],"quotes":[],"amounts":[{}]}`);
  await page.setInputFiles('#file', near);
  await page.waitForFunction(() => /near\.json was not opened: .*text: not a string/.test(document.getElementById('status').textContent), null, { timeout: 60000 });
  assert.deepEqual(problems, []);
  await context.close();
});

function server() {
  return served.url;
}
