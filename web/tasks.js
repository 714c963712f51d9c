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
