// Reading back a JSON file exported by the page (or written by anyone): hostile
// input. Everything is checked against the schema before anything is drawn:
// sizes capped, every offset an integer inside the text and off a surrogate
// half, ids unique, references resolved, strings of bounded length. Pure (no
// DOM); tests/node/import.test.mjs and tests/fuzz/import-fuzz.mjs run it.
// parseImport never throws: it returns {ok: true, text, result} or {ok: false, error}.
import { QUOTE_TYPES, SPEAKER_KINDS, validSpan } from './edits.js';

export const MAX_IMPORT_BYTES = 32_000_000;        // the file, before reading it
export const MAX_TEXT = 20_000_000;                // the core's limit (options.maxLength, UTF-16 units)
export const MAX_ITEMS = 200000;                   // quotes, speakers, amounts, mentions each
export const MAX_STRING = 10000;                   // a name, a role, an amount's text
const BASES = new Set(['none', 'cue-named', 'cue-role', 'cue-anonymous', 'cue-pronoun', 'label', 'continuation', 'interviewee', 'nearby']);
const DECIMAL = /^-?\d{1,40}(\.\d{1,40})?$/;

class Invalid extends Error {}
const fail = (what) => { throw new Invalid(what); };
const isObj = (v) => v != null && typeof v === 'object' && !Array.isArray(v);
const own = (o, k) => Object.prototype.hasOwnProperty.call(o, k);

function keys(o, allowed, where) {
  for (const k of Object.keys(o)) if (!allowed.includes(k)) fail(`${where}: unknown field "${k.slice(0, 40)}"`);
}
function str(v, where, { max = MAX_STRING, nullable = false } = {}) {
  if (v === null && nullable) return null;
  if (typeof v !== 'string' || v.length > max) fail(`${where}: not a string of at most ${max} characters`);
  return v;
}
function bool(v, where, { optional = true } = {}) {
  if (v === undefined && optional) return;
  if (typeof v !== 'boolean') fail(`${where}: not true or false`);
}
function span(text, v, where, { alone = true } = {}) {
  if (!validSpan(text, v, { allowEmpty: true })) fail(`${where}: offsets outside the text, reversed, or inside a character`);
  if (alone) keys(v, ['start', 'end'], where);
  return { start: v.start, end: v.end };
}
function list(v, where) {
  if (!Array.isArray(v)) fail(`${where}: not a list`);
  if (v.length > MAX_ITEMS) fail(`${where}: more than ${MAX_ITEMS} items`);
  return v;
}
function id(v, seen, where) {
  if (typeof v !== 'string' || v.length === 0 || v.length > 128) fail(`${where}: bad id`);
  if (seen.has(v)) fail(`${where}: id "${v.slice(0, 40)}" twice`);
  seen.add(v);
  return v;
}
function decimal(v, where) {
  if (v === null) return null;
  if (typeof v !== 'string' || !DECIMAL.test(v)) fail(`${where}: not a decimal number`);
  return v;
}

// The checked result, rebuilt field by field (nothing unchecked is carried over).
export function validateResult(doc, text) {
  if (!isObj(doc)) fail('not a JSON object');
  keys(doc, ['version', 'lang', 'speakers', 'quotes', 'amounts', 'text'], 'file');
  const version = str(doc.version, 'version', { max: 64 });
  const lang = str(doc.lang, 'lang', { max: 16 });
  if (!/^[a-z]{2,3}(-[A-Za-z0-9]{1,8})*$/.test(lang)) fail('lang: not a language code');

  const speakerIds = new Set();
  let mentions = 0;
  const speakers = list(doc.speakers, 'speakers').map((s, i) => {
    const where = `speakers[${i}]`;
    if (!isObj(s)) fail(`${where}: not an object`);
    keys(s, ['id', 'name', 'kind', 'role', 'mentions', 'edited'], where);
    const out = { id: id(s.id, speakerIds, where), name: str(s.name, `${where}.name`), kind: s.kind,
      role: str(s.role ?? null, `${where}.role`, { nullable: true }), mentions: [] };
    if (!SPEAKER_KINDS.includes(s.kind)) fail(`${where}.kind: unknown kind`);
    const ms = list(s.mentions, `${where}.mentions`);
    mentions += ms.length;
    if (mentions > MAX_ITEMS) fail(`mentions: more than ${MAX_ITEMS}`);
    out.mentions = ms.map((m, j) => span(text, m, `${where}.mentions[${j}]`));
    bool(s.edited, `${where}.edited`);
    if (s.edited) out.edited = true;
    return out;
  });

  const quoteIds = new Set();
  const quotes = list(doc.quotes, 'quotes').map((q, i) => {
    const where = `quotes[${i}]`;
    if (!isObj(q)) fail(`${where}: not an object`);
    keys(q, ['id', 'start', 'end', 'type', 'speaker', 'cue', 'confidence', 'basis', 'capped', 'edited', 'checked'], where);
    const out = { id: id(q.id, quoteIds, where), ...span(text, q, where, { alone: false }), type: q.type, speaker: null, cue: null, confidence: null };
    if (!QUOTE_TYPES.includes(q.type)) fail(`${where}.type: unknown type`);
    if (q.speaker != null) {
      if (typeof q.speaker !== 'string' || !speakerIds.has(q.speaker)) fail(`${where}.speaker: no such speaker`);
      out.speaker = q.speaker;
    }
    if (q.cue != null) out.cue = span(text, q.cue, `${where}.cue`);
    if (q.confidence != null) {
      if (typeof q.confidence !== 'number' || !(q.confidence >= 0 && q.confidence <= 1)) fail(`${where}.confidence: not between 0 and 1`);
      out.confidence = q.confidence;
    }
    if (q.basis !== undefined) {
      if (!BASES.has(q.basis)) fail(`${where}.basis: unknown`);
      out.basis = q.basis;
    }
    for (const flag of ['capped', 'edited', 'checked']) {
      bool(q[flag], `${where}.${flag}`);
      if (q[flag]) out[flag] = true;
    }
    return out;
  });

  const amountIds = new Set();
  const amounts = list(doc.amounts, 'amounts').map((a, i) => {
    const where = `amounts[${i}]`;
    if (!isObj(a)) fail(`${where}: not an object`);
    keys(a, ['id', 'start', 'end', 'text', 'value', 'min', 'max', 'currency', 'approx', 'equivalent_of', 'currency_assumed', 'edited', 'checked'], where);
    const out = { id: id(a.id, amountIds, where), ...span(text, a, where, { alone: false }) };
    out.text = str(a.text ?? null, `${where}.text`, { nullable: true });
    out.value = decimal(a.value ?? null, `${where}.value`);
    out.min = decimal(a.min ?? null, `${where}.min`);
    out.max = decimal(a.max ?? null, `${where}.max`);
    if (a.currency != null && (typeof a.currency !== 'string' || !/^[A-Z]{3}$/.test(a.currency))) fail(`${where}.currency: not an ISO 4217 code`);
    out.currency = a.currency ?? null;
    bool(a.approx, `${where}.approx`);
    out.approx = a.approx === true;
    out.equivalent_of = a.equivalent_of ?? null;
    if (out.equivalent_of !== null && typeof out.equivalent_of !== 'string') fail(`${where}.equivalent_of: not an id`);
    for (const flag of ['currency_assumed', 'edited', 'checked']) {
      bool(a[flag], `${where}.${flag}`);
      if (a[flag]) out[flag] = true;
    }
    return out;
  });
  for (const a of amounts) {
    if (a.equivalent_of !== null && (!amountIds.has(a.equivalent_of) || a.equivalent_of === a.id)) fail(`amount ${a.id.slice(0, 40)}: equivalent_of names no other amount`);
  }
  return { version, lang, speakers, quotes, amounts };
}

// `raw`: the file's text. `currentText`: the article shown, used when the file
// carries no text of its own.
export function parseImport(raw, { currentText = null } = {}) {
  try {
    if (typeof raw !== 'string') fail('not text');
    if (raw.length > MAX_IMPORT_BYTES) fail('file too large');
    let doc;
    try {
      doc = JSON.parse(raw);
    } catch {
      fail('not valid JSON');
    }
    if (!isObj(doc)) fail('not a JSON object');
    let text;
    if (own(doc, 'text')) {
      text = str(doc.text, 'text', { max: MAX_TEXT });
      if (!text.trim()) fail('text: empty');
    } else if (typeof currentText === 'string' && currentText.length) {
      text = currentText;
    } else {
      fail('the file has no "text" and no article is open');
    }
    const result = validateResult(doc, text);
    return { ok: true, text, result, ownText: own(doc, 'text') };
  } catch (err) {
    if (err instanceof Invalid) return { ok: false, error: err.message };
    // Anything else is a bug of this module; the harness looks for it.
    return { ok: false, error: `unexpected: ${err && err.message}`, unexpected: true };
  }
}
