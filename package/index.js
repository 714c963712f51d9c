// dixit as an ES module: createAnnotator() on the calling thread,
// createWorkerAnnotator() in a Web Worker. Both wrap the same wasm core.
import createDixitModule from './dixit.mjs';

// Written literally so that bundlers (Vite, Rollup, webpack) emit the assets.
const DEFAULT_WASM_URL = new URL('./dixit.wasm', import.meta.url);

const isNode = typeof process === 'object' && !!(process.versions && process.versions.node);

// Emscripten 3.1.6 cannot fetch file: URLs under Node: read the bytes instead.
async function readWasmInNode(url) {
  if (!isNode || url.protocol !== 'file:') return undefined;
  const fs = await import(/* @vite-ignore */ 'node:' + 'fs/promises');
  return fs.readFile(url);
}

/**
 * Loads the wasm module and returns an annotator.
 * @param {{wasmUrl?: string|URL, wasmBinary?: ArrayBuffer|Uint8Array, lang?: string}} [options]
 */
export async function createAnnotator({ wasmUrl, wasmBinary, lang = 'auto' } = {}) {
  const url = wasmUrl ? new URL(wasmUrl, globalThis.location ? globalThis.location.href : DEFAULT_WASM_URL) : DEFAULT_WASM_URL;
  const binary = wasmBinary || (await readWasmInNode(url));
  const module = await createDixitModule({
    ...(binary ? { wasmBinary: binary } : {}),
    locateFile: (file) => (file.endsWith('.wasm') ? url.href : file),
  });
  const defaultLang = lang;
  return Object.freeze({
    version: module.version(),
    languages: module.languages(),
    /** @returns {import('./index').Annotations} */
    annotate(text, options = {}) {
      if (options === null || typeof options !== 'object') throw new TypeError('dixit: options must be an object');
      return module.annotate(text, { lang: defaultLang, ...options });
    },
  });
}

/**
 * Starts a Web Worker that runs the annotator off the main thread.
 * @param {{workerUrl?: string|URL, wasmUrl?: string|URL, lang?: string}} [options]
 */
export function createWorkerAnnotator({ workerUrl, wasmUrl, lang = 'auto' } = {}) {
  const worker = workerUrl
    ? new Worker(workerUrl, { type: 'module' })
    : new Worker(new URL('./worker.js', import.meta.url), { type: 'module' });
  const pending = new Map();
  let nextId = 1;
  let failure = null;

  const ready = new Promise((resolve, reject) => {
    worker.onmessage = ({ data }) => {
      if (data.type === 'ready') {
        if (data.error) reject(rebuildError(data.error));
        else resolve(data);
        return;
      }
      const call = pending.get(data.id);
      if (!call) return;
      pending.delete(data.id);
      if (data.error) call.reject(rebuildError(data.error));
      else call.resolve(data.result);
    };
    worker.onerror = (event) => {
      failure = new Error(`dixit: the worker failed: ${event.message || 'unknown error'}`);
      reject(failure);
      for (const call of pending.values()) call.reject(failure);
      pending.clear();
    };
  });
  worker.postMessage({ type: 'init', lang, wasmUrl: wasmUrl ? String(new URL(wasmUrl, location.href)) : undefined });

  return ready.then(({ version, languages }) =>
    Object.freeze({
      version,
      languages,
      annotate(text, options = {}) {
        if (failure) return Promise.reject(failure);
        const id = nextId++;
        return new Promise((resolve, reject) => {
          pending.set(id, { resolve, reject });
          worker.postMessage({ type: 'annotate', id, text, options });
        });
      },
      terminate() {
        worker.terminate();
        failure = new Error('dixit: the worker annotator was terminated');
        for (const call of pending.values()) call.reject(failure);
        pending.clear();
      },
    }),
  );
}

// Errors cross the worker boundary as {name, message}; keep their type.
function rebuildError({ name, message }) {
  const Type = { TypeError, RangeError }[name] || Error;
  return new Type(message);
}
