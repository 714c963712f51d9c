// Shared by the page tests: serving the built site (optionally with a stand-in
// core that answers the gold annotation), opening the page, pasting, reading
// downloads.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startServer } from '../../scripts/serve.mjs';
import { ARTIFACTS, WASM_DIR, launchChromium, seedGold } from '../support.mjs';

export const SITE = path.join(WASM_DIR, 'site');

// The gold annotation of the seed in the API's shape (issue 2's schema).
export function goldResult() {
  const gold = seedGold();
  const span = (pair) => (pair ? { start: pair[0], end: pair[1] } : null);
  return {
    version: '0.0.0-gold',
    lang: gold.lang,
    speakers: gold.speakers.map((s) => ({ id: s.id, name: s.name, kind: s.kind, role: s.role, mentions: s.mentions.map(span) })),
    quotes: gold.quotes.map((q, i) => ({ id: `q${i + 1}`, ...span(q.span), type: q.type, speaker: q.speaker, cue: span(q.cue), confidence: 0.9 - (i % 3) * 0.1 })),
    amounts: gold.money.map((m, i) => ({ id: `m${i + 1}`, ...span(m.span), text: m.text, value: m.value, min: m.min ?? null, max: m.max ?? null,
      currency: m.currency, approx: m.approx, equivalent_of: m.equivalent_of == null ? null : `m${m.equivalent_of + 1}` })),
  };
}

// A copy of the site whose dixit.mjs answers the gold annotation for the seed
// text (and empty lists for any other text): the page's rendering is tested on
// everything the schema can hold, whatever the core finds today.
function goldSite() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dixit-gold-site-'));
  // dixit.wasm stays: the page compiles it at load (boot.js) whichever core answers.
  fs.cpSync(SITE, dir, { recursive: true });
  const gold = goldResult();
  fs.writeFileSync(path.join(dir, 'dixit.mjs'), `// Test stand-in for the core: the gold annotation of the seed.
const TEXT = ${JSON.stringify(seedGold().text)};
const GOLD = ${JSON.stringify(gold)};
export default async function createDixitModule() {
  return {
    version: () => GOLD.version,
    languages: () => ['en', 'fr'],
    annotate(text, options = {}) {
      if (typeof text !== 'string') throw new TypeError('annotate(text, options?) needs a string');
      const lang = options.lang && options.lang !== 'auto' ? options.lang : (text === TEXT ? 'fr' : 'en');
      if (text !== TEXT) return { version: GOLD.version, lang, speakers: [], quotes: [], amounts: [] };
      return { ...structuredClone(GOLD), lang };
    },
  };
}
`);
  return dir;
}

// Serves the site (or a subfolder mount of it, or the gold stand-in).
export async function serveSite({ gold = false, subpath = '' } = {}) {
  let root = gold ? goldSite() : SITE;
  if (subpath) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dixit-subpath-'));
    fs.mkdirSync(path.join(dir, path.dirname(subpath)), { recursive: true });
    fs.symlinkSync(root, path.join(dir, subpath));
    root = dir;
  }
  const { server, url } = await startServer({ root, port: 0, quiet: true });
  return { server, origin: url, url: url + (subpath ? `${subpath}/` : '') };
}

let browserPromise = null;
export function sharedBrowser() {
  browserPromise ??= launchChromium();
  return browserPromise;
}
export async function closeBrowser() {
  if (browserPromise) await (await browserPromise).close();
  browserPromise = null;
}

// A fresh page on the site, ready to annotate; `problems` collects page errors,
// console errors and dialogs.
// `initScript` runs in the page before its own scripts (to take storage away, say).
export async function openPage(url, { colorScheme = 'light', locale = 'en-US', viewport = { width: 1280, height: 900 }, reducedMotion = 'reduce', permissions = [], initScript = null } = {}) {
  const browser = await sharedBrowser();
  const context = await browser.newContext({ colorScheme, locale, viewport, reducedMotion, acceptDownloads: true });
  if (permissions.length) await context.grantPermissions(permissions, { origin: new URL(url).origin });
  if (initScript) await context.addInitScript(initScript);
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
  page.on('dialog', (d) => { problems.push(`dialog: ${d.message()}`); d.dismiss().catch(() => {}); });
  await page.goto(url);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 30000 });
  return { page, context, problems };
}

// Pastes like a user: the text goes to the clipboard, then Ctrl+V in the text area.
export async function paste(page, text) {
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await page.focus('#article');
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Control+V');
}

export async function annotate(page) {
  await page.click('#annotate');
  await page.waitForSelector('#highlights[data-result="ready"]', { timeout: 60000 });
}

// The distinct highlights of a kind on the page, as sorted refs.
export function shownRefs(page, kind) {
  return page.$$eval(`#highlights mark[data-kind="${kind}"]`, (els) => [...new Set(els.map((e) => e.dataset.ref))].sort());
}

export async function downloadText(page, format) {
  await page.selectOption('#export-format', format);
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download')]);
  const file = await download.path();
  return { name: download.suggestedFilename(), text: fs.readFileSync(file, 'utf8') };
}

// A small CSV reader (RFC 4180) for checking exports.
export function parseCSV(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; }
    else if (c === '\r' && text[i + 1] === '\n') { row.push(field); rows.push(row); row = []; field = ''; i++; }
    else if (c === '\n') { row.push(field); rows.push(row); row = []; field = ''; }
    else field += c;
  }
  if (field || row.length) { row.push(field); rows.push(row); }
  return rows;
}

export async function screenshot(page, name, options = {}) {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: path.join(ARTIFACTS, name), ...options });
}

export const slice = (text, span) => (span ? text.slice(span.start, span.end) : '');

// Moves the keyboard focus to a highlight as a user would: Tab to the
// article's one stop, Home, then j until it is reached.
export async function reachMark(page, kind, ref) {
  const target = `#highlights mark[data-kind="${kind}"][data-ref="${ref}"][data-part="first"]`;
  await page.focus('#highlights [tabindex="0"], #highlights[tabindex="0"]');
  await page.keyboard.press('Home');
  for (let i = 0; i < 500; i++) {
    if (await page.evaluate((sel) => document.activeElement === document.querySelector(sel), target)) return;
    await page.keyboard.press('j');
  }
  throw new Error(`no keyboard path to ${target}`);
}

// A news page built from the seed: navigation and a sidebar around an
// <article>, and a script of the page's own that must keep working.
export function writeArticlePage(dir) {
  const escape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const [title, ...paragraphs] = seedGold().text.split(/\n\n+/).filter((p) => p.trim());
  fs.writeFileSync(path.join(dir, 'article.html'), `<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><title>Article</title><link rel="icon" href="data:,">
<style>article { max-width: 40em } .side { float: right; width: 10em }</style></head>
<body><nav><a href="#">Accueil</a> <a href="#">Monde</a></nav>
<aside class="side"><p>Les plus lus</p><p>Météo : 12 degrés, soit un temps doux.</p></aside>
<article><h1>${escape(title)}</h1>${paragraphs.map((p) => `<p>${escape(p)}</p>`).join('')}</article>
<button id="counter" type="button">0</button>
<script src="page.js"></script></body></html>`);
  fs.writeFileSync(path.join(dir, 'page.js'),
    "document.getElementById('counter').addEventListener('click', (e) => { e.target.textContent = String(Number(e.target.textContent) + 1); });");
}
