// Gold files for real published passages (issue 18). The passages belong to
// their publishers and live outside the repository, in ../shared/realtext; the
// repository keeps only the annotations: offsets, kinds, values, the passage's
// path and the sha256 of its text. This module joins the two at run time.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

// Where the passages are: $DIXIT_REALTEXT, else ../shared/realtext beside the checkout.
export function realtextRoot() {
  return process.env.DIXIT_REALTEXT || path.resolve(ROOT, '..', 'shared', 'realtext');
}

export function sha256(text) {
  return crypto.createHash('sha256').update(text, 'utf8').digest('hex');
}

// A gold object that names its passage instead of holding it.
export function isDetached(raw) {
  return raw !== null && typeof raw === 'object' && raw.text === undefined
    && typeof raw.realtext === 'string' && typeof raw.text_sha256 === 'string';
}

export class MissingPassage extends Error {}

// The passage's text, checked against the hash the annotations were made on.
// Throws MissingPassage when the passages are not on this machine, and Error
// when the passage is there but is not the one annotated.
export function passageText(raw) {
  const root = realtextRoot();
  if (!/^[a-z]{2}\/[\w.-]+\.txt$/.test(raw.realtext)) throw new Error(`"realtext" must look like fr/001.txt, got ${JSON.stringify(raw.realtext)}`);
  const file = path.join(root, raw.realtext);
  if (!fs.existsSync(root)) throw new MissingPassage(`${root} is absent`);
  if (!fs.existsSync(file)) throw new MissingPassage(`${file} is absent`);
  const text = fs.readFileSync(file, 'utf8');
  if (sha256(text) !== raw.text_sha256) throw new Error(`${file} is not the text these annotations were made on (sha256 differs)`);
  return text;
}

// A full gold object (with its text) → the form kept in the repository:
// no text anywhere, not even the quotes' or amounts' own "text" fields.
export function detach(gold, realtext) {
  const out = { id: gold.id, lang: gold.lang, units: 'utf16', realtext, text_sha256: sha256(gold.text) };
  out.speakers = (gold.speakers || []).map((s) => ({ id: s.id, name: s.name, kind: s.kind, role: s.role ?? null, mentions: s.mentions }));
  out.quotes = (gold.quotes || []).map((q) => ({ type: q.type, span: q.span, speaker: q.speaker ?? null, cue: q.cue ?? null }));
  out.money = (gold.money || []).map((m) => ({ span: m.span, value: m.value ?? null, min: m.min ?? null, max: m.max ?? null,
    currency: m.currency ?? null, approx: Boolean(m.approx), equivalent_of: m.equivalent_of ?? null }));
  return out;
}

// The inverse, for tools that want the whole gold object (the text fields back).
export function attach(raw) {
  const text = passageText(raw);
  const gold = { ...raw, text };
  delete gold.realtext;
  delete gold.text_sha256;
  gold.quotes = (raw.quotes || []).map((q) => ({ ...q, text: text.slice(q.span[0], q.span[1]) }));
  gold.money = (raw.money || []).map((m) => ({ ...m, text: text.slice(m.span[0], m.span[1]) }));
  return gold;
}
