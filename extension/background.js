// The extension's service worker: injects the in-page annotator into the
// active tab on a click (activeTab grants that tab only, only then), and runs
// the wasm core for it. The text never leaves the browser.
import { createAnnotator } from './dist/index.js';

let annotatorPromise = null;
const annotator = () => (annotatorPromise ??= createAnnotator({ wasmUrl: chrome.runtime.getURL('dist/dixit.wasm') }));

chrome.action.onClicked.addListener((tab) => {
  chrome.scripting.executeScript({ target: { tabId: tab.id }, files: ['inpage.js', 'content.js'] });
});

chrome.runtime.onMessage.addListener((message, sender, sendResponse) => {
  if (!message || message.type !== 'dixit-annotate') return false;
  annotator().then(
    (a) => sendResponse({ result: a.annotate(message.text) }),
    (err) => sendResponse({ error: String((err && err.message) || err) }),
  );
  return true;  // the answer comes asynchronously
});

// For the browser test, which cannot click the toolbar button.
self.dixitAnnotate = async (text) => (await annotator()).annotate(text);
