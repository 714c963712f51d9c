// Starts the worker, as web/boot.js does, and marks the page ready at its answer.
const worker = new Worker(new URL('./worker.js', import.meta.url), { type: 'module' });
worker.onmessage = () => { document.body.dataset.ready = 'true'; };
