#!/usr/bin/env node
// Fuzzing the page's JSON import (web/import.js) under node: valid results
// mutated field by field and byte by byte, thrown at parseImport. It fails when
// the validator throws or reports an unexpected error, when it accepts a
// result that an independent check finds invalid (an offset outside the text,
// on a surrogate half, not an integer; an id twice; a reference to nothing; a
// field of the wrong type), or when it refuses one of the valid seeds.
//
//   node tests/fuzz/import-fuzz.mjs --runs 1000000 [--seed N] [--seconds S] [--out DIR]
// (it stops at --runs or after --seconds, whichever comes first, and prints a
// progress line every 100,000 inputs)
//
// A short run is part of the tests (tests/node/import.test.mjs); inputs that
// failed are written to --out (default build/import-fuzz-findings) and, once
// fixed, kept in tests/fuzz/import-regressions/ where the test replays them.
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { parseImport } from '../../web/import.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const REGRESSIONS = path.join(ROOT, 'tests/fuzz/import-regressions');

// ---- Seeds -------------------------------------------------------------

export function seeds() {
  const gold = JSON.parse(fs.readFileSync(path.join(ROOT, 'tests/corpus/fr/seed-fr-001.gold.json'), 'utf8'));
  const span = (p) => (p ? { start: p[0], end: p[1] } : null);
  const seed = {
    version: '0.1.0', lang: gold.lang, text: gold.text,
    speakers: gold.speakers.map((s) => ({ id: s.id, name: s.name, kind: s.kind, role: s.role ?? null, mentions: s.mentions.map(span) })),
    quotes: gold.quotes.map((q, i) => ({ id: `q${i + 1}`, ...span(q.span), type: q.type, speaker: q.speaker, cue: span(q.cue),
      confidence: 0.5, basis: 'cue-named', ...(i % 2 ? { edited: true } : {}), ...(i % 3 ? {} : { checked: true }) })),
    amounts: gold.money.map((m, i) => ({ id: `m${i + 1}`, ...span(m.span), text: m.text, value: m.value, min: m.min ?? null, max: m.max ?? null,
      currency: m.currency, approx: m.approx, equivalent_of: m.equivalent_of == null ? null : `m${m.equivalent_of + 1}` })),
  };
  // Astral characters: offsets can fall between the halves of a pair.
  const text = '😀 Ana 🇫🇷 a dit : « On paiera 𝟓 millions d’euros 💶 » selon 𝒜gence.';
  const at = (s) => text.indexOf(s);
  const astral = {
    version: '0.1.0', lang: 'fr', text,
    speakers: [{ id: 's1', name: 'Ana', kind: 'person', role: null, mentions: [{ start: at('Ana'), end: at('Ana') + 3 }] },
      { id: 's2', name: '𝒜gence', kind: 'organization', role: null, mentions: [{ start: at('𝒜'), end: at('𝒜') + '𝒜gence'.length }] }],
    quotes: [{ id: 'q1', start: at('« On'), end: at('» selon') + 1, type: 'direct', speaker: 's1', cue: { start: at('a dit'), end: at('a dit') + 5 }, confidence: 0.9 }],
    amounts: [{ id: 'm1', start: at('𝟓'), end: at('𝟓') + '𝟓 millions d’euros'.length, text: '𝟓 millions d’euros', value: '5000000', min: null, max: null,
      currency: 'EUR', approx: false, equivalent_of: null }],
  };
  return [seed, astral];
}

// ---- Mutations ---------------------------------------------------------

function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ODD = () => [0, -1, 1, 2, 3, 7, 1.5, -0, 2 ** 31, 2 ** 53, 2 ** 53 + 2, 1e308, -1e308, Number.MAX_SAFE_INTEGER, '3', '', null, true, false,
  [], {}, [1, 2], { start: 0, end: 1 }, '__proto__', 'constructor', '<img src=x onerror=alert(1)>', '\uD800', '\uDC00x', 'x'.repeat(20000),
  'person', 'direct', 'EUR', 'eur', 's1', 'q1', 'm1', '1e5', '1.', '-0.5', '12345678901234567890123456789012345678901234567890', 0.5, 1.01, NaN];

function paths(node, prefix = [], out = []) {
  out.push(prefix);
  if (node && typeof node === 'object') for (const k of Object.keys(node)) paths(node[k], [...prefix, k], out);
  return out;
}

function structural(doc, r) {
  const d = structuredClone(doc);
  const n = 1 + Math.floor(r() * 4);
  for (let i = 0; i < n; i++) {
    const all = paths(d).filter((p) => p.length);
    const p = all[Math.floor(r() * all.length)];
    let parent = d;
    for (const k of p.slice(0, -1)) parent = parent[k];
    const key = p[p.length - 1];
    const choice = r();
    const odd = ODD();
    if (choice < 0.45) parent[key] = odd[Math.floor(r() * odd.length)];
    else if (choice < 0.6 && typeof parent[key] === 'number') parent[key] += Math.floor(r() * 7) - 3;   // near misses: surrogate halves, the end
    else if (choice < 0.7) { if (Array.isArray(parent)) parent.splice(key, 1); else delete parent[key]; }
    else if (choice < 0.8 && Array.isArray(parent)) parent.push(structuredClone(parent[Math.floor(r() * parent.length)]));   // a duplicate id
    else if (choice < 0.9 && !Array.isArray(parent)) parent[['extra', '__proto__', 'constructor', 'edited', 'checked'][Math.floor(r() * 5)]] = odd[Math.floor(r() * odd.length)];
    else if (key === 'text' && typeof parent[key] === 'string') parent[key] = parent[key].slice(0, Math.floor(r() * parent[key].length));
    else parent[key] = odd[Math.floor(r() * odd.length)];
  }
  return JSON.stringify(d);
}

function bytes(raw, r) {
  let s = raw;
  const n = 1 + Math.floor(r() * 6);
  for (let i = 0; i < n; i++) {
    const at = Math.floor(r() * (s.length + 1));
    const c = r();
    if (c < 0.25) s = s.slice(0, at) + s.slice(at + 1 + Math.floor(r() * 8));
    else if (c < 0.5) s = s.slice(0, at) + String.fromCharCode(Math.floor(r() * 0x10000)) + s.slice(at);
    else if (c < 0.65) s = s.slice(0, at) + '{"start":-1,"end":99999999999}[]"\\ud800"'.slice(Math.floor(r() * 10), Math.floor(r() * 40)) + s.slice(at);
    else if (c < 0.8) { const b = Math.floor(r() * s.length); s = s.slice(0, at) + s.slice(b, b + Math.floor(r() * 64)) + s.slice(at); }
    else if (c < 0.9) s = s.slice(0, at);
    else s = s.replace(/\d+/, String(Math.floor(r() * 1e6)));
  }
  return s;
}

// ---- The independent check of an accepted result ----------------------

const isHigh = (c) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c) => c >= 0xdc00 && c <= 0xdfff;
export function independentCheck(text, result) {
  const problems = [];
  const off = (o, where) => {
    if (typeof o !== 'number' || !Number.isInteger(o) || o < 0 || o > text.length) problems.push(`${where}: offset ${o}`);
    else if (o > 0 && o < text.length && isHigh(text.charCodeAt(o - 1)) && isLow(text.charCodeAt(o))) problems.push(`${where}: surrogate half at ${o}`);
  };
  const spanOk = (s, where) => {
    if (!s || typeof s !== 'object') { problems.push(`${where}: no span`); return; }
    off(s.start, `${where}.start`);
    off(s.end, `${where}.end`);
    if (s.start > s.end) problems.push(`${where}: reversed`);
  };
  const unique = (list, where) => {
    const ids = new Set();
    for (const x of list) {
      if (typeof x.id !== 'string' || !x.id) problems.push(`${where}: bad id`);
      if (ids.has(x.id)) problems.push(`${where}: id ${x.id} twice`);
      ids.add(x.id);
    }
    return ids;
  };
  if (typeof text !== 'string') return ['text is not a string'];
  for (const k of ['speakers', 'quotes', 'amounts']) if (!Array.isArray(result[k])) return [`${k} is not a list`];
  const speakers = unique(result.speakers, 'speakers');
  const amounts = unique(result.amounts, 'amounts');
  unique(result.quotes, 'quotes');
  for (const s of result.speakers) {
    if (typeof s.name !== 'string') problems.push(`speaker ${s.id}: name`);
    if (!Array.isArray(s.mentions)) problems.push(`speaker ${s.id}: mentions`);
    else s.mentions.forEach((m, i) => spanOk(m, `speaker ${s.id} mention ${i}`));
  }
  for (const q of result.quotes) {
    spanOk(q, `quote ${q.id}`);
    if (q.cue !== null) spanOk(q.cue, `quote ${q.id} cue`);
    if (q.speaker !== null && !speakers.has(q.speaker)) problems.push(`quote ${q.id}: speaker ${q.speaker} missing`);
    if (q.confidence !== null && !(typeof q.confidence === 'number' && q.confidence >= 0 && q.confidence <= 1)) problems.push(`quote ${q.id}: confidence`);
  }
  for (const a of result.amounts) {
    spanOk(a, `amount ${a.id}`);
    if (a.equivalent_of !== null && !amounts.has(a.equivalent_of)) problems.push(`amount ${a.id}: equivalent_of`);
    for (const k of ['value', 'min', 'max']) if (a[k] !== null && !(typeof a[k] === 'string' && /^-?\d+(\.\d+)?$/.test(a[k]))) problems.push(`amount ${a.id}: ${k}`);
  }
  for (const x of [result, ...result.speakers, ...result.quotes, ...result.amounts]) {
    if (Object.getPrototypeOf(x) !== Object.prototype) problems.push('an item is not a plain object');
  }
  return problems;
}

// ---- The loop ----------------------------------------------------------

// One input; returns null or a description of what went wrong.
export function check(raw, options) {
  let out;
  try {
    out = parseImport(raw, options);
  } catch (err) {
    return `threw: ${err && err.stack}`;
  }
  if (!out || typeof out.ok !== 'boolean') return 'no verdict';
  if (out.unexpected) return `unexpected error: ${out.error}`;
  if (!out.ok) return typeof out.error === 'string' ? null : 'a refusal without a reason';
  const problems = independentCheck(out.text, out.result);
  return problems.length ? `accepted an invalid result: ${problems.slice(0, 5).join('; ')}` : null;
}

export function fuzz({ runs = 1000, seed = 1, seconds = Infinity, onFinding = () => {}, onProgress = null, every = 100000 } = {}) {
  const r = rng(seed);
  const docs = seeds();
  const stats = { runs: 0, accepted: 0, refused: 0, findings: 0 };
  for (const doc of docs) {
    const problem = check(JSON.stringify(doc));
    if (problem || !parseImport(JSON.stringify(doc)).ok) { stats.findings++; onFinding(JSON.stringify(doc), problem || 'a valid seed refused'); }
  }
  const until = Date.now() + seconds * 1000;
  for (let i = 0; i < runs && (seconds === Infinity || Date.now() < until); i++) {
    const doc = docs[Math.floor(r() * docs.length)];
    const mode = r();
    let raw = mode < 0.6 ? structural(doc, r) : mode < 0.9 ? bytes(JSON.stringify(doc), r) : bytes(structural(doc, r), r);
    // Without a text of its own the file is checked against the article open.
    let options;
    if (r() < 0.1) {
      try {
        const d = JSON.parse(raw);
        if (d && typeof d === 'object' && !Array.isArray(d)) { delete d.text; raw = JSON.stringify(d); options = { currentText: doc.text }; }
      } catch { /* keep raw */ }
    }
    const problem = check(raw, options);
    stats.runs++;
    if (onProgress && stats.runs % every === 0) onProgress(stats);
    if (problem) { stats.findings++; onFinding(raw, problem); }
    else if (parseImport(raw, options).ok) stats.accepted++;
    else stats.refused++;
  }
  return stats;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const arg = (name, dflt) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? process.argv[i + 1] : dflt;
  };
  const runs = Number(arg('runs', 100000));
  const seed = Number(arg('seed', Date.now() % 2 ** 31));
  const seconds = arg('seconds', null) != null ? Number(arg('seconds')) : Infinity;
  const out = path.resolve(arg('out', path.join(ROOT, 'build/import-fuzz-findings')));
  const started = Date.now();
  // A line every 100,000 inputs, so that a campaign cut short still has its figures.
  const onProgress = (st) => console.log(`progress: ${st.runs} runs in ${((Date.now() - started) / 1000).toFixed(0)} s, ${st.accepted} accepted, ${st.refused} refused, ${st.findings} findings`);
  const stats = fuzz({ runs, seed, seconds, onProgress, onFinding(raw, problem) {
    fs.mkdirSync(out, { recursive: true });
    const file = path.join(out, `${crypto.createHash('sha1').update(raw).digest('hex')}.json`);
    fs.writeFileSync(file, raw);
    console.error(`finding: ${problem}\n  input: ${file}`);
  } });
  const secs = (Date.now() - started) / 1000;
  console.log(`import-fuzz: seed ${seed}, ${stats.runs} runs in ${secs.toFixed(1)} s (${Math.round(stats.runs / secs)}/s), `
    + `${stats.accepted} accepted, ${stats.refused} refused, ${stats.findings} findings`);
  process.exit(stats.findings ? 1 : 0);
}
