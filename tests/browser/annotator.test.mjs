// The annotator page with the real core (wasm in a worker): what it shows is
// what the native CLI finds; it stays responsive on 5 MB; it makes no request
// once ready and none to another origin; pasted markup stays text.
import test, { after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { DIXIT, nativeAnnotate, seedGold } from '../support.mjs';
import { annotate, closeBrowser, downloadText, openPage, parseCSV, paste, screenshot, serveSite, shownRefs, slice } from './helpers.mjs';

const servers = [];
after(async () => {
  await closeBrowser();
  for (const s of servers) s.close();
});
async function site(options) {
  const s = await serveSite(options);
  servers.push(s.server);
  return s;
}

test('pasting the seed shows the quotes, speakers and amounts the core finds', async () => {
  const { url } = await site();
  const { page, problems } = await openPage(url, { permissions: ['clipboard-read', 'clipboard-write'] });
  const text = seedGold().text;
  await paste(page, text);
  assert.equal(await page.inputValue('#article'), text, 'the paste arrives unchanged');
  await annotate(page);
  const expected = JSON.parse(nativeAnnotate(text));

  // Highlights: one per quote, amount and speaker of the core's output.
  assert.deepEqual(await shownRefs(page, 'quote'), expected.quotes.map((q) => q.id).sort());
  assert.deepEqual(await shownRefs(page, 'amount'), expected.amounts.map((a) => a.id).sort());
  assert.deepEqual(await shownRefs(page, 'speaker'), expected.speakers.filter((s) => s.mentions.length).map((s) => s.id).sort());
  for (const q of expected.quotes) {
    const shown = await page.$eval(`#highlights mark[data-ref="${q.id}"][data-part="first"]`, (m) => {
      const all = [...document.querySelectorAll(`#highlights mark[data-key="${m.dataset.key}"]`)];
      return all.map((e) => e.textContent).join('');
    });
    assert.equal(shown, slice(text, q), `quote ${q.id} covers its span`);
  }
  assert.equal(await page.$eval('#highlights', (e) => e.textContent), text, 'the text is shown unchanged');

  // The legend counts, the panels and the detected language.
  assert.equal(await page.textContent('#toggle-quote .n'), `(${expected.quotes.length})`);
  assert.equal(await page.textContent('#toggle-amount .n'), `(${expected.amounts.length})`);
  assert.equal(await page.textContent('#toggle-speaker .n'), `(${expected.speakers.length})`);
  const perSpeaker = new Map();
  for (const q of expected.quotes) perSpeaker.set(q.speaker, (perSpeaker.get(q.speaker) || 0) + 1);
  const listed = [...perSpeaker.values()].reduce((sum, n) => sum + Math.min(n, 50), 0);
  assert.equal(await page.locator('#who .quote-link').count(), listed, 'every quote is listed under its speaker');
  assert.equal(await page.locator('#amounts tbody tr').count(), expected.amounts.length);
  assert.equal(await page.getAttribute('#lang-info', 'data-lang'), expected.lang);

  // The JSON export is the API output: the same as the native CLI's.
  const json = await downloadText(page, 'json');
  assert.equal(json.name, 'dixit-article.json');
  assert.deepEqual(JSON.parse(json.text), { ...expected, text }, 'the API output, and the text to open it again');
  const quotes = parseCSV((await downloadText(page, 'quotes')).text.replace(/^\uFEFF/, ''));
  assert.deepEqual(quotes[0], ['speaker', 'kind', 'role', 'type', 'cue', 'text', 'confidence', 'edited', 'checked', 'start', 'end', 'id']);
  assert.deepEqual(quotes.slice(1).map((r) => r[5]), expected.quotes.map((q) => slice(text, q)));
  const amounts = parseCSV((await downloadText(page, 'amounts')).text.replace(/^\uFEFF/, ''));
  assert.equal(amounts.length - 1, expected.amounts.length);

  // Copy to the clipboard.
  await page.selectOption('#export-format', 'json');
  await page.click('#copy');
  await page.waitForFunction(() => document.getElementById('status').textContent.includes('clipboard'));
  assert.deepEqual(JSON.parse(await page.evaluate(() => navigator.clipboard.readText())), { ...expected, text });

  // A manual language override is passed to the core.
  await page.selectOption('#text-lang', 'en');
  await page.waitForFunction(() => document.getElementById('lang-info').dataset.lang === 'en'
    && document.getElementById('highlights').dataset.result === 'ready');
  const english = JSON.parse(nativeAnnotate(text, 'en'));
  assert.deepEqual(await shownRefs(page, 'quote'), english.quotes.map((q) => q.id).sort());

  await screenshot(page, 'page-real-core-seed.png', { fullPage: true });
  assert.deepEqual(problems, []);
  await page.context().close();
});

test('a 5 MB paste keeps the page responsive while the core runs', async () => {
  const { url } = await site();
  const { page, problems } = await openPage(url, { permissions: ['clipboard-read', 'clipboard-write'] });
  const seed = seedGold().text;
  const big = seed.repeat(Math.ceil((5 * 1024 * 1024) / seed.length)).slice(0, 5 * 1024 * 1024);

  // A click handler of our own on a legend toggle, timing from the event's
  // creation, and noting what the page was doing: the core running in the
  // worker ("annotating"), or the page drawing the result ("rendering").
  await page.evaluate(() => {
    window.__latencies = [];
    document.getElementById('toggle-amount').addEventListener('click', (e) => {
      window.__latencies.push({ ms: performance.now() - e.timeStamp, phase: document.body.dataset.phase || 'done' });
    });
  });
  await paste(page, big);   // a large paste is annotated at once
  await page.waitForSelector('body[data-busy="true"]');
  assert.equal(await page.isVisible('#progress'), true, 'progress is shown for input over 1 MB');
  assert.equal(await page.isVisible('#large-note'), true, 'the text area says it shows the beginning only');

  const roundTrips = [];
  const ready = () => page.evaluate(() => document.getElementById('highlights').dataset.result === 'ready');
  while (!(await ready())) {
    // The toggle moves when the result is laid out: aim at where it is now.
    const box = await page.locator('#toggle-amount').boundingBox();
    const t0 = Date.now();
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    const answered = await page
      .waitForFunction((n) => window.__latencies.length >= n, roundTrips.length + 1, { timeout: 5000 })
      .then(() => true, () => false);
    if (!answered) {
      // Only a click that met the page's last layout change may be lost; the page must then be done.
      assert.ok(await ready(), `a click got no answer in 5 s while the page was busy (${roundTrips.join(', ')} ms before)`);
      break;
    }
    roundTrips.push(Date.now() - t0);
    await page.waitForTimeout(50);
  }
  const latencies = await page.evaluate(() => window.__latencies);
  const shown = latencies.map((l) => `${l.phase} ${l.ms.toFixed(0)} ms`).join(', ');
  const annotating = latencies.filter((l) => l.phase === 'annotating');
  assert.ok(annotating.length >= 1, `at least one click landed while the core ran (${shown})`);
  // While the core runs, the page's thread is free: the handler answers at once.
  for (const l of annotating) assert.ok(l.ms < 100, `the click handler ran ${l.ms.toFixed(1)} ms after a click while the core ran (${shown})`);
  // Drawing a 5 MB result takes the page's thread in slices; it never freezes for a second.
  for (const l of latencies) assert.ok(l.ms < 1000, `the click handler ran ${l.ms.toFixed(1)} ms after a click (${shown})`);
  assert.ok(Math.max(...roundTrips) < 1000, `click round trips ${roundTrips.join(', ')} ms`);

  const expected = JSON.parse(execFileSync(DIXIT, ['annotate', '-'], { input: big, encoding: 'utf8', maxBuffer: 1 << 30 }));
  assert.equal(await page.textContent('#toggle-quote .n'), `(${new Intl.NumberFormat('en').format(expected.quotes.length)})`);
  assert.equal(await page.isVisible('#progress'), false, 'the progress bar goes away');
  assert.deepEqual(problems, []);
  await page.context().close();
});

test('from a subpath, no request leaves the origin and none is made once the page is ready', async () => {
  const { url, origin } = await site({ subpath: 'tools/dixit' });
  const browser = await (await import('./helpers.mjs')).sharedBrowser();
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  const requests = [];
  let ready = false;
  const after = [];
  context.on('request', (r) => {
    requests.push(r.url());
    if (ready) after.push(r.url());
  });
  const problems = [];
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
  await page.goto(url);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 30000 });
  ready = true;

  // Use everything: the sample, typing, a file with remote references, exports, the languages.
  await page.click('#sample');
  await page.waitForSelector('#highlights[data-result="ready"]');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dixit-html-'));
  const file = path.join(dir, 'remote.html');
  fs.writeFileSync(file, `<!doctype html><html><head><link rel="stylesheet" href="https://example.com/x.css">
<script src="https://example.com/x.js"></script><style>@import url(https://example.com/y.css);</style></head>
<body><img src="https://example.com/pixel.png"><iframe src="https://example.com/"></iframe><video src="x.mp4"></video>
<p>Le ministre a déclaré : « Nous paierons 3 millions d'euros. »</p><script>alert(1)</script></body></html>`);
  await page.setInputFiles('#file', file);
  await page.waitForFunction(() => document.getElementById('article').value.includes('Nous paierons'));
  await page.waitForSelector('#highlights[data-result="ready"]');
  assert.equal(await page.inputValue('#article'), "Le ministre a déclaré : « Nous paierons 3 millions d'euros. »");
  await page.fill('#article', 'The minister said: "We will pay $3 million."');
  await page.click('#annotate');
  await page.waitForSelector('#highlights[data-result="ready"]');
  await downloadText(page, 'quotes');
  await page.selectOption('#text-lang', 'fr');
  await page.waitForSelector('#highlights[data-result="ready"]');
  await page.selectOption('#ui-lang', 'fr');
  await page.hover('#highlights mark.hl >> nth=0').catch(() => {});
  await page.waitForTimeout(300);

  const own = new URL(origin).origin;
  const foreign = requests.filter((u) => !u.startsWith(own + '/') && !u.startsWith('blob:') && !u.startsWith('data:'));
  assert.deepEqual(foreign, [], 'no request to another origin');
  assert.deepEqual(after.filter((u) => !u.startsWith('blob:')), [], 'no request after the page is ready');
  assert.ok(requests.some((u) => u.endsWith('/tools/dixit/dixit.wasm')), 'the module loads from the subpath');
  assert.deepEqual(problems, []);
  await context.close();
});

test('an XSS payload pasted as text or as HTML stays text: no dialog, no error, no new element', async () => {
  const { url } = await site();
  const { page, problems } = await openPage(url, { permissions: ['clipboard-read', 'clipboard-write'] });
  const census = () => page.evaluate(() => {
    const count = {};
    for (const el of document.querySelectorAll('*')) {
      if (el.closest('#highlights, #who, #amounts, #sources, #card')) continue;
      count[el.tagName] = (count[el.tagName] || 0) + 1;
    }
    return count;
  });
  const before = await census();
  const payload = `Le ministre a déclaré : "<img src=x onerror=alert(1)>" et <script>alert(2)</script>
<svg onload=alert(3)><iframe src="javascript:alert(4)"></iframe> "{{constructor.constructor('alert(5)')()}}"
a ajouté "</mark><b onmouseover=alert(6)>x</b>" pour 3 millions d'euros <style>*{display:none}</style> ' " \` &amp; &lt;`;
  await paste(page, payload);
  await annotate(page);
  assert.equal(await page.$eval('#highlights', (e) => e.textContent), payload);
  const inside = await page.$$eval('#highlights *', (els) => [...new Set(els.map((e) => e.tagName))].sort());
  for (const tag of inside) assert.ok(['DIV', 'MARK'].includes(tag), `only blocks and marks in the article (found ${tag})`);
  const attributes = await page.$$eval('#highlights *, #who *, #amounts *, #sources *, #card *', (els) =>
    els.flatMap((e) => [...e.attributes].map((a) => a.name)).filter((n) => n.startsWith('on') || n === 'style' || n === 'src' || n === 'href'));
  assert.deepEqual(attributes, []);
  for (const m of await page.$$('#highlights mark[data-part="first"]')) await m.hover();

  // HTML-only clipboard content is reduced to its text, never rendered.
  await page.fill('#article', '');
  await page.evaluate(() => {
    const data = new DataTransfer();
    data.setData('text/html', '<p>Il a dit : « Bonjour »</p><img src=x onerror=alert(7)><script>alert(8)</script>');
    document.getElementById('article').dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  });
  assert.equal(await page.inputValue('#article'), 'Il a dit : « Bonjour »');
  await annotate(page);
  await page.waitForTimeout(200);
  assert.deepEqual(await census(), before, 'no element appeared outside the rendered views');
  assert.deepEqual(problems, []);
  await page.context().close();
});

test('the page runs under its strict Content-Security-Policy, with nothing inline that it would forbid', async () => {
  const { url } = await site();
  // The policy itself: the page's only one, in its <meta>.
  const html = await (await fetch(url)).text();
  const meta = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)">/);
  assert.ok(meta, 'the page declares its policy');
  const directives = Object.fromEntries(meta[1].split(';').map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k, v]));
  assert.deepEqual(directives['default-src'], ["'self'"]);
  assert.deepEqual(directives['script-src'], ["'self'", "'wasm-unsafe-eval'"]);
  assert.deepEqual(directives['style-src'], ["'self'"]);
  assert.ok(!meta[1].includes('unsafe-inline') && !meta[1].includes("'unsafe-eval'"), meta[1]);
  // Nothing inline in the markup: no script without src, no style element or attribute, no handler.
  assert.doesNotMatch(html, /<script(?![^>]*\bsrc=)[^>]*>/i, 'no inline script');
  assert.doesNotMatch(html, /<style[\s>]|\sstyle=|\son[a-z]+=/i, 'no inline style or event handler');

  // And nothing the page does at run time breaks it: load, paste, annotate, cards, panels.
  const { page, problems } = await openPage(url, { permissions: ['clipboard-read', 'clipboard-write'] });
  await page.evaluate(() => {
    window.violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.violations.push(`${e.violatedDirective}: ${e.blockedURI}`));
  });
  await paste(page, seedGold().text);
  await annotate(page);
  for (const m of (await page.$$('#highlights mark[data-part="first"]')).slice(0, 12)) await m.hover();
  await page.click('#who .quote-link');
  // (Positions set through the CSSOM, element.style.left, are allowed: the
  // policy forbids parsing inline style, which any violation would show here.)
  assert.deepEqual(await page.evaluate(() => window.violations), []);
  assert.deepEqual(problems, []);
  await page.context().close();
});
