// The page: wires the input, the worker, the highlights, the card, the panels
// and the exports. It renders what the core returns and decides nothing.
import { createWorkerClient } from './worker-client.js';
import { collectSpans, defaultElement, renderHighlightsInBlocks, sortSpans } from './highlight.js';
import { indexResult } from './result-index.js';
import { createCards } from './cards.js';
import { createNavigation } from './nav.js';
import { isLow, renderAmounts, renderSources, renderWhoSaidWhat } from './panels.js';
import { summarizeSources } from './sources.js';
import { createEditing } from './editing.js';
import { newId } from './edits.js';
import { locateWords, selectionOffsets } from './locate.js';
import { createEditor } from './editor.js';
import { MAX_IMPORT_BYTES, parseImport } from './import.js';
import { copy, download } from './export.js';
import { LARGE_TEXT, preloadSample, setupInput } from './input.js';
import { makeYielder, whenIdle } from './tasks.js';
import { formatBytes, formatNumber, languageName, locale, onLocaleChange, setLocale, t, translateDocument } from './i18n.js';

const $ = (id) => document.getElementById(id);
const area = $('article');
const annotateButton = $('annotate');
const sampleButton = $('sample');
const statusEl = $('status');
const progress = $('progress');
const output = $('highlights');
const textLang = $('text-lang');
const uiLang = $('ui-lang');
const KINDS = ['quote', 'speaker', 'amount'];
const BIG = 1_000_000;          // inputs above this many characters show progress
const AUTO_LIMIT = 200_000;     // typing re-annotates by itself below this size

const shown = new Set(KINDS);
const isVisible = (kind) => shown.has(kind);
let state = null;               // {text, result, index, options, ms}
let lastStatus = ['loading', {}];
let runToken = 0;
let lastRequest = null;         // the text and options of the latest request
let baseName = 'article';
let sampleText = null;
let ready = false;
let largeText = null;           // a text too large for the text area, kept here

let review = false;              // the "unchecked, lowest confidence first" view
let needsRedraw = false;         // edits arrived while a result was being drawn
let pendingFocus = null;         // what to focus once an edit is drawn
let lastNotice = null;           // the storage notice shown, [key, params]

const client = createWorkerClient();
const cards = createCards({ container: output, card: $('card'), getIndex: () => state && state.index, isVisible });
const nav = createNavigation({ container: output, isVisible, cards, onKey: articleKey });
const editor = createEditor($('editor'));
const editing = createEditing({ onChange: editsChanged, onNotice: showNotice });

function setStatus(key, params = {}) {
  lastStatus = [key, params];
  statusEl.textContent = t(key, params);
}

// ---- Annotation --------------------------------------------------------

async function run({ force = false } = {}) {
  if (!ready) return;
  const text = largeText ?? area.value;
  const options = { lang: textLang.value };
  if (!text.trim()) {
    setStatus('empty');
    return;
  }
  if (!force && lastRequest && lastRequest.text === text && lastRequest.options.lang === options.lang) return;
  lastRequest = { text, options };
  clearTimeout(autoTimer);
  const token = ++runToken;
  drawToken++;   // a redraw of the previous result stops here
  const big = text.length > BIG;
  const started = performance.now();
  document.body.dataset.busy = 'true';
  document.body.dataset.phase = 'annotating';  // the core runs in the worker
  output.dataset.result = 'pending';
  output.setAttribute('aria-busy', 'true');
  let ticker = 0;
  if (big) {
    progress.hidden = false;
    progress.removeAttribute('value');
    const tick = () => setStatus('annotatingBig', { size: formatBytes(text.length), seconds: formatNumber((performance.now() - started) / 1000, { maximumFractionDigits: 1 }) });
    tick();
    ticker = setInterval(tick, 250);
  } else {
    setStatus('annotating');
  }
  let result;
  try {
    const answer = client.annotate(text, options);
    warmUpIntl();  // while the worker annotates: the result's views need it
    ({ result } = await answer);
  } catch (err) {
    clearInterval(ticker);
    if (token !== runToken) return;
    finish();
    setStatus('error', { error: err.message });
    return;
  }
  clearInterval(ticker);
  if (token !== runToken) return;
  document.body.dataset.phase = 'rendering';

  // Steps yield to the page once they have run for a slice (tasks.js), so
  // that it answers input between them on a long result.
  const step = makeYielder();
  cards.hide();
  await step();
  if (token !== runToken) return;
  let shown;
  editing.open({ text, lang: result.lang, base: result, after: new Promise((resolve) => { shown = resolve; }) });
  result = editing.result;
  const index = indexResult(result, text);
  state = { text, result, index, options, ms: 0 };
  await step();
  if (token !== runToken) return;
  const spans = collectSpans(result);
  await step();
  if (token !== runToken) return;
  sortSpans(spans);
  await step();
  if (token !== runToken) return;
  $('result-empty').hidden = true;
  if (big) progress.max = 1;
  const complete = await renderHighlightsInBlocks(output, text, spans, {
    makeElement,
    isCancelled: () => token !== runToken,
    onProgress: (f) => {
      if (!big) return;
      progress.value = f;
      setStatus('rendering', { percent: new Intl.NumberFormat(locale(), { style: 'percent' }).format(f) });
    },
  });
  if (!complete || token !== runToken) return;
  state.ms = Math.round(performance.now() - started);
  await step();
  if (token !== runToken) return;
  await renderResultViews({ between: async () => { await step(); return token === runToken; } });
  if (token !== runToken) return;
  await step();
  if (token !== runToken) return;
  nav.reset();
  finish();
  showSummary();
  output.dataset.result = 'ready';
  shown();
  if (needsRedraw) redraw();
}

function finish() {
  progress.hidden = true;
  delete document.body.dataset.busy;
  delete document.body.dataset.phase;
  output.removeAttribute('aria-busy');
}

function showSummary() {
  if (!state) return;
  const { result } = state;
  setStatus('done', {
    quotes: t('nQuotes', { n: result.quotes.length }),
    speakers: t('nSpeakers', { n: result.speakers.length }),
    amounts: t('nAmounts', { n: result.amounts.length }),
    ms: formatNumber(state.ms),
  });
}

// Everything drawn from the result apart from the highlights themselves.
async function renderResultViews({ between = () => {} } = {}) {
  if (!state) return;
  const { result, index, options } = state;
  renderWhoSaidWhat($('who'), index, jump, actions, { review });
  if ((await between()) === false) return;
  renderAmounts($('amounts'), index, jump, actions);
  if ((await between()) === false) return;
  renderSources($('sources'), summarizeSources(result, state.text));
  updateEditButtons();
  const counts = { quote: result.quotes.length, speaker: result.speakers.length, amount: result.amounts.length };
  for (const kind of KINDS) $(`toggle-${kind}`).querySelector('.n').textContent = `(${formatNumber(counts[kind])})`;
  $('lang-info').textContent = t(options.lang === 'auto' ? 'detected' : 'chosen', { lang: languageName(result.lang) });
  $('lang-info').dataset.lang = result.lang;
  fillLanguageOptions();
  const summary = [t('nQuotes', { n: counts.quote }), t('nSpeakers', { n: counts.speaker }), t('nAmounts', { n: counts.amount })].join(', ');
  output.setAttribute('aria-label', t('articleRegion', { summary }));
  output.removeAttribute('aria-labelledby');
  $('download').disabled = false;
  $('copy').disabled = false;
}

function clearResult() {
  runToken++;
  state = null;
  lastRequest = null;
  cards.hide();
  output.replaceChildren();
  output.removeAttribute('aria-label');
  output.setAttribute('aria-labelledby', 'result-h');
  delete output.dataset.result;
  $('result-empty').hidden = false;
  $('who').replaceChildren();
  $('amounts').replaceChildren();
  $('sources').replaceChildren();
  editing.close();
  updateEditButtons();
  $('lang-info').textContent = '';
  for (const kind of KINDS) $(`toggle-${kind}`).querySelector('.n').textContent = '';
  $('download').disabled = true;
  $('copy').disabled = true;
  finish();
  nav.reset();
}

// Scrolls to a highlight named in a panel and focuses it.
function jump(kind, ref) {
  if (!shown.has(kind)) setKindShown(kind, true);
  const mark = output.querySelector(`mark[data-kind="${kind}"][data-ref="${CSS.escape(ref)}"][data-part="first"]`);
  if (!mark) return;
  nav.focus(mark, { scroll: false });
  const reduce = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  mark.scrollIntoView({ block: 'center', behavior: reduce ? 'auto' : 'smooth' });
  cards.show(mark);
}

// ---- Editing -----------------------------------------------------------

// Highlights say what the journalist did: low confidence, checked, edited
// (drawn by line style and marks, not colour alone; the panels say it in words).
function makeElement(doc, span) {
  const el = defaultElement(doc, span);
  const item = state && (span.kind === 'quote' ? state.index.quote(span.ref) : span.kind === 'amount' ? state.index.amount(span.ref) : null);
  if (item) {
    if (span.kind === 'quote' && isLow(item)) el.classList.add('low');
    if (item.checked) el.classList.add('checked');
    if (item.edited) el.classList.add('edited');
  }
  return el;
}

// A selector for the element to focus again once an edit is drawn.
function describe(el) {
  if (!el || !el.dataset) return null;
  const q = (v) => CSS.escape(v);
  if (el.matches('mark.hl')) return `#highlights mark[data-kind="${q(el.dataset.kind)}"][data-ref="${q(el.dataset.ref)}"][data-part="first"]`;
  if (el.dataset.action) return `[data-action="${q(el.dataset.action)}"][data-kind="${q(el.dataset.kind)}"][data-ref="${q(el.dataset.ref)}"]`;
  if (el.id) return `#${q(el.id)}`;
  return null;
}

function restoreFocus(selector) {
  let el = selector ? document.querySelector(selector) : null;
  if (!el && review) el = $('who').querySelector('[data-action="check"]') || $('review');
  if (!el) el = output.querySelector('mark[tabindex="0"]') || output;
  // Undo's last step disables Undo: the focus goes to a button beside it.
  if (el.disabled) el = (el.parentElement && el.parentElement.querySelector('button:not(:disabled)')) || output;
  if (el.matches('mark.hl')) nav.focus(el);
  else el.focus();
}

// Draws the edited result again (no new annotation).
let drawToken = 0;
async function redraw() {
  if (!state) return;
  if (output.dataset.result !== 'ready') { needsRedraw = true; return; }
  needsRedraw = false;
  const token = ++drawToken;
  const focus = pendingFocus ?? describe(document.activeElement);
  pendingFocus = null;
  state.result = editing.result;
  state.index = indexResult(state.result, state.text);
  const spans = sortSpans(collectSpans(state.result));
  cards.hide();
  const done = await renderHighlightsInBlocks(output, state.text, spans, { makeElement, isCancelled: () => token !== drawToken });
  if (!done || token !== drawToken) return;
  await renderResultViews();
  nav.reset();
  // Back where it was (a redrawn element is a new one); a tab that merely
  // received another tab's edits does not take the focus anywhere new.
  if (focus) restoreFocus(focus);
  if (pendingAnnounce) setStatus(...pendingAnnounce);
  pendingAnnounce = null;
}

// Edits that came from storage or another tab are announced once drawn (the
// page's own edits are announced by the action that made them).
let pendingAnnounce = null;
function editsChanged(reason, params) {
  if (reason === 'restored') pendingAnnounce = ['editsRestored', params];
  else if (reason === 'remote' || reason === 'merged') pendingAnnounce = ['editsMerged', params];
  redraw();
}

function showNotice(key, params) {
  lastNotice = key ? [key, params] : null;
  const note = $('store-note');
  note.hidden = !key;
  note.textContent = key ? t(key, params) : '';
}

function updateEditButtons() {
  $('undo').disabled = !editing.canUndo;
  $('redo').disabled = !editing.canRedo;
  $('forget').disabled = !editing.count;
  $('add-quote').disabled = !state;
  $('edit-count').textContent = state ? t('nEdits', { n: editing.count }) : '';
}

function applyEdit(fields, message) {
  if (editing.edit(fields)) setStatus(message);
  else {
    setStatus('noChange');
    restoreFocus(pendingFocus);
    pendingFocus = null;
  }
}

// The actions of the panels' rows and of the article's keys.
const actions = {
  edit(kind, ref, from = document.activeElement) {
    if (!state || editor.isOpen) return;
    const item = state.index.get(kind, ref);
    if (!item) return;
    // Saved: the redraw puts the focus back (pendingFocus); cancelled: here.
    const opts = { from, done: (back, saved) => { if (!saved) restoreFocus(describe(back)); } };
    if (kind === 'quote') {
      editor.quote(state.index, item, (e) => {
        pendingFocus = describe(from);
        applyEdit(e, e.reject ? 'quoteRejected' : 'quoteEdited');
      }, opts);
    } else if (kind === 'speaker') {
      editor.speaker(state.index, item, (e) => {
        pendingFocus = e.into ? `#who li.speaker[data-ref="${CSS.escape(e.into)}"] [data-action="edit"]` : describe(from);
        applyEdit(e, e.into ? 'speakersMerged' : e.split ? 'mentionSplit' : 'speakerEdited');
      }, opts);
    } else if (kind === 'amount') {
      editor.amount(state.index, item, (e) => {
        pendingFocus = describe(from);
        applyEdit(e, e.remove ? 'amountDeleted' : 'amountEdited');
      }, opts);
    }
  },
  confirm(kind, ref, from = document.activeElement) {
    if (!state) return;
    const item = state.index.get(kind, ref);
    if (!item || kind === 'speaker') return;
    pendingFocus = describe(from);
    applyEdit({ op: 'check', kind, ref, checked: !item.checked }, item.checked ? 'unconfirmed' : 'confirmed');
  },
};

// A missed quote: its words selected in the article (or typed), a speaker, a
// cue typed or selected. Selecting the cue closes the dialog: the next `a`
// (or the button) reopens it as it was, with the words then selected as cue.
let pendingAdd = null;
function addQuote(from = document.activeElement) {
  if (!state || editor.isOpen) return;
  const resume = pendingAdd && pendingAdd.text === state.text ? pendingAdd.form : null;
  pendingAdd = null;
  const selected = selectionOffsets(output);
  editor.add(state.index, resume ? resume.selection : selected,
    (words, cue, selection, cueSelection) => locateWords(state.text, words, cue, selection, cueSelection), (e) => {
      const id = newId();
      pendingFocus = `#highlights mark[data-kind="quote"][data-ref="${CSS.escape(`q-${id}`)}"][data-part="first"]`;
      editing.edit({ ...e, id });
      setStatus('quoteAdded');
    }, {
      from,
      resume,
      cueSelection: resume ? selected : null,
      pickCue: (form) => {
        pendingAdd = { text: state.text, form };
        setStatus('pickCueHelp');
      },
      done: (back, saved) => { if (!saved) restoreFocus(describe(back)); },
    });
}

// Keys on a focused highlight: e edits it, c confirms it, a adds a quote.
function articleKey(key, target) {
  const mark = target && target.matches && target.matches('mark.hl') ? target : null;
  if (key === 'e' && mark) actions.edit(mark.dataset.kind, mark.dataset.ref, mark);
  else if (key === 'c' && mark && mark.dataset.kind !== 'speaker') actions.confirm(mark.dataset.kind, mark.dataset.ref, mark);
  else if (key === 'a') addQuote(mark || output);
  else return false;
  return true;
}

function undoRedo(redo) {
  if (!state) return;
  const ok = redo ? editing.redo() : editing.undo();
  setStatus(ok ? (redo ? 'redone' : 'undone') : (redo ? 'nothingToRedo' : 'nothingToUndo'));
}

$('undo').addEventListener('click', () => undoRedo(false));
$('redo').addEventListener('click', () => undoRedo(true));
$('add-quote').addEventListener('click', () => addQuote($('add-quote')));
// Forgetting cannot be undone: a dialog asks first (Cancel has the focus).
$('forget').addEventListener('click', () => {
  if (!state || !editing.count || editor.isOpen) return;
  const from = $('forget');
  editor.ask(t('forgetTitle'), t('forgetQuestion', { n: editing.count }), t('forget'), async () => {
    pendingFocus = '#annotate';
    const stored = editing.forget();   // the page forgets now, the storage just after
    setStatus('forgotten');
    updateEditButtons();
    await stored;
  }, { from, done: (back, saved) => { if (!saved) restoreFocus(describe(back)); } });
});
$('review').addEventListener('click', () => {
  review = !review;
  $('review').setAttribute('aria-pressed', String(review));
  if (state) renderResultViews();
});
// Ctrl+Z and Ctrl+Shift+Z (or Ctrl+Y) anywhere but in a field, which keeps its own.
document.addEventListener('keydown', (e) => {
  if (!(e.ctrlKey || e.metaKey) || e.altKey || editor.isOpen) return;
  const key = e.key.toLowerCase();
  if (key !== 'z' && key !== 'y') return;
  if (e.target.closest && e.target.closest('input, textarea, select, [contenteditable]')) return;
  e.preventDefault();
  undoRedo(key === 'y' || e.shiftKey);
});

// ---- Import ------------------------------------------------------------

async function importFile(file) {
  if (!ready) return setStatus('loading');
  if (file.size > MAX_IMPORT_BYTES) return setStatus('importTooLarge', { name: file.name, size: formatBytes(file.size), max: formatBytes(MAX_IMPORT_BYTES) });
  setStatus('reading', { name: file.name });
  let raw;
  try {
    raw = await file.text();
  } catch {
    return setStatus('fileUnreadable', { name: file.name });
  }
  const parsed = parseImport(raw, { currentText: state ? state.text : null });
  if (!parsed.ok) return setStatus('importInvalid', { name: file.name, error: parsed.error });
  clearResult();
  const { text, result } = parsed;
  baseName = file.name.replace(/\.json$/i, '').replace(/^dixit-/, '').replace(/[^\p{L}\p{N}._-]+/gu, '-') || 'article';
  showText(text);
  lastRequest = { text, options: { lang: textLang.value } };
  await editing.open({ text, lang: result.lang, base: result });
  state = { text, result: editing.result, index: indexResult(editing.result, text), options: { lang: result.lang }, ms: 0 };
  $('result-empty').hidden = true;
  output.dataset.result = 'ready';
  await redraw();
  nav.reset();
  setStatus('imported', { name: file.name, quotes: t('nQuotes', { n: state.result.quotes.length }), edits: t('nEdits', { n: editing.count }) });
}

// ---- Legend toggles ----------------------------------------------------

function setKindShown(kind, on) {
  if (on) shown.add(kind);
  else shown.delete(kind);
  $(`toggle-${kind}`).setAttribute('aria-pressed', String(on));
  output.classList.toggle(`hide-${kind}`, !on);
  if (!on && cards.current && cards.current.dataset.kind === kind) cards.hide();
  nav.reset();
}

for (const kind of KINDS) {
  $(`toggle-${kind}`).addEventListener('click', () => setKindShown(kind, !shown.has(kind)));
}

// ---- Input -------------------------------------------------------------

let autoTimer = 0;
area.addEventListener('input', () => {
  clearTimeout(autoTimer);
  if (area.value.length <= AUTO_LIMIT) autoTimer = setTimeout(() => run(), 700);
});
area.addEventListener('keydown', (e) => {
  if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
    e.preventDefault();
    run({ force: true });
  }
});
annotateButton.addEventListener('click', () => run({ force: true }));
textLang.addEventListener('change', () => {
  if (state || lastRequest) run({ force: true });
});

function loadText(text, name) {
  baseName = name;
  showText(text);
  run({ force: true });
}

function showText(text) {
  if (text.length > LARGE_TEXT) {
    largeText = text;
    area.value = `${text.slice(0, 20000)}\n[…]`;
    area.readOnly = true;
  } else {
    largeText = null;
    area.value = text;
    area.readOnly = false;
  }
  showLargeNote();
  area.scrollTop = 0;
}

function showLargeNote() {
  const note = $('large-note');
  note.hidden = largeText == null;
  if (largeText != null) note.textContent = t('largeText', { size: formatBytes(largeText.length) });
}

sampleButton.addEventListener('click', () => {
  if (sampleText == null) return;
  loadText(sampleText, 'seed-fr-001');
  if (!lastRequest) setStatus('sampleLoaded');
});

$('clear').addEventListener('click', () => {
  clearTimeout(autoTimer);
  area.value = '';
  area.readOnly = false;
  largeText = null;
  showLargeNote();
  baseName = 'article';
  clearResult();
  setStatus(ready ? 'ready' : 'loading', lastReadyParams);
  area.focus();
});

setupInput({
  area,
  fileInput: $('file'),
  openButton: $('open-file'),
  dropZone: $('input'),
  onReading: (file) => setStatus('reading', { name: file.name }),
  onText: ({ text, name, size, html }) => {
    loadText(text, name.replace(/\.[^.]*$/, '').replace(/[^\p{L}\p{N}._-]+/gu, '-') || 'article');
    if (!ready) setStatus(html ? 'loadedHtml' : 'loaded', { name, size: formatBytes(size) });
  },
  onError: (file) => setStatus('fileUnreadable', { name: file.name }),
  onPasteHtml: () => setStatus('pastedHtml'),
  onJson: (file) => importFile(file),
});

// ---- Export ------------------------------------------------------------

$('download').addEventListener('click', () => {
  if (!state) return setStatus('nothingToExport');
  const name = download($('export-format').value, editing.result ?? state.result, state.text, baseName);
  setStatus('downloaded', { name });
});
$('copy').addEventListener('click', async () => {
  if (!state) return setStatus('nothingToExport');
  try {
    await copy($('export-format').value, editing.result ?? state.result, state.text);
    setStatus('copied');
  } catch (err) {
    setStatus('copyFailed', { error: err.message });
  }
});

// ---- Languages ---------------------------------------------------------

let languages = [];
let lastReadyParams = {};

function fillLanguageOptions() {
  const auto = textLang.querySelector('option[value="auto"]');
  const found = state && state.options.lang === 'auto' ? state.result.lang : null;
  auto.textContent = found ? t('langAutoFound', { lang: languageName(found) }) : t('langAuto');
  for (const code of languages) {
    let option = textLang.querySelector(`option[value="${CSS.escape(code)}"]`);
    if (!option) {
      option = document.createElement('option');
      option.value = code;
      textLang.appendChild(option);
    }
    option.textContent = languageName(code);
  }
}

uiLang.addEventListener('change', () => setLocale(uiLang.value));
onLocaleChange(() => {
  translateDocument();
  if (ready) lastReadyParams.languages = languages.map(languageName).join(', ');
  fillLanguageOptions();
  showLargeNote();
  const [key, params] = lastStatus;
  if (key === 'done') showSummary();
  else setStatus(key, params);
  renderResultViews();
  if (lastNotice) showNotice(...lastNotice);
  cards.refresh();
});

// ---- Start -------------------------------------------------------------

uiLang.value = locale();
translateDocument();
setStatus('loading');
// The browser's first Intl number format costs some 22 ms, 60 on a busy
// machine (its ICU data), and every result's views need one. It is made while
// the page's thread would only wait: once a request has gone to the worker
// (run()), or when the page is idle after it is ready. Not before: made while
// the worker loaded, it delayed the worker's "ready" by as long. The format
// is kept (i18n.js), so that every call after the first costs nothing.
const warmUpIntl = () => formatNumber(0);

// The sample is fetched now, so that no request is made once the page is ready.
const samplePromise = preloadSample(new URL('./samples/seed-fr-001.txt', import.meta.url));

Promise.all([client.ready, samplePromise]).then(
  ([info, sample]) => {
    ready = true;
    languages = info.languages;
    sampleText = sample;
    sampleButton.disabled = sample == null;
    if (sample == null) sampleButton.title = t('sampleMissing');
    annotateButton.disabled = false;
    fillLanguageOptions();
    lastReadyParams = { version: info.version, languages: languages.map(languageName).join(', ') };
    setStatus('ready', lastReadyParams);
    document.body.dataset.ready = 'true';
    if (area.value.trim()) run();
    whenIdle(() => {
      client.warmUp();
      warmUpIntl();
    });
  },
  (err) => setStatus('loadFailed', { error: err.message }),
);
