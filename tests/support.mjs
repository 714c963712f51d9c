// Shared by the node and browser tests: paths, the wasm module, the native CLI.
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const WASM_DIR = process.env.DIXIT_WASM_DIR || path.join(ROOT, 'build/wasm');
export const DIXIT = process.env.DIXIT || path.join(ROOT, 'build/native/cli/dixit');
export const ARTIFACTS = process.env.DIXIT_ARTIFACTS || path.join(ROOT, 'build/artifacts');

export function seedGold() {
  return JSON.parse(fs.readFileSync(path.join(ROOT, 'tests/corpus/fr/seed-fr-001.gold.json'), 'utf8'));
}

// Emscripten 3.1.6 cannot fetch a file path under Node: hand it the bytes.
export async function loadWasm() {
  const { default: createDixitModule } = await import(path.join(WASM_DIR, 'dixit.mjs'));
  return createDixitModule({ wasmBinary: fs.readFileSync(path.join(WASM_DIR, 'dixit.wasm')) });
}

export function nativeAnnotate(text, lang = 'auto') {
  return execFileSync(DIXIT, ['annotate', '--lang', lang, '-'], { input: text, encoding: 'utf8' });
}

// Debian's Chromium, headless, with the flags this closed network needs.
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'];

export async function launchChromium(extra = {}) {
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS, ...extra });
}
