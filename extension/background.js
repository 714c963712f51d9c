// The extension's service worker: injects the in-page annotator into the
// active tab on a click (activeTab grants that tab only, only then), runs the
// wasm core for it, and keeps the reader's edits per article in the
// extension's own storage (storage.js). The text never leaves the browser.
// The build bundles this file with storage.js (scripts/bundle-embed.mjs).
import { createAnnotator } from './dist/index.js';
import { createEditStore } from './storage.js';

let annotatorPromise = null;
const annotator = () => (annotatorPromise ??= createAnnotator({ wasmUrl: chrome.runtime.getURL('dist/dixit.wasm') }));
const edits = createEditStore(chrome.storage.local);

chrome.action.onClicked.addListener((tab) => {
  chrome.scripting.executeScript({ target: { tabId: tab.id }, files: ['inpage.js', 'content.js'] });
});

const handlers = {
  'dixit-annotate': async (m) => ({ result: (await annotator()).annotate(m.text) }),
  'dixit-edits-load': async (m) => ({ record: await edits.load(m.text, m.lang) }),
  'dixit-edits-save': async (m) => ({ record: await edits.save(m.text, m.lang, m.record) }),
};

chrome.runtime.onMessage.addListener((message, sender, sendResponse) => {
  // Only this extension's own scripts talk to it (no externally_connectable).
  if (!message || !Object.hasOwn(handlers, message.type) || sender.id !== chrome.runtime.id) return false;
  handlers[message.type](message).then(sendResponse, (err) => sendResponse({ error: String((err && err.message) || err) }));
  return true;  // the answer comes asynchronously
});

// For the browser test, which cannot click the toolbar button.
self.dixitAnnotate = async (text) => (await annotator()).annotate(text);
self.dixitEdits = edits;
