// The extension's store of the reader's edits: one record per article in
// chrome.storage.local (the extension's own storage, which the visited site
// cannot read), under the same key as the page's store (web/store.js: the
// SHA-256 of the text, and its language). Records are checked on the way in
// and out (web/edits.js), and a save merges with what is stored, as the page
// does, so that two tabs on one article keep each other's edits.
// Nothing is sent anywhere. tests/node/inpage.test.mjs runs it on a
// fake chrome.storage.local.
import { checkRecord, mergeRecords } from '../web/edits.js';
import { articleKey } from '../web/store.js';

const MAX_TEXT = 8 * 1024 * 1024;

// `area`: chrome.storage.local, or anything with its promise-based get/set/remove.
export function createEditStore(area) {
  let queue = Promise.resolve();
  // One read-merge-write at a time: the service worker serves every tab.
  const serial = (fn) => {
    const run = queue.then(fn, fn);
    queue = run.catch(() => {});
    return run;
  };
  const keyOf = (text, lang) => {
    if (typeof text !== 'string' || text.length > MAX_TEXT || typeof lang !== 'string' || !/^[a-z]{2,3}$/.test(lang)) {
      throw new TypeError('an article is a text and a language code');
    }
    return articleKey(text, lang);
  };
  return {
    // {edits, removed, dropped, unreadable}: the valid edits kept for the article.
    async load(text, lang) {
      const key = await keyOf(text, lang);
      const got = await area.get(key);
      return checkRecord(got[key], text);
    },
    // Merges `local` ({edits, removed}) with what is stored, writes and returns the merge.
    save(text, lang, local) {
      return serial(async () => {
        const key = await keyOf(text, lang);
        const mine = checkRecord(local, text);
        const stored = checkRecord((await area.get(key))[key], text);
        const merged = mergeRecords(stored, mine);
        await area.set({ [key]: { edits: merged.edits, removed: merged.removed, saved: Date.now() } });
        return merged;
      });
    },
    forget(text, lang) {
      return serial(async () => area.remove(await keyOf(text, lang)));
    },
  };
}
