#!/usr/bin/env node
// Bundles the in-page annotator (embed/inpage.js, with the page's pure modules
// it imports: web/edits.js, web/export.js, web/sources.js) into one classic
// script, which the extension and the bookmarklet inject; and the extension's
// service worker (extension/background.js, with its storage of the edits) into
// one module, the wasm glue (./dist/index.js) left apart. Nothing is minified.
// Usage: node scripts/bundle-embed.mjs inpage|background OUT_FILE
import path from 'node:path';
import { fileURLToPath } from 'node:url';

let esbuild;
try {
  esbuild = await import('esbuild');
} catch {
  console.error('bundle-embed: esbuild is missing: run scripts/setup.sh (npm ci installs it)');
  process.exit(1);
}

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const [what, out] = process.argv.slice(2);
const targets = {
  inpage: { entryPoints: [path.join(root, 'embed/inpage.js')], format: 'iife' },
  background: { entryPoints: [path.join(root, 'extension/background.js')], format: 'esm', external: ['./dist/index.js'] },
};
if (!targets[what] || !out) {
  console.error('usage: node scripts/bundle-embed.mjs inpage|background OUT_FILE');
  process.exit(2);
}
await esbuild.build({ ...targets[what], bundle: true, target: 'es2022', outfile: path.resolve(out), logLevel: 'error', legalComments: 'inline' });
