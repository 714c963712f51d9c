// Injected after inpage.js on each click: toggles the annotation of the page,
// asking the service worker to run the core and to keep the edits (in the
// extension's storage, never the site's). Runs in the extension's isolated
// world: the page's scripts see the highlights and the panel, not this.
(function () {
  'use strict';
  const ask = (message) =>
    new Promise((resolve, reject) => {
      chrome.runtime.sendMessage(message, (response) => {
        if (chrome.runtime.lastError) reject(new Error(chrome.runtime.lastError.message));
        else if (!response || response.error) reject(new Error(response ? response.error : 'no answer'));
        else resolve(response);
      });
    });
  const store = {
    persistent: true,
    load: async (text, lang) => (await ask({ type: 'dixit-edits-load', text, lang })).record,
    save: async (text, lang, record) => (await ask({ type: 'dixit-edits-save', text, lang, record })).record,
  };
  const annotate = async (text) => (await ask({ type: 'dixit-annotate', text })).result;
  globalThis.dixitInPage.toggle(annotate, document, { store }).catch((err) => console.error('dixit:', err));
})();
