postMessage({ ready: true });
