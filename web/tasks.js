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

// A yield that happens only once `budgetMs` of work has run since the last:
// a short article renders in one task (no frame lost between steps), a long
// one still lets the page answer input every few milliseconds.
export function makeYielder(budgetMs = 8) {
  let since = performance.now();
  return async () => {
    if (performance.now() - since < budgetMs) return;
    await nextTask();
    since = performance.now();
  };
}
