// The annotator page's views, on a stand-in core that answers the gold
// annotation of the seed (every kind, nesting, roles, conversions), whatever
// the real core finds today: toggles, hover and focus cards, keyboard
// navigation, panels, CSV exports, the French interface, contrast, and the
// screenshots of the main states.
import test, { after, before } from 'node:test';
import assert from 'node:assert/strict';
import { seedGold } from '../support.mjs';
import { closeBrowser, downloadText, goldResult, openPage, parseCSV, screenshot, serveSite, shownRefs, slice } from './helpers.mjs';

const TEXT = seedGold().text;
const GOLD = goldResult();
let served;
before(async () => { served = await serveSite({ gold: true }); });
after(async () => {
  await closeBrowser();
  served.server.close();
});

async function seeded(options = {}) {
  const opened = await openPage(served.url, options);
  await opened.page.click('#sample');
  await opened.page.waitForSelector('#highlights[data-result="ready"]');
  return opened;
}
const first = (kind, ref) => `#highlights mark[data-kind="${kind}"][data-ref="${ref}"][data-part="first"]`;
// Moves the pointer onto the start of a highlight's first line.
async function hoverMark(page, selector) {
  const { x, y } = await page.$eval(selector, (m) => {
    m.scrollIntoView({ block: 'center' });
    const r = m.getClientRects()[0];
    return { x: r.left + Math.min(12, r.width / 2), y: r.top + r.height / 2 };
  });
  await page.mouse.move(x, y);
}
const cardRows = (page) => page.$$eval('#card dt', (dts) => Object.fromEntries(dts.map((dt) => [dt.textContent, dt.nextElementSibling.textContent])));

test('the sample article shows every highlight, nested inside one another', async () => {
  const { page, problems } = await seeded();
  assert.equal(await page.inputValue('#article'), TEXT, 'the sample is the seed article');
  assert.deepEqual(await shownRefs(page, 'quote'), GOLD.quotes.map((q) => q.id).sort());
  assert.deepEqual(await shownRefs(page, 'amount'), GOLD.amounts.map((a) => a.id).sort());
  assert.deepEqual(await shownRefs(page, 'speaker'), GOLD.speakers.map((s) => s.id).sort());
  assert.equal(await page.$eval('#highlights', (e) => e.textContent), TEXT);
  // The amounts of q8 ("… 200 millions de dollars (175 millions d’euros)") sit inside its mark.
  const nested = await page.$$eval(`${first('quote', 'q8')} mark[data-kind="amount"]`, (els) => els.map((e) => e.dataset.ref));
  assert.deepEqual(nested, ['m1', 'm2']);
  for (const a of GOLD.amounts) assert.equal(await page.textContent(first('amount', a.id)), slice(TEXT, a));
  assert.deepEqual(problems, []);
  await page.context().close();
});

test('each legend toggle hides and shows its kind, and takes it out of keyboard navigation', async () => {
  const { page, problems } = await seeded();
  const style = (sel) => page.$eval(sel, (e) => {
    const s = getComputedStyle(e);
    return { bg: s.backgroundColor, line: s.textDecorationLine, border: s.borderTopColor };
  });
  const quote = first('quote', 'q4');
  const speaker = first('speaker', 's6');
  const amount = first('amount', 'm3');
  const shownStyles = { quote: await style(quote), speaker: await style(speaker), amount: await style(amount) };
  assert.notEqual(shownStyles.quote.bg, 'rgba(0, 0, 0, 0)', 'quotes have a background');
  assert.equal(shownStyles.speaker.line, 'underline', 'speakers are underlined');
  assert.notEqual(shownStyles.amount.border, 'rgba(0, 0, 0, 0)', 'amounts have a border');

  for (const [kind, sel] of [['quote', quote], ['speaker', speaker], ['amount', amount]]) {
    await page.click(`#toggle-${kind}`);
    assert.equal(await page.getAttribute(`#toggle-${kind}`, 'aria-pressed'), 'false');
    const hidden = await style(sel);
    if (kind === 'quote') assert.equal(hidden.bg, 'rgba(0, 0, 0, 0)');
    if (kind === 'speaker') assert.equal(hidden.line, 'none');
    if (kind === 'amount') assert.equal(hidden.border, 'rgba(0, 0, 0, 0)');
    // The other kinds keep their style.
    for (const other of ['quote', 'speaker', 'amount'].filter((k) => k !== kind)) {
      if (other === 'quote' && kind !== 'quote') assert.equal((await style(quote)).bg, shownStyles.quote.bg);
    }
    // Keyboard navigation skips the hidden kind.
    await page.click('#highlights', { position: { x: 2, y: 2 } });
    const kinds = new Set();
    await page.keyboard.press('Home');
    for (let i = 0; i < 40; i++) {
      kinds.add(await page.evaluate(() => document.activeElement.dataset.kind));
      await page.keyboard.press('j');
    }
    assert.ok(!kinds.has(kind), `navigation skips hidden ${kind}s`);
    await page.click(`#toggle-${kind}`);
    assert.equal(await page.getAttribute(`#toggle-${kind}`, 'aria-pressed'), 'true');
    assert.deepEqual(await style(sel), shownStyles[kind]);
  }
  assert.deepEqual(problems, []);
  await page.context().close();
});

test('hover cards: a quote, an amount, a speaker', async () => {
  const { page, problems } = await seeded({ locale: 'fr-FR' });
  // The interface follows navigator.language: French here.
  assert.equal(await page.getAttribute('html', 'lang'), 'fr');

  // q6: Ryabkov's direct quote. Hover where no nested highlight is.
  const q6 = GOLD.quotes.find((q) => q.id === 'q6');
  await hoverMark(page, first('quote', 'q6'));
  await page.waitForSelector('#card:not([hidden])[data-ref="q6"]');
  let rows = await cardRows(page);
  assert.equal(rows['Locuteur'], 'Sergueï Ryabkov');
  assert.equal(rows['Fonction'], 'vice-ministre des Affaires étrangères');
  assert.equal(rows['Verbe introducteur'], slice(TEXT, q6.cue));
  assert.equal(rows['Type'], 'directe');
  assert.equal(rows['Confiance'], new Intl.NumberFormat('fr', { style: 'percent' }).format(q6.confidence));
  await screenshot(page, 'page-card-quote.png');

  // m2: 175 millions d’euros, which restates m1.
  await hoverMark(page, first('amount', 'm2'));
  await page.waitForSelector('#card:not([hidden])[data-ref="m2"]');
  rows = await cardRows(page);
  const fr = (v, c) => new Intl.NumberFormat('fr', { style: 'currency', currency: c, minimumFractionDigits: 0, maximumFractionDigits: 2 }).format(v);
  assert.equal(rows['Valeur'], fr('175000000', 'EUR'));
  assert.match(rows['Devise'], /^EUR · euro/);
  assert.equal(rows['Équivaut à'], `200 millions de dollars (${fr('200000000', 'USD')})`);
  await screenshot(page, 'page-card-amount.png');

  // s1 (Moscou): both of its quotes.
  await hoverMark(page, first('speaker', 's1'));
  await page.waitForSelector('#card:not([hidden])[data-ref="s1"]');
  rows = await cardRows(page);
  assert.equal(rows['Nature'], 'lieu');
  const items = await page.$$eval('#card .card-quotes li', (lis) => lis.map((li) => li.textContent));
  assert.equal(items.length, GOLD.quotes.filter((q) => q.speaker === 's1').length);
  assert.ok(items[1].includes("l'Alliance à cesser d'accorder"), items[1]);

  // Moving away hides it; the description link follows the card.
  assert.equal(await page.getAttribute(first('speaker', 's1'), 'aria-describedby'), 'card');
  await page.mouse.move(5, 5);
  await page.waitForSelector('#card', { state: 'hidden' });
  assert.equal(await page.getAttribute(first('speaker', 's1'), 'aria-describedby'), null);
  assert.deepEqual(problems, []);
  await page.context().close();
});

test('keyboard: Tab reaches the article, j/k and arrows move from highlight to highlight, Enter and Escape', async () => {
  const { page, problems } = await seeded();
  const order = await page.$$eval('#highlights mark[data-part="first"]', (els) => els.map((e) => e.dataset.key));
  // Tab from the legend's last toggle lands on the article's one tab stop.
  await page.focus('#toggle-amount');
  await page.keyboard.press('Tab');
  const active = () => page.evaluate(() => ({ key: document.activeElement.dataset.key, tag: document.activeElement.tagName, tabIndex: document.activeElement.tabIndex }));
  assert.deepEqual(await active(), { key: order[0], tag: 'MARK', tabIndex: 0 });
  assert.equal(await page.isVisible('#card'), true, 'focus shows the card');
  const visited = [(await active()).key];
  for (let i = 1; i < order.length; i++) {
    await page.keyboard.press(i % 2 ? 'j' : 'ArrowRight');
    visited.push((await active()).key);
  }
  assert.deepEqual(visited, order, 'every highlight, in document order');
  await page.keyboard.press('j');
  assert.equal((await active()).key, order[order.length - 1], 'stops at the last one');
  await page.keyboard.press('k');
  assert.equal((await active()).key, order[order.length - 2]);
  await page.keyboard.press('ArrowLeft');
  assert.equal((await active()).key, order[order.length - 3]);
  await page.keyboard.press('Home');
  assert.equal((await active()).key, order[0]);
  await page.keyboard.press('End');
  assert.equal((await active()).key, order[order.length - 1]);
  // The focus ring is visible.
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
  assert.equal(outline, 'solid');
  await page.keyboard.press('Escape');
  assert.equal(await page.isVisible('#card'), false, 'Escape hides the card');
  await page.keyboard.press('Enter');
  assert.equal(await page.isVisible('#card'), true, 'Enter shows it again');
  // Only one highlight is a tab stop; Tab leaves the article.
  assert.equal(await page.$$eval('#highlights [tabindex="0"]', (els) => els.length), 1);
  await page.keyboard.press('Tab');
  assert.notEqual((await active()).tag, 'MARK');
  await screenshot(page, 'page-keyboard-focus.png');
  assert.deepEqual(problems, []);
  await page.context().close();
});

test('panels: who said what lists each speaker with their quotes; a click focuses the quote; the amounts table', async () => {
  const { page, problems } = await seeded();
  const speakers = await page.$$eval('#who li.speaker', (lis) => lis.map((li) => ({
    ref: li.dataset.ref,
    quotes: [...li.querySelectorAll('.quote-link')].map((b) => b.dataset.ref),
  })));
  assert.equal(speakers.length, GOLD.speakers.length);
  for (const s of GOLD.speakers) {
    const listed = speakers.find((x) => x.ref === s.id);
    assert.deepEqual(listed.quotes, GOLD.quotes.filter((q) => q.speaker === s.id).map((q) => q.id), s.name);
  }
  await page.click('#who .quote-link[data-ref="q10"]');
  await page.waitForFunction(() => document.activeElement && document.activeElement.dataset.ref === 'q10');
  await page.waitForSelector('#card:not([hidden])[data-ref="q10"]');
  assert.ok(await page.$eval(first('quote', 'q10'), (m) => {
    const r = m.getBoundingClientRect();
    return r.top >= 0 && r.top < innerHeight;
  }), 'the quote is scrolled into view');

  const rows = await page.$$eval('#amounts tbody tr', (trs) => trs.map((tr) => [...tr.children].slice(0, 4).map((c) => c.textContent)));
  assert.equal(rows.length, GOLD.amounts.length);
  const en = (v, c) => new Intl.NumberFormat('en', { style: 'currency', currency: c, minimumFractionDigits: 0, maximumFractionDigits: 2 }).format(v);
  assert.deepEqual(rows[0], ['200 millions de dollars', en('200000000', 'USD'), 'USD', `175 millions d’euros (${en('175000000', 'EUR')})`]);
  assert.deepEqual(rows[3], ['52 millions d’euros', en('52000000', 'EUR'), 'EUR', `60 millions de dollars (${en('60000000', 'USD')})`]);
  await page.click('#amounts .amount-link[data-ref="m3"]');
  await page.waitForFunction(() => document.activeElement && document.activeElement.dataset.ref === 'm3');
  await page.evaluate(() => document.querySelector('.panels').scrollTo(0, 0));
  await screenshot(page, 'page-panels.png');
  assert.deepEqual(problems, []);
  await page.context().close();
});

test('CSV exports: quotes (speaker, kind, role, type, cue, text, confidence, edited, checked) and amounts', async () => {
  const { page, problems } = await seeded();
  const quotes = await downloadText(page, 'quotes');
  assert.equal(quotes.name, 'dixit-seed-fr-001-quotes.csv');
  assert.ok(quotes.text.startsWith('\uFEFF'), 'a byte order mark for spreadsheets');
  const q = parseCSV(quotes.text.slice(1));
  assert.deepEqual(q[0], ['speaker', 'kind', 'role', 'type', 'cue', 'text', 'confidence', 'edited', 'checked', 'start', 'end', 'id']);
  assert.equal(q.length, GOLD.quotes.length + 1);
  const names = new Map(GOLD.speakers.map((s) => [s.id, s]));
  GOLD.quotes.forEach((g, i) => {
    const s = names.get(g.speaker);
    assert.deepEqual(q[i + 1], [s.name, s.kind, s.role ?? '', g.type, slice(TEXT, g.cue), slice(TEXT, g), String(g.confidence), 'false', 'false',
      String(g.start), String(g.end), g.id]);
  });
  // Quote marks inside a field are doubled.
  assert.ok(quotes.text.includes('"""Incapacité à défendre raisonnablement son point de vue"""'));

  const amounts = parseCSV((await downloadText(page, 'amounts')).text.slice(1));
  assert.deepEqual(amounts[0], ['text', 'value', 'currency', 'min', 'max', 'approx', 'equivalent_of', 'edited', 'checked', 'start', 'end', 'id']);
  assert.deepEqual(amounts.slice(1).map((r) => r.slice(0, 7)), GOLD.amounts.map((a) => [a.text, a.value, a.currency, '', '', 'false',
    a.equivalent_of ? GOLD.amounts.find((b) => b.id === a.equivalent_of).text : '']));

  const json = await downloadText(page, 'json');
  assert.deepEqual(JSON.parse(json.text), { ...GOLD, lang: 'fr', text: TEXT }, 'the schema, and the text to open it again');
  assert.deepEqual(problems, []);
  await page.context().close();
});

test('the interface switches between English and French', async () => {
  const { page, problems } = await seeded({ locale: 'en-GB' });
  assert.equal(await page.textContent('#who-h'), 'Who said what');
  await page.selectOption('#ui-lang', 'fr');
  assert.equal(await page.getAttribute('html', 'lang'), 'fr');
  assert.equal(await page.textContent('#who-h'), 'Qui a dit quoi');
  assert.equal(await page.textContent('#annotate'), 'Annoter');
  assert.equal(await page.textContent('#lang-info'), 'Langue : français (détectée)');
  assert.match(await page.textContent('#status'), /11 citations · 10 locuteurs · 4 montants/);
  assert.equal(await page.getAttribute('#article', 'placeholder'), 'Collez ou tapez un article ici, ou déposez un fichier .txt ou .html');
  await page.reload();
  await page.waitForSelector('body[data-ready="true"]');
  assert.equal(await page.inputValue('#ui-lang'), 'fr', 'the choice is remembered');
  assert.deepEqual(problems, []);
  await page.context().close();
});

test('WCAG AA contrast in light and dark; reduced motion is honoured', async () => {
  for (const colorScheme of ['light', 'dark']) {
    const { page, problems } = await seeded({ colorScheme });
    await hoverMark(page, first('quote', 'q6'));
    await page.waitForSelector('#card:not([hidden])');
    const report = await page.evaluate(() => {
      const rgb = (s) => (s.match(/[\d.]+/g) || []).map(Number);
      const lum = ([r, g, b]) => {
        const f = (c) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
        return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
      };
      const ratio = (a, b) => { const [x, y] = [lum(a), lum(b)].sort((m, n) => n - m); return (x + 0.05) / (y + 0.05); };
      const background = (el) => {
        for (; el; el = el.parentElement) {
          const c = rgb(getComputedStyle(el).backgroundColor);
          if (c.length === 3 || c[3] > 0) return c.slice(0, 3);
        }
        return [255, 255, 255];
      };
      const out = [];
      const texts = ['h1', '.tagline', '.field-label', '#status', '#lang-info', '.help', '#annotate', '#sample', '.toggle', '#legend-label',
        'mark.hl-quote', 'mark.hl-speaker', 'mark.hl-amount', '#card dt', '#card dd', '.speaker-meta', '.quote-link', '.qtype', '#amounts th', '#amounts td', 'textarea'];
      for (const sel of texts) {
        const el = document.querySelector(sel);
        if (!el) { out.push({ sel, missing: true }); continue; }
        out.push({ sel, ratio: ratio(rgb(getComputedStyle(el).color), background(el)), min: 4.5 });
      }
      // The kinds' lines and borders against the page: 3:1 for graphics.
      const page = background(document.body);
      const q = getComputedStyle(document.querySelector('mark.hl-quote'));
      out.push({ sel: 'quote line', ratio: ratio(rgb(q.boxShadow.match(/rgba?\([^)]*\)/)[0]), page), min: 3 });
      out.push({ sel: 'speaker underline', ratio: ratio(rgb(getComputedStyle(document.querySelector('mark.hl-speaker')).textDecorationColor), page), min: 3 });
      out.push({ sel: 'amount border', ratio: ratio(rgb(getComputedStyle(document.querySelector('mark.hl-amount')).borderTopColor), page), min: 3 });
      return out;
    });
    for (const r of report) {
      assert.ok(!r.missing, `${r.sel} is on the page`);
      assert.ok(r.ratio >= r.min, `${colorScheme}: ${r.sel} contrast ${r.ratio.toFixed(2)} < ${r.min}`);
    }
    const animation = await page.$eval('#card', (c) => getComputedStyle(c).animationName);
    assert.equal(animation, 'none', 'no animation under prefers-reduced-motion');
    await page.mouse.move(5, 5);
    await page.waitForSelector('#card', { state: 'hidden' });
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, `page-${colorScheme}.png`, { fullPage: true });
    assert.deepEqual(problems, []);
    await page.context().close();
  }
});

test('a dropped .html file is reduced to its text', async () => {
  const { page, problems } = await openPage(served.url);
  const html = `<!doctype html><html><head><title>Titre</title><style>p{color:red}</style></head><body>
<nav>Menu</nav><article><h1>Un titre</h1><p>Le ministre a <b>dit</b> : « Bonjour ».</p><p>Fin<br>ligne</p></article>
<img src="x" onerror="alert(1)"><script>alert(2)</script></body></html>`;
  const dataTransfer = await page.evaluateHandle((content) => {
    const dt = new DataTransfer();
    dt.items.add(new File([content], 'article.html', { type: 'text/html' }));
    return dt;
  }, html);
  await page.dispatchEvent('#article', 'dragenter', { dataTransfer });
  assert.equal(await page.$eval('#input', (e) => e.classList.contains('dragging')), true, 'the drop zone is shown');
  await page.dispatchEvent('#article', 'drop', { dataTransfer });
  await page.waitForSelector('#highlights[data-result="ready"]');
  assert.equal(await page.inputValue('#article'), 'Menu\n\nUn titre\n\nLe ministre a dit : « Bonjour ».\n\nFin\nligne');
  assert.equal(await page.$$eval('img, script:not([src])', (els) => els.length), 0);
  assert.deepEqual(problems, []);
  await page.context().close();
});
