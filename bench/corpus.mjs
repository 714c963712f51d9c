// The benchmark text: every "text" of tests/corpus/**/*.gold.json, articles
// shuffled (a fixed seed, so every run sees the same text) and repeated until
// the UTF-8 size reaches the target. Articles are separated by a blank line.
import fs from 'node:fs';
import path from 'node:path';

function goldFiles(dir) {
  const out = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...goldFiles(p));
    else if (entry.name.endsWith('.gold.json')) out.push(p);
  }
  return out.sort();
}

export function loadArticles(root) {
  const articles = [];
  for (const file of goldFiles(path.join(root, 'tests/corpus'))) {
    try {
      const gold = JSON.parse(fs.readFileSync(file, 'utf8'));
      if (typeof gold.text === 'string' && gold.text.length > 0)
        articles.push({ file: path.relative(root, file), lang: gold.lang || '?', text: gold.text });
    } catch {
      // A file being written by someone else: skip it, the next run sees it.
    }
  }
  return articles;
}

// mulberry32: small, deterministic.
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

export function buildText(articles, targetBytes, seed = 8) {
  const random = rng(seed);
  const parts = [];
  let bytes = 0;
  const byLang = {};
  while (bytes < targetBytes) {
    const order = articles.slice();
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (const a of order) {
      if (bytes >= targetBytes) break;
      parts.push(a.text);
      const n = Buffer.byteLength(a.text) + 2;
      bytes += n;
      byLang[a.lang] = (byLang[a.lang] || 0) + a.text.length;
    }
  }
  const text = parts.join('\n\n');
  return { text, bytes: Buffer.byteLength(text), chars: text.length, byLang };
}
