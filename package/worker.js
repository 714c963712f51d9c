// The worker side of createWorkerAnnotator(): {type:'init'} then {type:'annotate', id, text, options}.
import { createAnnotator } from './index.js';

let annotatorPromise = null;

const describe = (err) => ({ name: (err && err.name) || 'Error', message: String((err && err.message) || err) });

self.onmessage = async ({ data }) => {
  if (data.type === 'init') {
    annotatorPromise = createAnnotator({ wasmUrl: data.wasmUrl, lang: data.lang });
    try {
      const annotator = await annotatorPromise;
      self.postMessage({ type: 'ready', version: annotator.version, languages: annotator.languages });
    } catch (err) {
      self.postMessage({ type: 'ready', error: describe(err) });
    }
    return;
  }
  if (data.type === 'annotate') {
    try {
      const annotator = await annotatorPromise;
      self.postMessage({ type: 'result', id: data.id, result: annotator.annotate(data.text, data.options || {}) });
    } catch (err) {
      self.postMessage({ type: 'result', id: data.id, error: describe(err) });
    }
  }
};
