#!/usr/bin/env node
// Bundles the page's modules into app.js, in place (the `site` target runs it
// on build/wasm/site). On HTTP/1.1 a browser opens 6 connections per host, and
// 14 small modules queued the worker's scripts (worker.js, then dixit.mjs)
// behind them: the worker, and so the first annotation, started about 50 ms
// late. boot.js stays apart: it must run first, and worker-client.js reaches it
// by import. The worker is two files already (worker.js and the wasm glue,
// which the page tests replace by a stand-in core). Nothing is minified: the
// shipped code reads as the source, and brotli takes most of the difference.
// Usage: node scripts/bundle-site.mjs SITE_DIR
import fs from 'node:fs';
import path from 'node:path';

let esbuild;
try {
  esbuild = await import('esbuild');
} catch {
  console.error('bundle-site: esbuild is missing: run scripts/setup.sh (npm ci installs it)');
  process.exit(1);
}

const site = path.resolve(process.argv[2] || '');
if (!process.argv[2] || !fs.existsSync(path.join(site, 'index.html'))) {
  console.error('usage: node scripts/bundle-site.mjs SITE_DIR (a folder holding index.html)');
  process.exit(2);
}

const bundled = new Set();
for (const entry of ['app.js']) {
  const file = path.join(site, entry);
  const result = await esbuild.build({
    entryPoints: [file],
    bundle: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    metafile: true,
    external: ['./boot.js'],
    logLevel: 'error',
  });
  for (const input of Object.keys(result.metafile.inputs)) bundled.add(path.resolve(input));
  fs.writeFileSync(file, result.outputFiles[0].contents);
}
// The modules now inside a bundle are not served on their own.
for (const input of bundled) {
  const name = path.relative(site, input);
  if (path.dirname(name) === '.' && !['app.js', 'boot.js'].includes(name)) fs.rmSync(input);
}
