// The journalist's edits: a list of operations applied in order to the core's
// result, an undo/redo history, and the merge of two lists (two tabs). Pure:
// no DOM, no storage; tests/node/edits.test.mjs runs it under node.
//
// An edit is {id, at, op, ...}: id unique (merging goes by id), at a time in ms.
//   quote:  {quote, speaker?: id|null, newSpeaker?: {name, kind}, type?, reject?: true, checked?}
//   add:    {start, end, type, speaker?: id|null, newSpeaker?, cue?: {start, end}|null}
//   speaker:{speaker, name?, kind?, role?, into?: id}   (into: merge into that speaker)
//           {speaker, split: {start, end}, newSpeaker}  (a wrong mention becomes its own speaker)
//   amount: {amount, value?, currency?, min?, max?, remove?: true, checked?}
//   check:  {kind: 'quote'|'amount', ref, checked: boolean}
// An edit whose target is gone (another core version, a merged-away speaker)
// changes nothing.

export const QUOTE_TYPES = ['direct', 'indirect', 'mixed', 'according_to'];
export const SPEAKER_KINDS = ['person', 'organization', 'media', 'anonymous', 'place'];
export const MAX_EDITS = 10000;
export const MAX_NAME = 500;
const OPS = new Set(['quote', 'add', 'speaker', 'amount', 'check']);
const DECIMAL = /^-?\d{1,30}(\.\d{1,20})?$/;
const CURRENCY = /^[A-Z]{3}$/;

let counter = 0;
export function newId() {
  counter = (counter + 1) % 1e6;
  return `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}${counter.toString(36)}`;
}

export function makeEdit(fields) {
  return { id: newId(), at: Date.now(), ...fields };
}

// ---- Applying ----------------------------------------------------------

// The result with the edits applied: a new object; items an edit touched carry
// edited: true, confirmed ones checked: true.
export function applyEdits(base, edits) {
  const result = structuredClone(base);
  for (const e of edits) applyOne(result, e);
  return result;
}

function speakerFor(result, e) {
  if (e.newSpeaker) {
    const id = `s-${e.id}`;
    if (!result.speakers.some((s) => s.id === id)) {
      result.speakers.push({ id, name: e.newSpeaker.name, kind: e.newSpeaker.kind, role: null, mentions: [], edited: true });
    }
    return id;
  }
  if (e.speaker === null) return null;
  if (e.speaker !== undefined && result.speakers.some((s) => s.id === e.speaker)) return e.speaker;
  return undefined;
}

function applyOne(result, e) {
  if (e.op === 'quote') {
    const i = result.quotes.findIndex((q) => q.id === e.quote);
    if (i < 0) return;
    const q = result.quotes[i];
    if (e.reject) { result.quotes.splice(i, 1); return; }
    const speaker = speakerFor(result, e);
    if (speaker !== undefined && speaker !== q.speaker) { q.speaker = speaker; q.edited = true; }
    if (e.type && e.type !== q.type) { q.type = e.type; q.edited = true; }
    setChecked(q, e.checked);
  } else if (e.op === 'add') {
    const id = `q-${e.id}`;
    if (result.quotes.some((q) => q.id === id)) return;
    const speaker = speakerFor(result, e);
    result.quotes.push({ id, start: e.start, end: e.end, type: e.type, speaker: speaker ?? null,
      cue: e.cue ? { start: e.cue.start, end: e.cue.end } : null, confidence: null, basis: 'none', edited: true });
    result.quotes.sort((a, b) => a.start - b.start || b.end - a.end);
  } else if (e.op === 'speaker') {
    const s = result.speakers.find((x) => x.id === e.speaker);
    if (!s) return;
    if (e.split) {
      const i = s.mentions.findIndex((m) => m.start === e.split.start && m.end === e.split.end);
      const id = `s-${e.id}`;
      if (i < 0 || result.speakers.some((x) => x.id === id)) return;
      const [mention] = s.mentions.splice(i, 1);
      s.edited = true;
      result.speakers.push({ id, name: e.newSpeaker.name, kind: e.newSpeaker.kind, role: null, mentions: [mention], edited: true });
      return;
    }
    if (e.into !== undefined) {
      const into = result.speakers.find((x) => x.id === e.into);
      if (!into || into === s) return;
      into.mentions = [...into.mentions, ...s.mentions].sort((a, b) => a.start - b.start);
      into.edited = true;
      for (const q of result.quotes) if (q.speaker === s.id) { q.speaker = into.id; q.edited = true; }
      result.speakers.splice(result.speakers.indexOf(s), 1);
      return;
    }
    for (const key of ['name', 'kind', 'role']) {
      if (e[key] !== undefined && e[key] !== s[key]) { s[key] = e[key]; s.edited = true; }
    }
  } else if (e.op === 'amount') {
    const i = result.amounts.findIndex((a) => a.id === e.amount);
    if (i < 0) return;
    const a = result.amounts[i];
    if (e.remove) {
      result.amounts.splice(i, 1);
      for (const other of result.amounts) if (other.equivalent_of === a.id) other.equivalent_of = null;
      return;
    }
    for (const key of ['value', 'currency', 'min', 'max']) {
      if (e[key] !== undefined && e[key] !== a[key]) { a[key] = e[key]; a.edited = true; if (key === 'currency') delete a.currency_assumed; }
    }
    setChecked(a, e.checked);
  } else if (e.op === 'check') {
    const list = e.kind === 'quote' ? result.quotes : result.amounts;
    const item = list.find((x) => x.id === e.ref);
    if (item) setChecked(item, e.checked);
  }
}

function setChecked(item, checked) {
  if (checked === true) item.checked = true;
  else if (checked === false) delete item.checked;
}

// ---- Checking (edits read back from storage or from a file) -----------

const isInt = (n) => Number.isSafeInteger(n) && n >= 0;
const isStr = (s, max = MAX_NAME) => typeof s === 'string' && s.length <= max;
const isRef = (s) => typeof s === 'string' && s.length > 0 && s.length <= 128;
const offSurrogate = (text, o) => !(o > 0 && o < text.length && /[\uD800-\uDBFF]/.test(text[o - 1]) && /[\uDC00-\uDFFF]/.test(text[o]));
export const validSpan = (text, s, { allowEmpty = false } = {}) => s != null && typeof s === 'object' && isInt(s.start) && isInt(s.end)
  && (allowEmpty ? s.start <= s.end : s.start < s.end) && s.end <= text.length && offSurrogate(text, s.start) && offSurrogate(text, s.end);
const validNewSpeaker = (n) => n != null && typeof n === 'object' && isStr(n.name) && n.name.trim() !== ''
  && SPEAKER_KINDS.includes(n.kind);
const validSpeakerChoice = (e) => (e.newSpeaker === undefined || validNewSpeaker(e.newSpeaker))
  && (e.speaker === undefined || e.speaker === null || isRef(e.speaker));
const amountField = (v) => v === undefined || v === null || (typeof v === 'string' && DECIMAL.test(v));

// True when `e` is an edit this module can apply to an article of `text`.
export function validEdit(e, text) {
  if (e == null || typeof e !== 'object' || Array.isArray(e)) return false;
  if (!isRef(e.id) || !Number.isFinite(e.at) || !OPS.has(e.op)) return false;
  switch (e.op) {
    case 'quote':
      return isRef(e.quote) && validSpeakerChoice(e) && (e.type === undefined || QUOTE_TYPES.includes(e.type))
        && (e.reject === undefined || typeof e.reject === 'boolean') && (e.checked === undefined || typeof e.checked === 'boolean');
    case 'add':
      return validSpan(text, e) && QUOTE_TYPES.includes(e.type) && validSpeakerChoice(e)
        && (e.cue === undefined || e.cue === null || validSpan(text, e.cue));
    case 'speaker':
      return isRef(e.speaker) && (e.name === undefined || (isStr(e.name) && e.name.trim() !== ''))
        && (e.kind === undefined || SPEAKER_KINDS.includes(e.kind))
        && (e.role === undefined || e.role === null || isStr(e.role)) && (e.into === undefined || isRef(e.into))
        && (e.split === undefined || (validSpan(text, e.split) && validNewSpeaker(e.newSpeaker)));
    case 'amount':
      return isRef(e.amount) && amountField(e.value) && amountField(e.min) && amountField(e.max)
        && (e.currency === undefined || e.currency === null || (typeof e.currency === 'string' && CURRENCY.test(e.currency)))
        && (e.remove === undefined || typeof e.remove === 'boolean') && (e.checked === undefined || typeof e.checked === 'boolean');
    case 'check':
      return (e.kind === 'quote' || e.kind === 'amount') && isRef(e.ref) && typeof e.checked === 'boolean';
    default:
      return false;
  }
}

export const validDecimal = (s) => typeof s === 'string' && DECIMAL.test(s);
export const validCurrency = (s) => typeof s === 'string' && CURRENCY.test(s);

// ---- History -----------------------------------------------------------

// The edits in force, what undo removed (redo brings it back), and the ids
// undone (so that a merge with another tab's list does not bring them back).
export function createHistory({ edits = [], removed = [] } = {}) {
  let done = [...edits];
  let undone = [];
  const gone = new Set(removed);
  return {
    get edits() { return done; },
    get removed() { return [...gone]; },
    get canUndo() { return done.length > 0; },
    get canRedo() { return undone.length > 0; },
    push(edit) {
      done.push(edit);
      undone = [];
      return edit;
    },
    undo() {
      const e = done.pop();
      if (!e) return null;
      gone.add(e.id);
      undone.push(e);
      return e;
    },
    redo() {
      const e = undone.pop();
      if (!e) return null;
      // A new id: the old one is gone for good, in every tab.
      const again = { ...e, id: newId(), at: Date.now() };
      done.push(again);
      return again;
    },
    // Adopts a merged list (storage, another tab); the redo stack stays.
    replace(record) {
      done = [...record.edits];
      for (const id of record.removed ?? []) gone.add(id);
    },
    // "Forget my edits": everything goes, and no undo brings it back.
    clear() {
      for (const e of done) gone.add(e.id);
      done = [];
      undone = [];
    },
  };
}

// Two lists of the same article merged edit by edit: every edit either side
// made, minus every edit either side undid, in the order they were made.
export function mergeRecords(a, b) {
  const removed = new Set([...(a.removed ?? []), ...(b.removed ?? [])]);
  const byId = new Map();
  for (const e of [...(a.edits ?? []), ...(b.edits ?? [])]) if (!removed.has(e.id) && !byId.has(e.id)) byId.set(e.id, e);
  const edits = [...byId.values()].sort((x, y) => x.at - y.at || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  return { edits: edits.slice(-MAX_EDITS), removed: [...removed].slice(-MAX_EDITS) };
}

// A record read back from storage: the valid edits kept, the others counted.
export function checkRecord(record, text) {
  if (record == null || typeof record !== 'object' || !Array.isArray(record.edits)) {
    return { edits: [], removed: [], dropped: record == null ? 0 : 1, unreadable: record != null };
  }
  const edits = record.edits.filter((e) => validEdit(e, text));
  const removed = Array.isArray(record.removed) ? record.removed.filter(isRef) : [];
  return { edits, removed, dropped: record.edits.length - edits.length, unreadable: false };
}
