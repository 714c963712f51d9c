// Lets the page's thread handle input, paint and other tasks between two
// pieces of work. A message to ourselves is an ordinary task: unlike
// scheduler.yield(), whose continuations jump ahead of other tasks, it lets
// everything queued meanwhile run first; unlike setTimeout, it is not clamped.
const channel = new MessageChannel();
const waiting = [];
channel.port1.onmessage = () => waiting.shift()();

export const nextTask = () =>
  new Promise((resolve) => {
    waiting.push(resolve);
    channel.port2.postMessage(null);
  });

// How long a piece of page work runs before it yields. Each yield lets the
// browser lay out and paint the half-built result, which on a cold page costs
// tens of milliseconds (the seed: 127 ms from result to shown with 8 ms
// slices, 78 ms with 40 ms); 40 ms still answers input within 100 ms.
export const SLICE_MS = 40;

// A yield that happens only once `budgetMs` of work has run since the last:
// a short article renders in one task, a long one still lets the page answer
// input between slices.
export function makeYielder(budgetMs = SLICE_MS) {
  let since = performance.now();
  return async () => {
    if (performance.now() - since < budgetMs) return;
    await nextTask();
    since = performance.now();
  };
}

// Work that nothing waits for (tooltips), run once the page is idle. Returns
// a function that cancels it if it has not run yet.
export function whenIdle(fn) {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(() => fn(), { timeout: 1000 });
    return () => cancelIdleCallback(handle);
  }
  const handle = setTimeout(fn, 50);
  return () => clearTimeout(handle);
}
