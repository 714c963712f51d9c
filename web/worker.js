// Runs the wasm annotator off the main thread.
// In:  {id, text, options}, or a long text in parts: {id, part} … {id, part, options, last: true};
//      {warmUp: true} once the page is idle.
// Out: {ready, version, languages} once at start; then per request {id, result}
//      or {id, error}, or for a large result {id, head} + {id, key, items}… + {id, end: true}
//      so that the page receives it in small tasks (see worker-client.js).
import createDixitModule from './dixit.mjs';

const BATCH = 1000;
const parts = new Map();
const messageOf = (err) => String(err && err.message ? err.message : err);
const notReady = (err) => postMessage({ ready: false, error: messageOf(err) });

// The page compiles the wasm module while this worker starts (boot.js) and
// sends it as the first message; null means: fetch it here.
let receiveModule;
const compiled = new Promise((resolve) => { receiveModule = resolve; });
const modulePromise = compiled.then((wasmModule) => createDixitModule(wasmModule ? {
  instantiateWasm(imports, done) {
    // A failure here would leave the module pending for ever: the page is told instead.
    WebAssembly.instantiate(wasmModule, imports).then((instance) => done(instance, wasmModule), notReady);
    return {};
  },
} : {}));

// A language's lexicons are read on its first use, and wasm code is compiled
// on its first call: together some 25 ms of the first annotation in node, 50
// in a cold Chromium. The worker does both ahead when the page asks, once it
// is idle after ready: a request made at ready (a text pasted while the page
// loaded) goes first, instead of waiting behind the warm-up of a language it
// may not need (the seed, French, waited 50 ms for English). One language per
// task (a request waits for one task at most), the reader's own languages
// first, each with a short text that runs every stage; languages a request
// has already built are skipped.
const WARM_UP_TEXT = '« A » B, 1 $ (2 €). "C" D.';
const built = new Set();

function warmUp(dixit) {
  const preferred = (self.navigator && navigator.languages ? navigator.languages : []).map((l) => l.split('-')[0]);
  const rank = (lang) => { const i = preferred.indexOf(lang); return i < 0 ? preferred.length : i; };
  const queue = [...dixit.languages()].sort((a, b) => rank(a) - rank(b));
  const next = () => {
    const lang = queue.shift();
    if (!lang) return;
    if (!built.has(lang)) {
      dixit.annotate(WARM_UP_TEXT, { lang });
      built.add(lang);
    }
    setTimeout(next, 0);
  };
  setTimeout(next, 0);
}

modulePromise.then(
  (dixit) => postMessage({ ready: true, version: dixit.version(), languages: dixit.languages() }),
  notReady,
);

function send(id, result) {
  const arrays = Object.keys(result).filter((k) => Array.isArray(result[k]));
  const size = arrays.reduce((n, k) => n + result[k].length, 0);
  if (size <= BATCH) {
    postMessage({ id, result });
    return;
  }
  const head = { ...result };
  for (const k of arrays) head[k] = [];
  postMessage({ id, head });
  for (const key of arrays)
    for (let i = 0; i < result[key].length; i += BATCH) postMessage({ id, key, items: result[key].slice(i, i + BATCH) });
  postMessage({ id, end: true });
}

self.onmessage = async ({ data }) => {
  if ('wasmModule' in data) {
    receiveModule(data.wasmModule);
    return;
  }
  if (data.warmUp) {
    modulePromise.then(warmUp, () => {});
    return;
  }
  const { id } = data;
  let text = data.text;
  if ('part' in data) {
    if (!parts.has(id)) parts.set(id, []);
    parts.get(id).push(data.part);
    if (!data.last) return;
    text = parts.get(id).join('');
    parts.delete(id);
  }
  try {
    const dixit = await modulePromise;
    const result = dixit.annotate(text, data.options || {});
    built.add(result.lang);
    send(id, result);
  } catch (err) {
    postMessage({ id, error: messageOf(err) });
  }
};
