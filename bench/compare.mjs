// Compares wasm builds (bench/variant.sh) on what the flag choices move:
// size, throughput, seed latency, start-up and heap. One Markdown row each.
//   node bench/compare.mjs DIR...     (DIR holds dixit.mjs and dixit.wasm)
// Each build runs in its own node process, the builds interleaved round by
// round, so that load from other work on the machine spreads over all of them.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { loadArticles, buildText } from './corpus.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const n = s.length; return n % 2 ? s[(n - 1) / 2] : (s[n / 2 - 1] + s[n / 2]) / 2; };

if (process.argv[2] === '--child') {
  // One measurement of one build, in a fresh process: start-up, first call, throughput, latency, heap.
  const [dir, file1, file10, seedFile, runs] = process.argv.slice(3);
  const t0 = performance.now();
  const { default: create } = await import(path.join(dir, 'dixit.mjs'));
  const m = await create({ wasmBinary: fs.readFileSync(path.join(dir, 'dixit.wasm')) });
  const t1 = performance.now();
  const seed = fs.readFileSync(seedFile, 'utf8');
  m.annotate(seed);
  const t2 = performance.now();
  const time = (text, n) => { m.annotate(text); const ms = []; for (let i = 0; i < n; i++) { const a = performance.now(); m.annotate(text); ms.push(performance.now() - a); } return median(ms); };
  const lat = []; for (let i = 0; i < 300; i++) { const a = performance.now(); m.annotate(seed); lat.push(performance.now() - a); }
  const t1mb = fs.readFileSync(file1, 'utf8'), t10mb = fs.readFileSync(file10, 'utf8');
  const out = { init: t1 - t0, first: t2 - t1, seed: median(lat), mb1: time(t1mb, Number(runs)) };
  out.mb10 = time(t10mb, 3);
  out.heap = m.HEAP8.length;
  out.chars1 = t1mb.length; out.chars10 = t10mb.length;
  console.log(JSON.stringify(out));
  process.exit(0);
}

const dirs = process.argv.slice(2).map((d) => path.resolve(d));
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'dixit-compare-'));
const articles = loadArticles(ROOT);
const f1 = path.join(tmp, '1.txt'), f10 = path.join(tmp, '10.txt'), fs0 = path.join(tmp, 'seed.txt');
fs.writeFileSync(f1, buildText(articles, 1e6).text);
fs.writeFileSync(f10, buildText(articles, 10e6).text);
fs.writeFileSync(fs0, JSON.parse(fs.readFileSync(path.join(ROOT, 'tests/corpus/fr/seed-fr-001.gold.json'), 'utf8')).text);
const ROUNDS = Number(process.env.ROUNDS || 3);
const results = new Map(dirs.map((d) => [d, []]));
for (let r = 0; r < ROUNDS; r++) {
  for (const d of dirs) {
    const out = execFileSync(process.execPath, [fileURLToPath(import.meta.url), '--child', d, f1, f10, fs0, '5'], { encoding: 'utf8' });
    results.get(d).push(JSON.parse(out));
    process.stderr.write('.');
  }
}
process.stderr.write('\n');
console.log('| Build | .wasm raw | .wasm brotli | .mjs brotli | 1 MB M chars/s | 10 MB M chars/s | seed p50 ms | instantiate ms | first call ms | heap after 10 MB, MB |');
console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
for (const d of dirs) {
  const rs = results.get(d);
  const m = (k) => median(rs.map((x) => x[k]));
  const wasm = fs.readFileSync(path.join(d, 'dixit.wasm'));
  const mjs = fs.readFileSync(path.join(d, 'dixit.mjs'));
  const br = (b) => zlib.brotliCompressSync(b, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  console.log(`| ${path.basename(d)} | ${wasm.length} | ${br(wasm)} | ${br(mjs)} | ${(rs[0].chars1 / m('mb1') / 1e3).toFixed(1)} | ${(rs[0].chars10 / m('mb10') / 1e3).toFixed(1)} | ${m('seed').toFixed(3)} | ${m('init').toFixed(1)} | ${m('first').toFixed(1)} | ${(m('heap') / 1e6).toFixed(1)} |`);
}
fs.rmSync(tmp, { recursive: true, force: true });
