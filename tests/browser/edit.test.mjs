// Correcting, confirming and exporting who-said-what in the page (issue 19),
// on the stand-in core that answers the gold annotation of the seed: every
// action from the keyboard (the pointer is never used), announced in the
// status line; undo and redo; the edits kept across a reload; a merge; a
// missed quote added; CSV parsed; JSON exported and dropped back in.
import test, { after, before } from 'node:test';
import assert from 'node:assert/strict';
import { nativeAnnotate, seedGold } from '../support.mjs';
import { closeBrowser, downloadText, goldResult, openPage, parseCSV, paste, reachMark, screenshot, serveSite, shownRefs } from './helpers.mjs';

const TEXT = seedGold().text;
const GOLD = goldResult();
const MISSED = 'Les réunions à Genève et à Bruxelles ont tenté d’apporter une solution à la crise ukrainienne';
let served;
before(async () => { served = await serveSite({ gold: true }); });
after(async () => {
  await closeBrowser();
  served.server.close();
});

const first = (kind, ref) => `#highlights mark[data-kind="${kind}"][data-ref="${ref}"][data-part="first"]`;
const status = (page) => page.textContent('#status');
const focused = (page) => page.evaluate(() => {
  const el = document.activeElement;
  return el ? { tag: el.tagName, ref: el.dataset.ref ?? null, kind: el.dataset.kind ?? null, action: el.dataset.action ?? null, id: el.id, inDialog: !!el.closest('dialog') } : null;
});
// The speaker each quote is listed under in "Who said what".
const listed = (page) => page.$$eval('#who li.speaker', (lis) => Object.fromEntries(lis.flatMap((li) =>
  [...li.querySelectorAll('.quote-link')].map((b) => [b.dataset.ref, li.dataset.ref]))));
async function annotateByKeyboard(page) {
  await paste(page, TEXT);
  await page.keyboard.press('Control+Enter');
  await page.waitForSelector('#highlights[data-result="ready"]');
}
// Keys to a control, as Tab would bring them there, then a key.
async function press(page, selector, key = 'Enter') {
  await page.focus(selector);
  await page.keyboard.press(key);
}
async function waitSaved(page, n) {
  await page.waitForFunction((count) => document.getElementById('edit-count').textContent.startsWith(String(count)), n);
}

test('from paste to corrected CSV with the keyboard alone: edit, undo, redo, confirm, merge, add, export', async () => {
  const { page, context, problems } = await openPage(served.url, { permissions: ['clipboard-read', 'clipboard-write'] });
  await annotateByKeyboard(page);
  assert.equal((await listed(page)).q2, 's2');

  // e on a highlight opens its dialog; the focus is inside; Esc leaves it.
  await reachMark(page, 'quote', 'q2');
  await page.keyboard.press('e');
  await page.waitForSelector('#editor[open]');
  assert.equal((await focused(page)).inDialog, true, 'the focus moves into the dialog');
  assert.equal(await page.getAttribute('#editor', 'aria-labelledby'), 'editor-title');
  assert.equal(await page.textContent('#editor-subtitle'), await page.$eval('#who .quote-link[data-ref="q2"]', (b) => b.textContent.replace(/^\S+ /, '')), 'the dialog is described by the quote');
  assert.equal(await page.getAttribute('#editor', 'aria-describedby'), 'editor-subtitle');
  // Tab and Shift+Tab stay inside the modal dialog.
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press(i % 4 === 3 ? 'Shift+Tab' : 'Tab');
    const f = await focused(page);
    assert.ok(f.inDialog, `Tab ${i + 1} stays in the dialog (${f.tag}#${f.id})`);
  }
  await page.keyboard.press('Escape');
  await page.waitForSelector('#editor:not([open])', { state: 'attached' });
  assert.deepEqual(await focused(page), { tag: 'MARK', ref: 'q2', kind: 'quote', action: null, id: '', inDialog: false }, 'Esc returns to the highlight');
  assert.equal((await listed(page)).q2, 's2', 'Esc changes nothing');
  // Saved as it opened: no edit is kept.
  await page.keyboard.press('e');
  await page.waitForSelector('#editor[open]');
  await press(page, '#editor button[type="submit"]');
  await page.waitForSelector('#editor:not([open])', { state: 'attached' });
  assert.match(await status(page), /Nothing changed/);
  assert.equal(await page.isDisabled('#undo'), true, 'nothing to undo');
  assert.equal((await focused(page)).ref, 'q2');

  // Give q2 another speaker: the picker is the dialog's first control.
  await page.keyboard.press('e');
  await page.waitForSelector('#editor[open]');
  await page.keyboard.type('Anatoli');
  assert.equal(await page.$eval('#editor select[name="speaker"]', (s) => s.value), 's4');
  await press(page, '#editor button[type="submit"]');
  await page.waitForSelector('#editor:not([open])', { state: 'attached' });
  await page.waitForFunction(() => document.querySelector('#who li.speaker[data-ref="s4"] .quote-link[data-ref="q2"]'));
  assert.match(await status(page), /Quote changed/);
  assert.equal((await focused(page)).ref, 'q2', 'the focus comes back to the highlight');
  assert.ok(await page.$eval(first('quote', 'q2'), (m) => m.classList.contains('edited')));
  await waitSaved(page, 1);

  // Undo and redo from the keyboard.
  await page.keyboard.press('Control+z');
  await page.waitForFunction(() => document.querySelector('#who li.speaker[data-ref="s2"] .quote-link[data-ref="q2"]'));
  assert.match(await status(page), /undone/);
  await page.keyboard.press('Control+Shift+Z');
  await page.waitForFunction(() => document.querySelector('#who li.speaker[data-ref="s4"] .quote-link[data-ref="q2"]'));
  assert.match(await status(page), /redone/);
  // The buttons too.
  await press(page, '#undo');
  await page.waitForFunction(() => document.querySelector('#who li.speaker[data-ref="s2"] .quote-link[data-ref="q2"]'));
  assert.equal((await focused(page)).id, 'redo', 'Undo is disabled now: the focus is on Redo beside it');
  await press(page, '#redo');
  await page.waitForFunction(() => document.querySelector('#who li.speaker[data-ref="s4"] .quote-link[data-ref="q2"]'));

  // c confirms a highlight; the row's Confirm button says so.
  await reachMark(page, 'quote', 'q2');
  await page.keyboard.press('c');
  await page.waitForSelector(`${first('quote', 'q2')}.checked`);
  // The card, which describes the focused highlight to screen readers, says so.
  await page.waitForFunction(() => document.activeElement && document.activeElement.dataset.ref === 'q2');
  await page.waitForSelector('#card:not([hidden]) .card-marks');
  assert.equal(await page.textContent('#card .card-marks'), 'edited · checked');
  assert.equal(await page.getAttribute(first('quote', 'q2'), 'aria-describedby'), 'card');
  await page.keyboard.press('Escape');
  await page.waitForSelector('#who [data-action="check"][data-ref="q2"][aria-pressed="true"]');
  assert.match(await status(page), /checked/);

  // The review list: unchecked quotes, lowest confidence first.
  await press(page, '#review');
  assert.equal(await page.getAttribute('#review', 'aria-pressed'), 'true');
  const order = await page.$$eval('#who .review-list .quote-link', (bs) => bs.map((b) => b.dataset.ref));
  const expected = GOLD.quotes.filter((q) => q.id !== 'q2').sort((a, b) => a.confidence - b.confidence || a.start - b.start).map((q) => q.id);
  assert.deepEqual(order, expected);
  // Confirming from the list takes the quote out of it and keeps the focus in the list.
  await press(page, `#who [data-action="check"][data-ref="${expected[0]}"]`);
  await page.waitForFunction((ref) => !document.querySelector(`#who .review-list [data-ref="${ref}"]`), expected[0]);
  assert.equal((await focused(page)).action, 'check', 'the focus goes to the next one');
  await press(page, '#review');

  // Merge Politico (s8) into "CNN et Politico" (s7), from the speaker's row.
  await press(page, '#who [data-action="edit"][data-kind="speaker"][data-ref="s8"]');
  await page.waitForSelector('#editor[open]');
  await page.focus('#editor select[name="into"]');
  await page.keyboard.type('CNN');
  assert.equal(await page.$eval('#editor select[name="into"]', (s) => s.value), 's7');
  await press(page, '#editor button[type="submit"]');
  await page.waitForFunction(() => !document.querySelector('#who li.speaker[data-ref="s8"]'));
  assert.match(await status(page), /merged/);
  assert.equal((await listed(page)).q9, 's7');
  assert.ok((await shownRefs(page, 'speaker')).every((r) => r !== 's8'), 'its mentions are the other speaker’s now');

  // Add a missed quote: the words typed, a new speaker.
  await press(page, '#add-quote');
  await page.waitForSelector('#editor[open]');
  await page.keyboard.type('pas dans cet article');
  await press(page, '#editor button[type="submit"]');
  assert.match(await page.textContent('#editor .form-error'), /not in the article/, 'words not in the text are refused');
  await page.fill('#editor textarea[name="quoteText"]', '');
  await page.focus('#editor textarea[name="quoteText"]');
  await page.keyboard.type(MISSED);
  await page.focus('#editor select[name="speaker"]');
  await page.keyboard.type('A new');
  await page.focus('#editor input[name="newName"]');
  await page.keyboard.type('Un diplomate');
  await page.focus('#editor select[name="newKind"]');
  await page.keyboard.type('anon');
  await press(page, '#editor button[type="submit"]');
  await page.waitForSelector('#editor:not([open])', { state: 'attached' });
  await page.waitForFunction((t) => [...document.querySelectorAll('#highlights mark.hl-quote.edited')].some((m) => m.textContent === t), MISSED);
  assert.match(await status(page), /Quote added/);
  assert.equal((await focused(page)).kind, 'quote', 'the focus is on the new quote');

  // Correct an amount's currency, from its row.
  await press(page, '#amounts [data-action="edit"][data-ref="m2"]');
  await page.waitForSelector('#editor[open]');
  await page.fill('#editor input[name="currency"]', 'chf');
  await press(page, '#editor button[type="submit"]');
  await page.waitForSelector('#editor:not([open])', { state: 'attached' });
  await page.waitForFunction(() => document.querySelector('#amounts tr[data-ref="m2"] abbr').textContent === 'CHF');

  // The sources summary follows the edits.
  const kinds = await page.$$eval('#sources .sources-kinds tbody tr', (trs) => Object.fromEntries(trs.map((tr) => [tr.dataset.kind, [...tr.children].map((c) => c.textContent)])));
  assert.equal(kinds.anonymous[1], '2', 'two anonymous sources: the adviser and the new diplomat');
  assert.equal(kinds.media[1], '1', 'one media source after the merge');
  assert.deepEqual(Object.keys(kinds).sort(), ['anonymous', 'media', 'organization', 'person', 'place']);
  assert.equal(kinds.anonymous[4], '17%', 'two quotes of twelve are anonymous');

  // CSV: parsed, one row per quote, with the edits.
  await waitSaved(page, 6);
  await page.focus('#export-format');
  await page.selectOption('#export-format', 'quotes');
  const csv = await downloadText(page, 'quotes');
  assert.ok(csv.text.startsWith('\uFEFF'));
  const rows = parseCSV(csv.text.slice(1));
  const header = rows[0];
  assert.deepEqual(header, ['speaker', 'kind', 'role', 'type', 'cue', 'text', 'confidence', 'edited', 'checked', 'start', 'end', 'id']);
  const byId = Object.fromEntries(rows.slice(1).map((r) => [r[11], Object.fromEntries(header.map((h, i) => [h, r[i]]))]));
  assert.equal(rows.length - 1, GOLD.quotes.length + 1);
  assert.deepEqual([byId.q2.speaker, byId.q2.kind, byId.q2.edited, byId.q2.checked], ['Anatoli Antonov', 'person', 'true', 'true']);
  assert.deepEqual([byId.q9.speaker, byId.q9.edited], ['CNN et Politico', 'true']);
  const added = Object.values(byId).find((r) => r.text === MISSED);
  assert.deepEqual([added.speaker, added.kind, added.edited, added.confidence], ['Un diplomate', 'anonymous', 'true', '']);
  assert.equal(byId.q1.edited, 'false');

  // Reload with the same text: the edits come back.
  const json = await downloadText(page, 'json');
  await page.reload();
  await page.waitForSelector('body[data-ready="true"]');
  await annotateByKeyboard(page);
  await page.waitForFunction(() => document.querySelector('#who li.speaker[data-ref="s4"] .quote-link[data-ref="q2"]'));
  assert.match(await status(page), /6 saved edits of this article restored/);
  assert.equal((await listed(page)).q9, 's7');
  assert.ok(await page.$eval(first('quote', 'q2'), (m) => m.classList.contains('checked')));
  const again = parseCSV((await downloadText(page, 'quotes')).text.slice(1));
  assert.deepEqual(again, rows, 'the same CSV after a reload');

  // Forget my edits: a dialog asks first; Cancel (where the focus is) keeps them.
  await press(page, '#forget');
  await page.waitForSelector('#editor[open]');
  assert.match(await page.textContent('#editor'), /6 edits will be removed/);
  assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Cancel');
  await page.keyboard.press('Enter');
  await page.waitForSelector('#editor:not([open])', { state: 'attached' });
  assert.equal((await listed(page)).q2, 's4', 'cancelled: nothing forgotten');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'forget');
  await press(page, '#forget');
  await page.waitForSelector('#editor[open]');
  await press(page, '#editor button[type="submit"]');
  await page.waitForFunction(() => document.querySelector('#who li.speaker[data-ref="s2"] .quote-link[data-ref="q2"]'));
  assert.match(await status(page), /forgotten/);
  assert.equal((await listed(page)).q9, 's8');
  await screenshot(page, 'page-edit.png', { fullPage: true });
  assert.deepEqual(problems, []);

  // The JSON, dropped into a fresh page (no stored edits): the same view and edits.
  const exported = JSON.parse(json.text);
  assert.equal(exported.text, TEXT);
  assert.equal(exported.quotes.find((q) => q.id === 'q2').edited, true);
  assert.equal(exported.quotes.find((q) => q.id === 'q2').checked, true);
  await context.close();
  const fresh = await openPage(served.url);
  await fresh.page.evaluate(({ body, name }) => {
    const data = new DataTransfer();
    data.items.add(new File([body], name, { type: 'application/json' }));
    const zone = document.getElementById('input');
    for (const type of ['dragenter', 'dragover', 'drop']) zone.dispatchEvent(new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true }));
  }, { body: json.text, name: json.name });
  await fresh.page.waitForFunction(() => /Opened/.test(document.getElementById('status').textContent));
  assert.equal(await fresh.page.inputValue('#article'), TEXT);
  assert.deepEqual(await listed(fresh.page), await (async () => {
    const out = {};
    for (const q of exported.quotes) out[q.id] = q.speaker ?? '';
    return out;
  })());
  assert.ok(await fresh.page.$eval(first('quote', 'q2'), (m) => m.classList.contains('checked') && m.classList.contains('edited')));
  const reimported = parseCSV((await downloadText(fresh.page, 'quotes')).text.slice(1));
  assert.deepEqual(reimported, rows, 'the same CSV from the imported file');
  const rejson = JSON.parse((await downloadText(fresh.page, 'json')).text);
  assert.deepEqual(rejson, exported, 'the same JSON from the imported file');
  assert.deepEqual(fresh.problems, []);
  await fresh.context.close();
});

test('the French interface of the editing: dialogs, buttons, announcements', async () => {
  const { page, context, problems } = await openPage(served.url, { locale: 'fr-FR' });
  await press(page, '#sample');
  await page.waitForSelector('#highlights[data-result="ready"]');
  assert.equal(await page.textContent('#undo'), 'Annuler');
  assert.equal(await page.textContent('#review'), 'Non vérifiées, les moins sûres d’abord');
  assert.equal(await page.textContent('#sources-h'), 'Sources');
  await reachMark(page, 'amount', 'm1');
  await page.keyboard.press('e');
  await page.waitForSelector('#editor[open]');
  assert.equal(await page.textContent('#editor-title'), 'Modifier le montant');
  await page.fill('#editor input[name="value"]', '2,5 millions');
  await press(page, '#editor button[type="submit"]');
  assert.match(await page.textContent('#editor .form-error'), /en chiffres/);
  await page.fill('#editor input[name="value"]', '2,5');
  await press(page, '#editor button[type="submit"]');
  await page.waitForSelector('#editor:not([open])', { state: 'attached' });
  assert.match(await status(page), /Montant modifié/);
  await page.waitForFunction((v) => document.querySelector('#amounts tr[data-ref="m1"] td.num').textContent === v,
    new Intl.NumberFormat('fr', { style: 'currency', currency: 'USD', minimumFractionDigits: 0, maximumFractionDigits: 2 }).format(2.5));
  // Split off a wrong mention: the second « Moscou » becomes a speaker of its own.
  await press(page, '#who [data-action="edit"][data-kind="speaker"][data-ref="s1"]');
  await page.waitForSelector('#editor[open]');
  await page.focus('#editor select[name="split"]');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  assert.match(await page.$eval('#editor select[name="split"]', (e) => e.selectedOptions[0].textContent), /\[Moscou\]/);
  await page.fill('#editor input[name="splitName"]', 'Le Kremlin');
  await press(page, '#editor button[type="submit"]');
  await page.waitForSelector('#editor:not([open])', { state: 'attached' });
  await page.waitForFunction(() => [...document.querySelectorAll('#who .speaker-name')].some((e) => e.textContent === 'Le Kremlin'));
  assert.match(await status(page), /Mention détachée/);
  assert.equal(await page.$$eval('#highlights mark[data-kind="speaker"][data-ref="s1"][data-part="first"]', (ms) => ms.length), 1);
  assert.deepEqual(problems, []);
  await context.close();
});

test('with the real core: a real article from paste to corrected CSV, keyboard only', async () => {
  const real = await serveSite();
  try {
    const { page, context, problems } = await openPage(real.url, { permissions: ['clipboard-read', 'clipboard-write'] });
    await annotateByKeyboard(page);
    const expected = JSON.parse(nativeAnnotate(TEXT));
    const q = expected.quotes[0];
    await reachMark(page, 'quote', q.id);
    await page.keyboard.press('e');
    await page.waitForSelector('#editor[open]');
    await page.keyboard.type('A new');
    await page.focus('#editor input[name="newName"]');
    await page.keyboard.type('Une journaliste');
    await page.focus('#editor input[type="checkbox"][name="checked"]');
    await page.keyboard.press('Space');
    await press(page, '#editor button[type="submit"]');
    await page.waitForFunction(() => [...document.querySelectorAll('#who .speaker-name')].some((e) => e.textContent === 'Une journaliste'));
    await page.focus('#export-format');
    const rows = parseCSV((await downloadText(page, 'quotes')).text.slice(1));
    assert.equal(rows.length - 1, expected.quotes.length);
    const row = rows.find((r) => r[11] === q.id);
    assert.deepEqual([row[0], row[1], row[5], row[7], row[8]], ['Une journaliste', 'person', TEXT.slice(q.start, q.end), 'true', 'true']);
    assert.ok(rows.filter((r) => r !== row && r !== rows[0]).every((r) => r[7] === 'false'), 'only that quote is edited');
    assert.deepEqual(problems, []);
    await context.close();
  } finally {
    real.server.close();
  }
});

test('low confidence is drawn differently, not by colour alone, and said in words; an amount is deleted', async () => {
  const { page, context, problems } = await openPage(served.url);
  const doc = { ...structuredClone(GOLD), text: TEXT };
  doc.quotes.find((q) => q.id === 'q5').confidence = 0.15;
  doc.quotes.find((q) => q.id === 'q8').confidence = 0.3;
  const fs = await import('node:fs');
  const os = await import('node:os');
  const file = `${fs.mkdtempSync(`${os.tmpdir()}/dixit-low-`)}/low.json`;
  fs.writeFileSync(file, JSON.stringify(doc));
  await page.setInputFiles('#file', file);
  await page.waitForSelector('#highlights[data-result="ready"]');
  await page.waitForFunction(() => /Opened low\.json/.test(document.getElementById('status').textContent));
  const style = await page.$eval(first('quote', 'q5'), (m) => ({ low: m.classList.contains('low'), line: getComputedStyle(m).borderBottomStyle }));
  assert.deepEqual(style, { low: true, line: 'dashed' });
  assert.equal(await page.$eval(first('quote', 'q1'), (m) => getComputedStyle(m).borderBottomStyle), 'none');
  assert.equal(await page.$eval('#who li[data-ref="q5"] .badge-low', (b) => b.textContent), 'low confidence');
  await press(page, '#review');
  assert.deepEqual((await page.$$eval('#who .review-list .quote-link', (bs) => bs.map((b) => b.dataset.ref))).slice(0, 2), ['q5', 'q8']);
  assert.match(await page.textContent('#who .review-list li[data-ref="q5"] .review-meta'), /Confidence 15%/);
  await press(page, '#review');

  // Delete an amount (not an amount): it leaves the table, the article and the CSV.
  await press(page, '#amounts [data-action="edit"][data-ref="m4"]');
  await page.waitForSelector('#editor[open]');
  await page.focus('#editor input[type="checkbox"][name="remove"]');
  await page.keyboard.press('Space');
  await press(page, '#editor button[type="submit"]');
  await page.waitForFunction(() => !document.querySelector('#amounts tr[data-ref="m4"]'));
  assert.match(await status(page), /Amount deleted/);
  assert.deepEqual(await shownRefs(page, 'amount'), ['m1', 'm2', 'm3']);
  const amounts = parseCSV((await downloadText(page, 'amounts')).text.slice(1));
  assert.deepEqual(amounts.slice(1).map((r) => r[11]), ['m1', 'm2', 'm3']);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a missed quote\'s cue can be selected in the article, the typed path kept', async () => {
  const { page, context, problems } = await openPage(served.url);
  await annotateByKeyboard(page);
  // The cue: the first "Bruxelles" of the article, not the one inside the quote (the nearest).
  const cueAt = TEXT.indexOf('Bruxelles');
  assert.ok(cueAt < TEXT.indexOf(MISSED));
  await press(page, '#add-quote');
  await page.waitForSelector('#editor[open]');
  await page.keyboard.type(MISSED);
  await press(page, '#editor button[name="pickCue"]');
  await page.waitForSelector('#editor:not([open])', { state: 'attached' });
  assert.match(await status(page), /Select the cue/);
  // The reader selects the words in the article (as a mouse or caret browsing would).
  await page.evaluate(([start, end]) => {
    const root = document.getElementById('highlights');
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    let at = 0;
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const len = n.data.length;
      if (at <= start && start < at + len) range.setStart(n, start - at);
      if (at < end && end <= at + len) { range.setEnd(n, end - at); break; }
      at += len;
    }
    getSelection().removeAllRanges();
    getSelection().addRange(range);
  }, [cueAt, cueAt + 'Bruxelles'.length]);
  await press(page, '#add-quote');
  await page.waitForSelector('#editor[open]');
  assert.equal(await page.$eval('#editor textarea[name="quoteText"]', (e) => e.value), MISSED, 'the dialog comes back as it was');
  assert.equal(await page.$eval('#editor input[name="cueText"]', (e) => e.value), 'Bruxelles');
  await press(page, '#editor button[type="submit"]');
  await page.waitForSelector('#editor:not([open])', { state: 'attached' });
  assert.match(await status(page), /Quote added/);
  const added = JSON.parse((await downloadText(page, 'json')).text).quotes.find((q) => q.start === TEXT.indexOf(MISSED));
  assert.deepEqual(added.cue, { start: cueAt, end: cueAt + 'Bruxelles'.length }, 'the cue is the words selected');

  // Typed, the same cue is the occurrence nearest the quote.
  await press(page, '#undo');
  await press(page, '#add-quote');
  await page.waitForSelector('#editor[open]');
  await page.keyboard.type(MISSED);
  await page.focus('#editor input[name="cueText"]');
  await page.keyboard.type('Bruxelles');
  await press(page, '#editor button[type="submit"]');
  await page.waitForSelector('#editor:not([open])', { state: 'attached' });
  const typed = JSON.parse((await downloadText(page, 'json')).text).quotes.find((q) => q.start === TEXT.indexOf(MISSED));
  assert.equal(typed.cue.start, TEXT.indexOf('Bruxelles', TEXT.indexOf(MISSED)));
  assert.deepEqual(problems, []);
  await context.close();
});

test('every editing control is reached with Tab from the article, in order', async () => {
  const { page, context, problems } = await openPage(served.url);
  await press(page, '#sample');
  await page.waitForSelector('#highlights[data-result="ready"]');
  await reachMark(page, 'quote', 'q1');
  const seen = [];
  for (let i = 0; i < 400; i++) {
    await page.keyboard.press('Tab');
    const f = await page.evaluate(() => {
      const el = document.activeElement;
      return el === document.body ? null : (el.id ? `#${el.id}` : `${el.dataset.action ?? el.className}:${el.dataset.kind ?? ''}`);
    });
    if (!f || seen.includes('#copy') && f === '#ui-lang') break;
    seen.push(f);
  }
  const at = (x) => seen.indexOf(x);
  for (const x of ['#add-quote', '#export-format', '#download', '#review', 'edit:speaker', 'edit:quote', 'check:quote', 'edit:amount', 'check:amount']) {
    assert.ok(at(x) >= 0, `${x} is in the tab order (${seen.slice(0, 30).join(' ')})`);
  }
  assert.ok(at('#add-quote') < at('#download') && at('#download') < at('#review') && at('#review') < at('edit:amount'), 'in the order they are shown');
  assert.deepEqual(problems, []);
  await context.close();
});
