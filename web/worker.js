// Runs the wasm annotator off the main thread. Messages: {id, text, options} in,
// {id, result} or {id, error} out, and {ready, version} once at start.
import createDixitModule from './dixit.mjs';

const modulePromise = createDixitModule();

modulePromise.then(
  (dixit) => postMessage({ ready: true, version: dixit.version() }),
  (err) => postMessage({ ready: false, error: String(err && err.message ? err.message : err) }),
);

self.onmessage = async (event) => {
  const { id, text, options } = event.data;
  try {
    const dixit = await modulePromise;
    postMessage({ id, result: dixit.annotate(text, options || {}) });
  } catch (err) {
    postMessage({ id, error: String(err && err.message ? err.message : err) });
  }
};
