// The measuring half of scripts/bench: runs everything on the builds it is
// given and prints one Markdown report (the table, then the details).
//   node bench/run.mjs --native-dir DIR --wasm-dir DIR [--smoke] [--out FILE] [--wasm-only]
// Timings are medians over several runs on a shared machine: noisy, and
// never a test. Budgets are printed PASS/FAIL; the exit code ignores them.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { execFileSync, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { loadArticles, buildText } from './corpus.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = parseArgs(process.argv.slice(2));
const SMOKE = !!args.smoke;
const NATIVE_DIR = path.resolve(args['native-dir'] || path.join(ROOT, 'build/bench-native'));
const WASM_DIR = path.resolve(args['wasm-dir'] || path.join(ROOT, 'build/bench-wasm'));
const WASM_ONLY = !!args['wasm-only'];
const NATIVE_BENCH = path.join(NATIVE_DIR, 'bench/dixit_bench');

// The page's hooks (web/index.html, web/app.js). Change them here if the page changes.
const PAGE = { ready: 'body[data-ready="true"]', input: '#article', button: '#annotate', output: '#highlights', done: 'result' };

const P = SMOKE
  ? { sizes: [['20 KB', 20e3]], runs: 2, warmup: 1, warmMs: 0, latencyRuns: 20, peerRuns: 1, loads: 1, memoryBytes: 20e3 }
  : { sizes: [['1 MB', 1e6], ['10 MB', 10e6]], runs: 7, warmup: 1, warmMs: 2000, latencyRuns: 1000, peerRuns: 5, loads: 10, memoryBytes: 10e6 };
if (args.runs) P.runs = Number(args.runs);

const BUDGET = {
  wasmMcps: 15, floorShare: 0.25, amountsMcps: 50, vsCompromise: 10, seedP50Ms: 1, coldMs: 200, payloadBrotli: 600e3, heapBytes: 80e6,
};

function parseArgs(argv) {
  const out = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (!a.startsWith('--')) continue;
    const key = a.slice(2);
    if (i + 1 < argv.length && !argv[i + 1].startsWith('--')) out[key] = argv[++i];
    else out[key] = true;
  }
  return out;
}

const log = (...m) => process.stderr.write(`[bench] ${m.join(' ')}\n`);
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const n = s.length; return n % 2 ? s[(n - 1) / 2] : (s[n / 2 - 1] + s[n / 2]) / 2; };
const pct = (xs, p) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]; };
const mcps = (chars, ms) => chars / ms / 1e3; // M chars/s from ms
const f1 = (x) => (x == null || Number.isNaN(x) ? 'n/a' : x.toFixed(1));
const f2 = (x) => (x == null || Number.isNaN(x) ? 'n/a' : x.toFixed(2));
const f3 = (x) => (x == null || Number.isNaN(x) ? 'n/a' : x.toFixed(3));
const kb = (b) => (b / 1e3).toFixed(1);
const mb = (b) => (b / 1e6).toFixed(1);
const verdict = (ok) => (ok == null ? 'n/a' : ok ? '**PASS**' : '**FAIL**');

// The warm-up runs `warmup` times, and goes on until it has taken `warmMs`:
// V8 compiles wasm in two tiers and moves hot functions to the optimising one
// in the background, so a single warm-up run of a short text still measures
// partly baseline code (1 MB in wasm: 11 M chars/s after one run, 15 once warm).
function timeRuns(fn, runs, warmup, warmMs = 0) {
  let last;
  const warmStart = performance.now();
  for (let i = 0; i < warmup || performance.now() - warmStart < warmMs; i++) last = fn();
  const ms = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    last = fn();
    ms.push(performance.now() - t0);
  }
  return { ms, median: median(ms), last };
}

function native(mode, file, ...rest) {
  const out = execFileSync(NATIVE_BENCH, [mode, file, ...rest.map(String)], { encoding: 'utf8', maxBuffer: 1 << 26 });
  return JSON.parse(out);
}

async function importModule(dir, mjs, wasm) {
  const { default: create } = await import(path.join(dir, mjs));
  return create({ wasmBinary: fs.readFileSync(path.join(dir, wasm)) });
}

function sh(cmd, cmdArgs) {
  const r = spawnSync(cmd, cmdArgs, { encoding: 'utf8' });
  return r.status === 0 ? (r.stdout || r.stderr).trim() : null;
}

function machine() {
  const cpu = (sh('lscpu', []) || '').split('\n').find((l) => l.startsWith('Model name:'));
  const osRelease = fs.existsSync('/etc/os-release') ? fs.readFileSync('/etc/os-release', 'utf8') : '';
  const pretty = (osRelease.match(/^PRETTY_NAME="?([^"\n]*)"?/m) || [])[1] || os.type();
  const first = (s) => (s ? s.split('\n')[0] : 'n/a');
  const pkg = (name) => { try { return JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules', name, 'package.json'), 'utf8')).version; } catch { return 'n/a'; } };
  return [
    ['CPU', `${cpu ? cpu.replace('Model name:', '').trim() : os.cpus()[0].model}, ${os.cpus().length} cores (shared with other work: timings are noisy)`],
    ['Memory', `${(os.totalmem() / 2 ** 30).toFixed(1)} GiB`],
    ['OS', `${pretty}, Linux ${os.release()}`],
    ['Native compiler', first(sh('c++', ['--version']))],
    ['Emscripten', first(sh('em++', ['--version']))],
    ['ICU', `native ${first(sh('pkg-config', ['--modversion', 'icu-uc']))}; wasm 72.1 (cross-built by scripts/setup.sh, -O2)`],
    ['Node', process.version],
    ['Chromium', first(sh('/usr/bin/chromium', ['--version']))],
    ['Peers', `compromise ${pkg('compromise')}, wink-nlp ${pkg('wink-nlp')} + wink-eng-lite-web-model ${pkg('wink-eng-lite-web-model')}`],
  ];
}

async function coldStart(seedText) {
  const { startServer } = await import(path.join(ROOT, 'scripts/serve.mjs'));
  const { chromium } = await import('playwright-core');
  const site = await startServer({ root: path.join(WASM_DIR, 'site'), port: 0, quiet: true });
  const floorSite = await startServer({ root: path.join(ROOT, 'bench/floor-page'), port: 0, quiet: true });
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium', headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
  const ready = [], annotated = [], floor = [], fetched = new Set();
  let marks = null;
  try {
    // The floor's loads and the page's alternate, so that the machine's load falls on both alike.
    for (let i = 0; i < P.loads; i++) {
      floor.push((await coldLoad(browser, floorSite.url, null, null))[0]);
      const t = await coldLoad(browser, site.url, seedText, (r) => fetched.add(new URL(r.url()).pathname));
      ready.push(t[0]);
      annotated.push(t[1]);
      marks = t[2];
    }
  } finally {
    await browser.close();
    site.server.close();
    floorSite.server.close();
  }
  return {
    ready: median(ready), annotated: median(annotated), floor: median(floor),
    readyAll: ready, annotatedAll: annotated, floorAll: floor, marks, fetched: [...fetched].sort(),
  };
}

// One load in a fresh context (empty cache: a cold load). With a text, the
// page's: [ready, first annotation shown, marks]; without, the floor page's: [ready].
async function coldLoad(browser, url, text, onResponse) {
  const context = await browser.newContext();
  try {
    // The page reports its times through a binding: page.waitForFunction
    // would first inject Playwright's script into the page, some 40 ms of
    // the page's thread inside the measured time (seen in a Chromium trace).
    let report;
    const reported = new Promise((resolve) => { report = resolve; });
    await context.exposeBinding('__dixitReport', (source, times) => report(times));
    await context.addInitScript(({ text, sel }) => {
      let started = false;
      const check = () => {
        const body = document.body;
        if (!body) return;
        if (!started && body.matches(sel.ready)) {
          started = true;
          window.__dixitReadyAt = performance.now();
          if (text == null) {
            window.__dixitReport([window.__dixitReadyAt]);
            return;
          }
          const input = document.querySelector(sel.input);
          input.value = text;
          input.dispatchEvent(new Event('input', { bubbles: true }));
          document.querySelector(sel.button).click();
        }
        const out = text == null ? null : document.querySelector(sel.output);
        if (started && out && out.dataset[sel.done] === 'ready' && !window.__dixitAnnotatedAt) {
          window.__dixitAnnotatedAt = performance.now();
          window.__dixitReport([window.__dixitReadyAt, window.__dixitAnnotatedAt, out.querySelectorAll('mark').length]);
        }
      };
      new MutationObserver(check).observe(document, { attributes: true, childList: true, subtree: true });
    }, { text, sel: PAGE });
    const page = await context.newPage();
    if (onResponse) page.on('response', onResponse);
    await page.goto(url, { waitUntil: 'commit' });
    let timer;
    return await Promise.race([reported, new Promise((resolve, reject) => {
      timer = setTimeout(() => reject(new Error(`cold start: ${url} did not report within 30 s`)), 30000);
    })]).finally(() => clearTimeout(timer));
  } finally {
    await context.close();
  }
}

function payload() {
  const site = path.join(WASM_DIR, 'site');
  // What the page loads: the top of the site. site/dist and site/embed are the
  // npm package and the bookmarklet, copies that the page never fetches.
  const files = fs.readdirSync(site).filter((f) => /\.(wasm|m?js|css|html)$/.test(f) && fs.statSync(path.join(site, f)).isFile()).sort();
  const rows = files.map((f) => {
    const buf = fs.readFileSync(path.join(site, f));
    return {
      file: f,
      raw: buf.length,
      gzip: zlib.gzipSync(buf, { level: 9 }).length,
      brotli: zlib.brotliCompressSync(buf, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: buf.length } }).length,
    };
  });
  const total = rows.reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli }), { raw: 0, gzip: 0, brotli: 0 });
  return { rows, total };
}

function wasmMemory(file) {
  // A fresh node process and a fresh module: the heap after one annotation is its peak (it never shrinks).
  const script = `
    import fs from 'node:fs';
    const { default: create } = await import(${JSON.stringify(path.join(WASM_DIR, 'dixit.mjs'))});
    const m = await create({ wasmBinary: fs.readFileSync(${JSON.stringify(path.join(WASM_DIR, 'dixit.wasm'))}) });
    const text = fs.readFileSync(${JSON.stringify(file)}, 'utf8');
    const before = m.HEAP8.length;
    const r = m.annotate(text);
    console.log(JSON.stringify({ chars: text.length, quotes: r.quotes.length, heapBefore: before, heapAfter: m.HEAP8.length,
      rss: process.memoryUsage().rss, maxRssKb: process.resourceUsage().maxRSS }));`;
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', maxBuffer: 1 << 24 });
  return JSON.parse(out);
}

async function main() {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'dixit-bench-'));
  const articles = loadArticles(ROOT);
  if (articles.length === 0) throw new Error('no tests/corpus/**/*.gold.json with a "text"');
  const seedText = JSON.parse(fs.readFileSync(path.join(ROOT, 'tests/corpus/fr/seed-fr-001.gold.json'), 'utf8')).text;
  const seedFile = path.join(tmp, 'seed.txt');
  fs.writeFileSync(seedFile, seedText);
  const texts = P.sizes.map(([label, bytes]) => {
    const t = buildText(articles, bytes);
    const file = path.join(tmp, `text-${bytes}.txt`);
    fs.writeFileSync(file, t.text);
    return { label, file, ...t };
  });
  const memText = texts.find((t) => t.bytes >= P.memoryBytes) || texts[texts.length - 1];

  log('loading the wasm modules');
  const dixit = await importModule(WASM_DIR, 'dixit.mjs', 'dixit.wasm');
  const benchDir = path.join(WASM_DIR, 'bench');
  const wb = fs.existsSync(path.join(benchDir, 'dixit-bench.mjs')) ? await importModule(benchDir, 'dixit-bench.mjs', 'dixit-bench.wasm') : null;

  const R = { sizes: [] };
  for (const t of texts) {
    log(`throughput on ${t.label} (${t.chars} chars)`);
    const s = { label: t.label, chars: t.chars, bytes: t.bytes };
    if (!WASM_ONLY) {
      s.native = native('annotate', t.file, P.runs, P.warmup);
      s.nativeWb = native('wordbreak', t.file, P.runs, P.warmup);
      s.nativeStages = native('stages', t.file, P.runs, P.warmup);
    }
    const w = timeRuns(() => dixit.annotate(t.text), P.runs, P.warmup, P.warmMs);
    s.wasm = { median: w.median, ms: w.ms, quotes: w.last.quotes.length, speakers: w.last.speakers.length, amounts: w.last.amounts.length };
    if (wb) {
      wb.setText(t.text);
      const wbr = timeRuns(() => wb.wordBreak(), P.runs, P.warmup);
      s.wasmWb = { median: wbr.median, words: wbr.last };
      s.stages = {
        core: timeRuns(() => wb.coreOnly(), P.runs, P.warmup).median,
        json: timeRuns(() => wb.coreJson(), P.runs, P.warmup).median,
        toJs: timeRuns(() => wb.coreJsonString(), P.runs, P.warmup).median,
        parse: timeRuns(() => JSON.parse(wb.coreJsonString()), P.runs, P.warmup).median,
      };
      s.wasmStages = JSON.parse(wb.stages(P.runs, P.warmup));
      wb.setText('');
    }
    R.sizes.push(s);
  }

  const peerText = texts[0];
  log(`peers on ${peerText.label}`);
  const { default: nlp } = await import('compromise');
  const { default: winkNLP } = await import('wink-nlp');
  const { default: model } = await import('wink-eng-lite-web-model');
  const comp = timeRuns(() => {
    const doc = nlp(peerText.text);
    return { money: doc.money().length, people: doc.people().length, quotations: doc.quotations().length };
  }, P.peerRuns, 1);
  const wink = winkNLP(model);
  const winkRun = timeRuns(() => {
    const doc = wink.readDoc(peerText.text);
    const types = doc.entities().out(wink.its.type);
    return { entities: types.length, money: types.filter((x) => x === 'MONEY').length, sentences: doc.sentences().length(), tokens: doc.tokens().length() };
  }, P.peerRuns, 1);
  R.peers = { label: peerText.label, chars: peerText.chars, compromise: comp, wink: winkRun };

  log('seed latency');
  R.latency = { wasm: timeRuns(() => dixit.annotate(seedText), P.latencyRuns, Math.min(50, P.latencyRuns)).ms };
  if (!WASM_ONLY) R.latency.native = native('latency', seedFile, P.latencyRuns, Math.min(50, P.latencyRuns)).ms;

  log(`memory on ${memText.label}`);
  R.memory = { wasm: wasmMemory(memText.file), label: memText.label };
  if (!WASM_ONLY) R.memory.native = native('memory', memText.file);

  log(`cold start in Chromium (${P.loads} loads)`);
  R.cold = await coldStart(seedText);
  R.payload = payload();
  fs.rmSync(tmp, { recursive: true, force: true });

  const md = report(R, articles, texts);
  process.stdout.write(md);
  if (args.out) {
    // Only the generated block of the file is replaced; the rest is written by hand.
    const begin = '<!-- scripts/bench: begin -->', end = '<!-- scripts/bench: end -->';
    const block = `${begin}\n${md}${end}`;
    fs.mkdirSync(path.dirname(path.resolve(args.out)), { recursive: true });
    const old = fs.existsSync(args.out) ? fs.readFileSync(args.out, 'utf8') : '';
    const i = old.indexOf(begin), j = old.indexOf(end);
    fs.writeFileSync(args.out, i >= 0 && j > i ? old.slice(0, i) + block + old.slice(j + end.length) : `# Benchmarks\n\n${block}\n`);
    log(`wrote ${path.relative(ROOT, path.resolve(args.out))}`);
  }
  if (args.json) fs.writeFileSync(args.json, JSON.stringify(R, null, 1));
}

function report(R, articles, texts) {
  const L = [];
  const big = R.sizes[R.sizes.length - 1];
  const langs = {};
  for (const a of articles) langs[a.lang] = (langs[a.lang] || 0) + 1;
  L.push('## Results', '');
  L.push(`Generated by \`scripts/bench${SMOKE ? ' --smoke' : ''}\` on ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC. ` +
    `Text: ${articles.length} article(s) of tests/corpus (${Object.entries(langs).map(([k, v]) => `${k}: ${v}`).join(', ')}), shuffled and repeated; ` +
    `"chars" are UTF-16 code units (JavaScript string length). Each throughput is the median of ${P.runs} runs after ${P.warmup} warm-up run(s)${P.warmMs ? ` (in wasm: warm-up runs for ${P.warmMs / 1000} s at least, until V8 has tiered the hot code up)` : ''}; peers: median of ${P.peerRuns}.`, '');
  L.push('| Measure | Native | Wasm (node) | Budget | |', '|---|---:|---:|---|---|');
  for (const s of R.sizes) {
    const nat = s.native ? mcps(s.chars, median(s.native.ms)) : null;
    const w = mcps(s.chars, s.wasm.median);
    L.push(`| Annotation, ${s.label}, M chars/s | ${f1(nat)} | ${f1(w)} | wasm ≥ ${BUDGET.wasmMcps} | ${verdict(w >= BUDGET.wasmMcps)} |`);
  }
  for (const s of R.sizes) {
    const nat = s.nativeWb ? mcps(s.chars, median(s.nativeWb.ms)) : null;
    const w = s.wasmWb ? mcps(s.chars, s.wasmWb.median) : null;
    L.push(`| ICU word-break pass (floor), ${s.label}, M chars/s | ${f1(nat)} | ${f1(w)} | | |`);
  }
  for (const s of R.sizes) {
    const nat = s.native && s.nativeWb ? median(s.nativeWb.ms) / median(s.native.ms) : null;
    const w = s.wasmWb ? s.wasmWb.median / s.wasm.median : null;
    L.push(`| Annotation / word-break speed, ${s.label} | ${f2(nat)} | ${f2(w)} | wasm ≥ ${BUDGET.floorShare} | ${verdict(w == null ? null : w >= BUDGET.floorShare)} |`);
  }
  const p = R.peers;
  const dixitPeer = R.sizes.find((s) => s.chars === p.chars) || R.sizes[0];
  const cM = mcps(p.chars, p.compromise.median), wM = mcps(p.chars, p.wink.median);
  const dW = mcps(dixitPeer.chars, dixitPeer.wasm.median);
  L.push(`| compromise (.money .people .quotations), ${p.label}, M chars/s | | ${f3(cM)} | | |`);
  L.push(`| wink-nlp + eng-lite-web-model, ${p.label}, M chars/s | | ${f3(wM)} | | |`);
  L.push(`| dixit wasm / compromise | | ${f1(dW / cM)}× | ≥ ${BUDGET.vsCompromise}× | ${verdict(dW / cM >= BUDGET.vsCompromise)} |`);
  L.push(`| dixit wasm / wink-nlp | | ${f1(dW / wM)}× | | |`);
  const lw = R.latency.wasm, ln = R.latency.native;
  L.push(`| Seed article (${R.latency.wasm.length} runs) p50, ms | ${ln ? f3(pct(ln, 50)) : 'n/a'} | ${f3(pct(lw, 50))} | wasm < ${BUDGET.seedP50Ms} | ${verdict(pct(lw, 50) < BUDGET.seedP50Ms)} |`);
  L.push(`| Seed article p99, ms | ${ln ? f3(pct(ln, 99)) : 'n/a'} | ${f3(pct(lw, 99))} | | |`);
  L.push(`| Cold start (Chromium, median of ${P.loads}): wasm ready, ms | | ${f1(R.cold.ready)} | | |`);
  L.push(`| Cold start: first annotation of the seed shown, ms | | ${f1(R.cold.annotated)} | < ${BUDGET.coldMs} | ${verdict(R.cold.annotated < BUDGET.coldMs)} |`);
  L.push(`| Cold start floor: an empty page whose module worker answers (bench/floor-page), ms | | ${f1(R.cold.floor)} | | |`);
  const tot = R.payload.total;
  L.push(`| Payload total, KB raw / gzip / brotli | | ${kb(tot.raw)} / ${kb(tot.gzip)} / ${kb(tot.brotli)} | brotli ≤ ${BUDGET.payloadBrotli / 1e3} | ${verdict(tot.brotli <= BUDGET.payloadBrotli)} |`);
  const m = R.memory;
  L.push(`| Memory, ${m.label}: wasm heap after (HEAP8.length), MB | | ${mb(m.wasm.heapAfter)} | ≤ ${BUDGET.heapBytes / 1e6} | ${verdict(m.wasm.heapAfter <= BUDGET.heapBytes)} |`);
  L.push(`| Memory, ${m.label}: process peak RSS, MB | ${m.native ? mb(m.native.maxrss_kb * 1024) : 'n/a'} | ${mb(m.wasm.maxRssKb * 1024)} | | |`);
  L.push('');
  L.push('KB and MB are 1,000 and 1,000,000 bytes. Native annotation is `annotate()` + `to_json_string()` on UTF-16 text already in memory (what the CLI prints, without I/O); ' +
    'wasm annotation is `module.annotate(text)` from JavaScript (copy in, annotate, build the result object). The word-break pass is an ICU word `BreakIterator` (locale fr) over the same UTF-16 text, reading each rule status. ' +
    'Latency excludes process start. Cold start: a fresh browser context per load; time from navigation start until `body[data-ready]` and until the seed, pasted and annotated as soon as the page is ready, is highlighted; the floor page (bench/floor-page: a module script that starts a module worker, which answers at once) is loaded before each load of the page: the practical floor of any page built that way on this machine and browser. Node RSS includes V8 and the text as a JS string.', '');

  L.push('### What each one found', '');
  L.push(`On the ${p.label} text (${p.chars} chars).`, '');
  const dp = dixitPeer.wasm;
  L.push('| Tool | Found |', '|---|---|');
  L.push(`| dixit | ${dp.quotes} quotes, ${dp.speakers} speakers, ${dp.amounts} amounts |`);
  const cl = p.compromise.last, wl = p.wink.last;
  L.push(`| compromise | ${cl.quotations} quotations, ${cl.people} people, ${cl.money} money |`);
  L.push(`| wink-nlp | ${wl.entities} entities (${wl.money} MONEY), ${wl.sentences} sentences, ${wl.tokens} tokens |`);
  L.push('', 'The peers are English-only: on the French articles their counts measure work done, not quality; and no count here is checked against the gold annotations.', '');

  const first = R.sizes[0];
  if (first.nativeStages || first.wasmStages) {
    const nat = first.nativeStages, was = first.wasmStages;
    const names = Object.keys((nat || was).stages);
    L.push(`### Where annotation time goes, stage by stage (${first.label})`, '');
    L.push('Each stage of core/pipeline.cpp alone, in its order, on the whole text (bench/stages.h; language ' +
      `${(nat || was).lang}, detected once outside the timings). Medians, ms, and the stage's speed in M chars/s. ` +
      `Budget (issue 3): the amounts extractor alone at ${BUDGET.amountsMcps} M chars/s natively.`, '');
    L.push('| Stage | Native ms | Native M chars/s | Wasm ms | Wasm M chars/s | Wasm / native time | Budget | |', '|---|---:|---:|---:|---:|---:|---|---|');
    let natTotal = 0, wasTotal = 0;
    for (const name of names) {
      const n = nat ? median(nat.stages[name]) : null, w = was ? median(was.stages[name]) : null;
      natTotal += n || 0; wasTotal += w || 0;
      const budget = name === 'amounts' ? `native ≥ ${BUDGET.amountsMcps}` : '';
      const ok = name === 'amounts' && n != null ? verdict(mcps(first.chars, n) >= BUDGET.amountsMcps) : '';
      L.push(`| ${name} | ${f1(n)} | ${n ? f1(mcps(first.chars, n)) : 'n/a'} | ${f1(w)} | ${w ? f1(mcps(first.chars, w)) : 'n/a'} | ${n && w ? f1(w / n) : 'n/a'} | ${budget} | ${ok} |`);
    }
    L.push(`| **all** | ${f1(nat ? natTotal : null)} | ${natTotal ? f1(mcps(first.chars, natTotal)) : "n/a"} | ${f1(was ? wasTotal : null)} | ${wasTotal ? f1(mcps(first.chars, wasTotal)) : 'n/a'} | ${natTotal && wasTotal ? f1(wasTotal / natTotal) : 'n/a'} | | |`);
    L.push('');
  }
  if (first.stages) {
    L.push('### The JS↔wasm boundary', '');
    L.push('Medians, ms. "core" is `dixit::annotate` alone on text already in wasm memory; "+ JSON text" adds `to_json_string` (core/output/json_writer.cpp); "+ string to JS" hands that string to JavaScript; "+ JSON.parse in JS" parses it there (the way the shipped module returned its result until 2026-12-02); the shipped `annotate()` (wasm/bindings.cpp) copies the text in and hands the result over as a tape of numbers and one buffer of strings (wasm/result_tape.h), which annotate.post.js reads into objects. "boundary share" is 1 - core / shipped.', '');
    L.push('| Text | core | + JSON text | + string to JS | + JSON.parse in JS | shipped annotate() | boundary share |', '|---|---:|---:|---:|---:|---:|---:|');
    for (const s of R.sizes) {
      const st = s.stages;
      L.push(`| ${s.label} | ${f1(st.core)} | ${f1(st.json)} | ${f1(st.toJs)} | ${f1(st.parse)} | ${f1(s.wasm.median)} | ${((1 - st.core / s.wasm.median) * 100).toFixed(0)}% |`);
    }
    L.push('');
  }

  L.push('### Payload', '');
  L.push('The files the page loads (top of build/bench-wasm/site; site/dist and site/embed hold the npm package and the bookmarklet, which the page never fetches). gzip level 9 and brotli quality 11, from node zlib.', '');
  L.push('| File | Raw | gzip | brotli |', '|---|---:|---:|---:|');
  for (const r of R.payload.rows) L.push(`| ${r.file} | ${r.raw} | ${r.gzip} | ${r.brotli} |`);
  L.push(`| **total** | ${tot.raw} | ${tot.gzip} | ${tot.brotli} |`, '');
  L.push(`Fetched by the page during the cold loads: ${R.cold.fetched.map((f) => '`' + f + '`').join(', ')}.`, '');

  L.push('### Runs', '');
  for (const s of R.sizes) {
    L.push(`- ${s.label} (${s.chars} chars): wasm annotate ms ${s.wasm.ms.map(f1).join(', ')}${s.native ? `; native annotate ms ${s.native.ms.map(f1).join(', ')}; native word-break ms ${s.nativeWb.ms.map(f1).join(', ')}` : ''}.`);
  }
  L.push(`- Peers (${p.label}): compromise ms ${p.compromise.ms.map((x) => x.toFixed(0)).join(', ')}; wink-nlp ms ${p.wink.ms.map((x) => x.toFixed(0)).join(', ')}.`);
  L.push(`- Cold start ms, ready: ${R.cold.readyAll.map(f1).join(', ')}; first annotation: ${R.cold.annotatedAll.map(f1).join(', ')} (${R.cold.marks} marks shown); floor page ready: ${R.cold.floorAll.map(f1).join(', ')}.`);
  L.push(`- Memory: wasm heap ${mb(m.wasm.heapBefore)} MB at start, ${mb(m.wasm.heapAfter)} MB after; ${m.native ? `native peak RSS ${mb(m.native.maxrss_loaded_kb * 1024)} MB with the text loaded, ${mb(m.native.maxrss_kb * 1024)} MB after.` : ''}`);
  L.push('');

  L.push('### Machine', '');
  L.push('| | |', '|---|---|');
  for (const [k, v] of machine()) L.push(`| ${k} | ${v} |`);
  L.push('');
  return L.join('\n');
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
