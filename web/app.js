// The page: wires the input, the worker, the highlights, the card, the panels
// and the exports. It renders what the core returns and decides nothing.
import { createWorkerClient } from './worker-client.js';
import { collectSpans, renderHighlightsInBlocks, sortSpans } from './highlight.js';
import { indexResult } from './result-index.js';
import { createCards } from './cards.js';
import { createNavigation } from './nav.js';
import { renderAmounts, renderWhoSaidWhat } from './panels.js';
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

const client = createWorkerClient();
const cards = createCards({ container: output, card: $('card'), getIndex: () => state && state.index, isVisible });
const nav = createNavigation({ container: output, isVisible, cards });

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
  renderWhoSaidWhat($('who'), index, jump);
  if ((await between()) === false) return;
  renderAmounts($('amounts'), index, jump);
  if ((await between()) === false) return;
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
  run({ force: true });
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
});

// ---- Export ------------------------------------------------------------

$('download').addEventListener('click', () => {
  if (!state) return setStatus('nothingToExport');
  const name = download($('export-format').value, state.result, state.text, baseName);
  setStatus('downloaded', { name });
});
$('copy').addEventListener('click', async () => {
  if (!state) return setStatus('nothingToExport');
  try {
    await copy($('export-format').value, state.result, state.text);
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
