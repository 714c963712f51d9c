// Starts the annotator's worker as soon as the page is parsed, before the
// page's other modules have loaded, and compiles the wasm module here while
// the worker starts (streaming compilation runs off this thread): the worker
// gets the compiled module, or null to fetch it itself. Messages the worker
// sends before the page listens (its "ready") are kept and handed over.
const worker = new Worker(new URL('./worker.js', import.meta.url), { type: 'module' });
const compiled = typeof WebAssembly.compileStreaming === 'function'
  ? WebAssembly.compileStreaming(fetch(new URL('./dixit.wasm', import.meta.url)))
  : Promise.reject(new Error('no streaming compilation'));
compiled.then((wasmModule) => worker.postMessage({ wasmModule }), () => worker.postMessage({ wasmModule: null }));
const early = [];
let listener = null;
let errorListener = null;
const earlyErrors = [];
worker.onmessage = (event) => (listener ? listener(event) : early.push(event));
worker.onerror = (event) => {
  event.preventDefault();
  if (errorListener) errorListener(event);
  else earlyErrors.push(event);
};

// The worker, with its early events replayed to the handlers given.
export function takeWorker(onmessage, onerror) {
  listener = onmessage;
  errorListener = onerror;
  for (const event of early.splice(0)) onmessage(event);
  for (const event of earlyErrors.splice(0)) onerror(event);
  return worker;
}
