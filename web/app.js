// The page: sends the text to the worker and renders what comes back.
import { highlightSpans, renderHighlights } from './highlight.js';

const article = document.getElementById('article');
const button = document.getElementById('annotate');
const status = document.getElementById('status');
const output = document.getElementById('highlights');

const worker = new Worker(new URL('./worker.js', import.meta.url), { type: 'module' });
let nextId = 1;
const pending = new Map();

worker.onmessage = (event) => {
  const msg = event.data;
  if ('ready' in msg) {
    if (msg.ready) {
      button.disabled = false;
      status.textContent = `Ready (dixit ${msg.version}).`;
      document.body.dataset.ready = 'true';
    } else {
      status.textContent = `The annotator failed to load: ${msg.error}`;
    }
    return;
  }
  const resolve = pending.get(msg.id);
  pending.delete(msg.id);
  if (resolve) resolve(msg);
};

function annotate(text) {
  const id = nextId++;
  return new Promise((resolve) => {
    pending.set(id, resolve);
    worker.postMessage({ id, text, options: { lang: 'auto' } });
  });
}

button.addEventListener('click', async () => {
  const text = article.value;
  status.textContent = 'Annotating…';
  const started = performance.now();
  const msg = await annotate(text);
  if (msg.error) {
    status.textContent = `Error: ${msg.error}`;
    return;
  }
  const result = msg.result;
  renderHighlights(output, text, highlightSpans(result));
  const ms = (performance.now() - started).toFixed(1);
  status.textContent = `${result.quotes.length} quotes, ${result.speakers.length} speakers, ${result.amounts.length} amounts (${result.lang}, ${ms} ms).`;
  output.dataset.result = 'ready';
});
