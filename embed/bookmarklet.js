// The bookmarklet's payload, served next to the page (site/embed/). The
// bookmark itself only adds this script; everything runs in the reader's tab:
// the wasm is loaded from the dixit host, and no text is sent anywhere.
(function () {
  'use strict';
  const here = document.currentScript ? document.currentScript.src : location.href;
  // Executed scripts need not stay in the DOM: leave the page as it was.
  if (document.currentScript) document.currentScript.remove();
  const load = (src) => new Promise((resolve, reject) => {
    const s = document.createElement('script');
    s.src = src;
    s.onload = () => {
      s.remove();
      resolve();
    };
    s.onerror = () => reject(new Error(`dixit: cannot load ${src}`));
    document.head.append(s);
  });
  (async () => {
    if (!globalThis.dixitInPage) await load(new URL('inpage.js', here).href);
    if (!globalThis.dixitAnnotator) {
      const { createAnnotator } = await import(new URL('../dist/index.js', here).href);
      globalThis.dixitAnnotator = await createAnnotator({ wasmUrl: new URL('../dist/dixit.wasm', here).href });
    }
    await globalThis.dixitInPage.toggle(async (text) => globalThis.dixitAnnotator.annotate(text));
  })().catch((err) => console.error(err));
})();
