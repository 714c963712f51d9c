// The editing session of the article on the page: its base result (the
// core's, or an imported file's), the history of edits, and their storage.
// It tells the page what changed (onChange) and what it could not keep
// (onNotice); it never decides an attribution itself.
import { applyEdits, createHistory, makeEdit, mergeRecords } from './edits.js';
import { articleKey, openStore } from './store.js';

export function createEditing({ onChange, onNotice }) {
  let storePromise = null;
  let session = null;   // {key, text, base, history, result}
  let queue = Promise.resolve();

  const store = () => (storePromise ??= openStore({ onRemoteChange: (key) => remote(key) }).then((s) => {
    if (!s) onNotice('storeUnavailable', {});
    return s;
  }));

  const same = (a, b) => a.length === b.length && a.every((e, i) => e.id === b[i].id);

  function recompute(s, reason, params) {
    s.result = applyEdits(s.base, s.history.edits);
    if (session === s) onChange(reason, params);
  }

  // Adopts a stored record merged with what this tab has; redraws if it changed.
  function adopt(s, record, reason) {
    const merged = mergeRecords(record, { edits: s.history.edits, removed: s.history.removed });
    const changed = !same(merged.edits, s.history.edits);
    s.history.replace(merged);
    if (changed) recompute(s, reason, { n: merged.edits.length });
  }

  function save(s) {
    queue = queue.then(async () => {
      const db = await store();
      const key = await s.keyPromise;   // an edit can come before the hash
      if (!db || session !== s) return;
      try {
        const merged = await db.save(key, s.text, { edits: s.history.edits, removed: s.history.removed });
        s.saved = merged.edits.length;
        if (s.failed) { s.failed = false; onNotice(null); }
        adopt(s, merged, 'merged');
      } catch (err) {
        s.failed = true;
        onNotice(err && err.name === 'QuotaExceededError' ? 'storeQuota' : 'storeFailed',
          { saved: s.saved, session: s.history.edits.length });
      }
    });
    return queue;
  }

  async function remote(key) {
    const s = session;
    if (!s || s.key !== key) return;
    const db = await store();
    if (!db) return;
    try {
      adopt(s, await db.load(key, s.text), 'remote');
    } catch { /* the next save merges */ }
  }

  return {
    get result() { return session && session.result; },
    get base() { return session && session.base; },
    get canUndo() { return !!session && session.history.canUndo; },
    get canRedo() { return !!session && session.history.canRedo; },
    get count() { return session ? session.history.edits.length : 0; },
    get pending() { return queue; },

    // A new article (or a new result for it). Its stored edits, if any,
    // arrive a moment later through onChange('restored'): storage is opened
    // once `after` resolves (the page passes "the result is shown", so that
    // IndexedDB never runs inside the first annotation of a cold page).
    async open({ text, lang, base, after = null }) {
      const s = { key: null, text, base, history: createHistory(), result: base, saved: 0, failed: false };
      session = s;
      s.keyPromise = articleKey(text, lang);
      s.key = await s.keyPromise;
      if (after) await after;
      if (session !== s) return;
      const db = await store();
      if (!db || session !== s) return;
      try {
        const record = await db.load(s.key, text);
        s.saved = record.edits.length;
        if (record.unreadable) onNotice('storeCorruptAll', {});
        else if (record.dropped) onNotice('storeCorrupt', { kept: record.edits.length, dropped: record.dropped });
        adopt(s, record, 'restored');
        if (record.unreadable || record.dropped) await save(s);
      } catch {
        onNotice('storeFailed', { saved: 0, session: s.history.edits.length });
      }
    },
    close() { session = null; },

    // Returns false, and keeps no edit, when it would change nothing (a
    // dialog saved as it opened).
    edit(fields) {
      const s = session;
      if (!s) return false;
      const e = makeEdit(fields);
      const next = applyEdits(s.base, [...s.history.edits, e]);
      if (JSON.stringify(next) === JSON.stringify(s.result)) return false;
      s.history.push(e);
      s.result = next;
      onChange('edited', {});
      save(s);
      return true;
    },
    undo() {
      const s = session;
      if (!s || !s.history.undo()) return false;
      recompute(s, 'undone', {});
      save(s);
      return true;
    },
    redo() {
      const s = session;
      if (!s || !s.history.redo()) return false;
      recompute(s, 'redone', {});
      save(s);
      return true;
    },
    async forget() {
      const s = session;
      if (!s) return;
      const ids = s.history.edits.map((e) => e.id);
      s.history.clear();
      recompute(s, 'forgotten', {});
      queue = queue.then(async () => {
        const db = await store();
        const key = await s.keyPromise;
        if (db) {
          try { await db.forget(key, s.text, ids); } catch { onNotice('storeFailed', { saved: s.saved, session: 0 }); }
        }
      });
      return queue;
    },
  };
}
