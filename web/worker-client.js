// The main thread's side of worker.js: a promise for readiness and one promise
// per annotation. Long texts go out, and large results come back, in parts, so
// that no single task on the page's thread copies megabytes. Only the latest
// request matters to the page: older answers are marked stale.
import { nextTask } from './tasks.js';
import { takeWorker } from './boot.js';

const PART = 256 * 1024;

// The worker that boot.js started at page load.
export function createWorkerClient() {
  const pending = new Map();
  let nextId = 1;
  let latest = 0;
  let resolveReady;
  let rejectReady;
  const ready = new Promise((resolve, reject) => { resolveReady = resolve; rejectReady = reject; });

  const settle = (id, fn) => {
    const entry = pending.get(id);
    if (!entry) return;
    pending.delete(id);
    fn(entry, id !== latest);
  };

  const onmessage = ({ data }) => {
    if ('ready' in data) {
      if (data.ready) resolveReady({ version: data.version, languages: data.languages || [] });
      else rejectReady(new Error(data.error));
      return;
    }
    const entry = pending.get(data.id);
    if (!entry) return;
    if ('head' in data) entry.partial = data.head;
    else if ('key' in data) for (const item of data.items) entry.partial[data.key].push(item);
    else if ('end' in data) settle(data.id, (e, stale) => e.resolve({ result: e.partial, stale }));
    else if ('error' in data) settle(data.id, (e, stale) => e.reject(Object.assign(new Error(data.error), { stale })));
    else settle(data.id, (e, stale) => e.resolve({ result: data.result, stale }));
  };
  const onerror = (event) => {
    const error = new Error(event.message || 'the annotator stopped');
    rejectReady(error);
    for (const entry of pending.values()) entry.reject(error);
    pending.clear();
  };
  const worker = takeWorker(onmessage, onerror);

  return {
    ready,
    // Resolves to {result, stale}; `stale` is true when a newer request was made meanwhile.
    annotate(text, options = {}) {
      const id = nextId++;
      latest = id;
      const answer = new Promise((resolve, reject) => pending.set(id, { resolve, reject, partial: null }));
      if (text.length <= PART) {
        worker.postMessage({ id, text, options });
      } else {
        (async () => {
          for (let i = 0; i < text.length; i += PART) {
            if (i) await nextTask();
            const last = i + PART >= text.length;
            worker.postMessage(last ? { id, part: text.slice(i, i + PART), options, last } : { id, part: text.slice(i, i + PART) });
          }
        })();
      }
      return answer;
    },
    // Reads the lexicons and compiles the code ahead of the first request (worker.js).
    warmUp() {
      worker.postMessage({ warmUp: true });
    },
    get busy() {
      return pending.size > 0;
    },
  };
}
