// Reading gold files (EVAL_FORMAT.md): *.gold.json holds one article,
// *.gold.jsonl one per line. Unknown fields are ignored; a field that is there
// but malformed is an error that names the file, the article and the field.
// A section that is absent ("quotes", "money") is not scored for that article,
// so gold sets that annotate only money, say, are still usable.
import fs from 'node:fs';
import path from 'node:path';
import { isDetached, MissingPassage, passageText } from './realtext.mjs';

export class GoldError extends Error {}

const KINDS = new Set(['person', 'organization', 'place', 'media', 'anonymous']);
const TYPES = new Set(['direct', 'indirect', 'mixed', 'according_to']);
const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

// Every *.gold.json / *.gold.jsonl under the given files and folders, sorted.
export function goldFiles(paths) {
  const out = [];
  const visit = (p, explicit) => {
    let stat;
    try {
      stat = fs.statSync(p);
    } catch {
      throw new GoldError(`${p}: no such file or folder`);
    }
    if (stat.isDirectory()) {
      for (const entry of fs.readdirSync(p).sort()) visit(path.join(p, entry), false);
    } else if (explicit || /\.gold\.jsonl?$/.test(p)) {
      out.push(p);
    }
  };
  for (const p of paths) visit(p, true);
  return [...new Set(out)];
}

function checker(file, where) {
  const fail = (field, message) => {
    throw new GoldError(`${file}${where ? ` (${where})` : ''}: field "${field}" ${message}`);
  };
  const span = (field, value, length) => {
    if (!Array.isArray(value) || value.length !== 2 || !value.every(Number.isInteger))
      fail(field, `must be [start, end] in UTF-16 units, got ${JSON.stringify(value)}`);
    const [a, b] = value;
    if (a < 0 || b < a || b > length) fail(field, `[${a}, ${b}] is outside the text (length ${length})`);
    return [a, b];
  };
  const decimal = (field, value) => {
    if (value === undefined || value === null) return null;
    if (typeof value === 'number' && Number.isFinite(value)) return String(value);
    if (typeof value !== 'string' || !DECIMAL.test(value)) fail(field, `must be a decimal string or null, got ${JSON.stringify(value)}`);
    return value;
  };
  return { fail, span, decimal };
}

// One article object → the normalised form the scorer reads.
export function validateArticle(raw, file, where = '') {
  const { fail, span, decimal } = checker(file, where);
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) fail('(article)', 'must be a JSON object');
  if (typeof raw.text !== 'string') fail('text', 'is missing or is not a string');
  if (raw.lang !== undefined && typeof raw.lang !== 'string') fail('lang', 'must be a language code string');
  if (raw.units !== undefined && raw.units !== 'utf16') fail('units', `must be "utf16", got ${JSON.stringify(raw.units)}`);
  const length = raw.text.length;
  const article = {
    id: raw.id === undefined ? where || path.basename(file) : String(raw.id),
    file,
    lang: raw.lang || 'auto',
    text: raw.text,
    speakers: null,
    quotes: null,
    money: null,
  };

  const speakerIds = new Map();
  if (raw.speakers !== undefined) {
    if (!Array.isArray(raw.speakers)) fail('speakers', 'must be a list');
    article.speakers = raw.speakers.map((s, i) => {
      const f = `speakers[${i}]`;
      if (s === null || typeof s !== 'object') fail(f, 'must be an object');
      if (typeof s.id !== 'string' && typeof s.id !== 'number') fail(`${f}.id`, 'is missing');
      if (speakerIds.has(String(s.id))) fail(`${f}.id`, `repeats the id ${JSON.stringify(s.id)}`);
      if (s.kind !== undefined && s.kind !== null && !KINDS.has(s.kind))
        fail(`${f}.kind`, `must be one of ${[...KINDS].join(', ')}, got ${JSON.stringify(s.kind)}`);
      if (s.name !== undefined && s.name !== null && typeof s.name !== 'string') fail(`${f}.name`, 'must be a string');
      const mentions = s.mentions === undefined ? [] : s.mentions;
      if (!Array.isArray(mentions)) fail(`${f}.mentions`, 'must be a list of [start, end]');
      const speaker = {
        id: String(s.id),
        name: s.name || '',
        kind: s.kind || null,
        mentions: mentions.map((m, k) => span(`${f}.mentions[${k}]`, m, length)),
      };
      speakerIds.set(speaker.id, speaker);
      return speaker;
    });
  }

  if (raw.quotes !== undefined) {
    if (!Array.isArray(raw.quotes)) fail('quotes', 'must be a list');
    article.quotes = raw.quotes.map((q, i) => {
      const f = `quotes[${i}]`;
      if (q === null || typeof q !== 'object') fail(f, 'must be an object');
      if (!TYPES.has(q.type)) fail(`${f}.type`, `must be one of ${[...TYPES].join(', ')}, got ${JSON.stringify(q.type)}`);
      let speaker = null;
      if (q.speaker !== undefined && q.speaker !== null) {
        speaker = speakerIds.get(String(q.speaker));
        if (!speaker) fail(`${f}.speaker`, `names ${JSON.stringify(q.speaker)}, which is not in "speakers"`);
      }
      const cue = q.cue === undefined || q.cue === null ? null : span(`${f}.cue`, q.cue, length);
      return { span: span(`${f}.span`, q.span, length), type: q.type, speaker, cue };
    });
  }

  if (raw.money !== undefined) {
    if (!Array.isArray(raw.money)) fail('money', 'must be a list');
    article.money = raw.money.map((m, i) => {
      const f = `money[${i}]`;
      if (m === null || typeof m !== 'object') fail(f, 'must be an object');
      const item = {
        span: span(`${f}.span`, m.span, length),
        value: decimal(`${f}.value`, m.value),
        min: decimal(`${f}.min`, m.min),
        max: decimal(`${f}.max`, m.max),
        currency: m.currency === undefined ? null : m.currency,
        approx: Boolean(m.approx),
        equivalent_of: m.equivalent_of === undefined ? null : m.equivalent_of,
      };
      if (item.currency !== null && typeof item.currency !== 'string') fail(`${f}.currency`, 'must be an ISO 4217 code or null');
      return item;
    });
    article.money.forEach((m, i) => {
      const e = m.equivalent_of;
      if (e !== null && !(Number.isInteger(e) && e >= 0 && e < article.money.length && e !== i))
        fail(`money[${i}].equivalent_of`, `must be the index of another item in "money", got ${JSON.stringify(e)}`);
    });
  }
  return article;
}

// The articles of one file, the errors of the ones that are malformed, and the
// ones skipped because their text lives outside the repository and is absent
// here (real published passages, see realtext.mjs).
export function readGoldFile(file) {
  const articles = [], errors = [], skipped = [];
  let content;
  try {
    content = fs.readFileSync(file, 'utf8');
  } catch (e) {
    return { articles, errors: [`${file}: cannot read: ${e.message}`], skipped };
  }
  const parse = (json, where) => {
    let raw;
    try {
      raw = JSON.parse(json);
    } catch (e) {
      errors.push(`${file}${where ? ` (${where})` : ''}: not valid JSON: ${e.message}`);
      return;
    }
    if (isDetached(raw)) {
      try {
        raw = { ...raw, text: passageText(raw) };
      } catch (e) {
        if (e instanceof MissingPassage) skipped.push(`${file}: ${e.message}`);
        else errors.push(`${file}${where ? ` (${where})` : ''}: ${e.message}`);
        return;
      }
    }
    try {
      articles.push(validateArticle(raw, file, where));
    } catch (e) {
      if (!(e instanceof GoldError)) throw e;
      errors.push(e.message);
    }
  };
  if (file.endsWith('.jsonl')) {
    content.split(/\r?\n/).forEach((line, i) => {
      if (line.trim()) parse(line, `line ${i + 1}`);
    });
  } else {
    parse(content, '');
  }
  return { articles, errors, skipped };
}
