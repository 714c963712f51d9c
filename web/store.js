// Where the edits are kept: IndexedDB, one record per article, keyed by the
// hash of its text and its language. Nothing leaves the browser.
//
// Two tabs on the same article: each save is one read-merge-write transaction
// (mergeRecords: every edit either tab made, minus those either undid), so the
// last write never drops the other tab's edits; a BroadcastChannel message
// then tells the other tabs to read the merged record back. A reload during a
// save aborts its transaction: the record stays as the last complete save.
import { checkRecord, mergeRecords } from './edits.js';

const DB = 'dixit-edits';
const STORE = 'articles';
const CHANNEL = 'dixit-edits';

// The article's key: SHA-256 of the text where the browser has it (secure
// contexts), else a 64-bit FNV-1a; with the language, since ids depend on it.
export async function articleKey(text, lang) {
  if (globalThis.crypto && crypto.subtle) {
    try {
      const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
      return `${lang}:${[...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('')}`;
    } catch { /* fall through */ }
  }
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 16777619) >>> 0;
    h2 = Math.imul(h2 ^ c, 2246822519) >>> 0;
  }
  return `${lang}:fnv${h1.toString(16)}${h2.toString(16)}`;
}

const request = (req) => new Promise((resolve, reject) => {
  req.onsuccess = () => resolve(req.result);
  req.onerror = () => reject(req.error);
});

// open() resolves to a store, or to null when IndexedDB is unavailable
// (private windows of some browsers, blocked storage): editing then works for
// the session only, and the page says so.
export async function openStore({ onRemoteChange } = {}) {
  let db;
  try {
    if (!globalThis.indexedDB) return null;
    const req = indexedDB.open(DB, 1);
    req.onupgradeneeded = () => req.result.createObjectStore(STORE);
    db = await request(req);
  } catch {
    return null;
  }
  let channel = null;
  try {
    channel = new BroadcastChannel(CHANNEL);
    channel.onmessage = (e) => { if (onRemoteChange && e.data && typeof e.data.key === 'string') onRemoteChange(e.data.key); };
  } catch { /* no channel: other tabs merge on their next save */ }

  // One transaction; fn(store, done, guard): guard(callback) wraps a request's
  // callback so that what it throws aborts the transaction with that error.
  const tx = (mode, fn) => new Promise((resolve, reject) => {
    let out;
    let thrown = null;
    const t = db.transaction(STORE, mode);
    const guard = (cb) => (e) => {
      try {
        cb(e);
      } catch (err) {
        thrown = err;
        try { t.abort(); } catch { /* already finished */ }
      }
    };
    t.oncomplete = () => resolve(out);
    t.onerror = (e) => { if (e) e.preventDefault(); };
    t.onabort = () => reject(thrown || t.error || new DOMException('aborted', 'AbortError'));
    guard(() => fn(t.objectStore(STORE), (v) => { out = v; }, guard))();
  });

  return {
    // {edits, removed, dropped, unreadable}: the valid edits of the record.
    async load(key, text) {
      const raw = await tx('readonly', (s, done, guard) => { s.get(key).onsuccess = guard((e) => done(e.target.result)); });
      return checkRecord(raw, text);
    },
    // Merges `local` with what is stored, writes the merge, returns it.
    async save(key, text, local) {
      const merged = await tx('readwrite', (s, done, guard) => {
        s.get(key).onsuccess = guard((e) => {
          const stored = checkRecord(e.target.result, text);
          const m = mergeRecords(stored, local);
          s.put({ edits: m.edits, removed: m.removed, saved: Date.now() }, key);
          done(m);
        });
      });
      if (channel) channel.postMessage({ key });
      return merged;
    },
    // Every edit stored or made here is marked undone, so that another tab's
    // next save does not bring them back.
    async forget(key, text, localIds = []) {
      await tx('readwrite', (s, done, guard) => {
        s.get(key).onsuccess = guard((e) => {
          const stored = checkRecord(e.target.result, text);
          const removed = [...new Set([...stored.removed, ...stored.edits.map((x) => x.id), ...localIds])];
          s.put({ edits: [], removed, saved: Date.now() }, key);
        });
      });
      if (channel) channel.postMessage({ key });
    },
  };
}
