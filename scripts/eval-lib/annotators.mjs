// The two ways to run the annotator on many texts: the native CLI in batch
// mode (one process, JSONL in and out, input order kept), or the wasm module
// in this node process. Both return, per text, {result} or {error}.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

function missingBuild(what, where) {
  return new Error(`${what} not found at ${where}: build it first (scripts/test.sh, or cmake --build build/native` +
    `${what.includes('wasm') ? ' --target wasm' : ''}), or point ${what.includes('wasm') ? 'DIXIT_WASM_DIR' : 'DIXIT'} at it`);
}

export function nativeAnnotator() {
  const binary = process.env.DIXIT || path.join(ROOT, 'build/native/cli/dixit');
  if (!fs.existsSync(binary)) throw missingBuild('the native dixit CLI', binary);
  return {
    name: 'native',
    // docs: [{text, lang}]
    annotateAll(docs) {
      const input = docs.map((d, i) => JSON.stringify({ id: i, text: d.text, lang: d.lang })).join('\n') + '\n';
      const run = spawnSync(binary, ['batch', '--threads', String(Math.max(1, os.cpus().length))], {
        input, encoding: 'utf8', maxBuffer: 1 << 30,
      });
      if (run.error) throw run.error;
      if (run.status !== 0 && run.status !== 1) throw new Error(`dixit batch failed (exit ${run.status}): ${run.stderr.trim()}`);
      const lines = run.stdout.split('\n').filter(Boolean);
      if (lines.length !== docs.length) throw new Error(`dixit batch answered ${lines.length} lines for ${docs.length} texts`);
      return lines.map((line) => {
        const out = JSON.parse(line);
        return out.error !== undefined ? { error: out.error } : { result: out };
      });
    },
  };
}

export async function wasmAnnotator() {
  const dir = process.env.DIXIT_WASM_DIR || path.join(ROOT, 'build/wasm');
  const js = path.join(dir, 'dixit.mjs'), wasm = path.join(dir, 'dixit.wasm');
  if (!fs.existsSync(js) || !fs.existsSync(wasm)) throw missingBuild('the wasm module', dir);
  const { default: createDixitModule } = await import(js);
  // Emscripten 3.1.6 cannot fetch a file path under node: hand it the bytes.
  const module = await createDixitModule({ wasmBinary: fs.readFileSync(wasm) });
  return {
    name: 'wasm',
    annotateAll(docs) {
      return docs.map((d) => {
        try {
          return { result: module.annotate(d.text, { lang: d.lang }) };
        } catch (e) {
          return { error: e.message };
        }
      });
    },
  };
}
