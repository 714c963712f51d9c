// Injected after inpage.js on each click: toggles the annotation of the page,
// asking the service worker to run the core.
(function () {
  'use strict';
  const annotate = (text) =>
    new Promise((resolve, reject) => {
      chrome.runtime.sendMessage({ type: 'dixit-annotate', text }, (response) => {
        if (chrome.runtime.lastError) reject(new Error(chrome.runtime.lastError.message));
        else if (!response || response.error) reject(new Error(response ? response.error : 'no answer'));
        else resolve(response.result);
      });
    });
  globalThis.dixitInPage.toggle(annotate).catch((err) => console.error('dixit:', err));
})();
