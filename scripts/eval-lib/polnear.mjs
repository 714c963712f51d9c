// PolNeAR (github.com/networkdynamics/PolNeAR: US political news of 2016
// with brat stand-off annotations of attributions) as a gold set, and the
// direct-quote scoring rule that its conventions call for (issue 18).
//
// PolNeAR has no license: nothing of it enters the repository. A checkout is
// read where the user keeps it, and the converted gold goes to a cache outside
// the repository. Its test split is reserved for independent checking: this
// module refuses to read it.
//
// Why a rule of its own: PolNeAR's content spans differ from ours in three ways
// (one content may hold a quote split by its cue; partial quotes sit inside
// paraphrase; attributions include beliefs and intentions). So:
//   - a gold DIRECT content is one whose words lie (almost) all inside quote
//     marks; it counts as found when >= 50% of it is covered by predicted quotes;
//   - a predicted direct or mixed quote counts as right when >= 50% of it lies
//     inside some gold content (of any kind);
//   - a speaker is right when the predicted speaker's mentions overlap the gold
//     source, or when the two names share a capitalised name word; a pronoun
//     source counts only through the first test (the pronoun is among the
//     predicted speaker's mentions).
import fs from 'node:fs';
import path from 'node:path';

export const POLNEAR_SPLITS = new Set(['train', 'dev']);

export class PolnearError extends Error {}

// Share of a content's letters and digits that must lie inside quote marks for
// it to be a direct quote: allows an attribution cue or a stray word left
// inside the annotated content.
const DIRECT_SHARE = 0.9;
const COVER = 0.5;

// brat offsets count code points; ours count UTF-16 units.
function codePointToUtf16(text) {
  const map = [];
  let unit = 0;
  for (const ch of text) {
    map.push(unit);
    unit += ch.length;
  }
  map.push(unit);
  return map;
}

// Quoted stretches of the text: “…” and "…" pairs, each closed at the latest
// by the end of its paragraph (multi-paragraph quotes reopen with a mark).
export function quotedMask(text) {
  const mask = new Uint8Array(text.length);
  let open = -1, straight = false;
  const close = (end) => {
    if (open >= 0) mask.fill(1, open, end);
    open = -1;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n') close(i);
    else if (c === '\u201C' && open < 0) {
      open = i;
      straight = false;
    } else if (c === '\u201D' && open >= 0 && !straight) close(i + 1);
    else if (c === '"') {
      if (open < 0) {
        open = i;
        straight = true;
      } else if (straight) close(i + 1);
    }
  }
  close(text.length);
  return mask;
}

function directShare(text, mask, spans) {
  let words = 0, quoted = 0;
  for (const [a, b] of spans)
    for (let i = a; i < b; i++)
      if (/[\p{L}\p{N}]/u.test(text[i])) {
        words++;
        quoted += mask[i];
      }
  return words ? quoted / words : 0;
}

// One .ann file over its text → {speakers, contents}; offsets in UTF-16 units.
export function parseAnn(ann, text, file = '<ann>') {
  const toUnit = codePointToUtf16(text);
  const spans = new Map();
  const relations = [];
  for (const line of ann.split('\n')) {
    const fields = line.split('\t');
    // A span's text may run over lines: only lines that open with an id are annotations.
    if (!/^[TE]\d+$/.test(fields[0])) continue;
    if (fields[0].startsWith('T')) {
      const m = /^(\S+) (.*)$/.exec(fields[1] || '');
      if (!m) throw new PolnearError(`${file}: malformed line ${JSON.stringify(line.slice(0, 80))}`);
      const parts = m[2].split(';').map((p) => p.trim().split(/\s+/).map(Number));
      if (parts.some((p) => p.length !== 2 || !p.every(Number.isInteger) || p[0] > p[1] || p[1] >= toUnit.length))
        throw new PolnearError(`${file}: bad offsets in ${JSON.stringify(line.slice(0, 80))}`);
      spans.set(fields[0], { type: m[1], spans: parts.map(([a, b]) => [toUnit[a], toUnit[b]]) });
    } else if (fields[0].startsWith('E')) {
      const roles = {};
      for (const arg of (fields[1] || '').trim().split(/\s+/)) {
        const [role, id] = arg.split(':');
        roles[role] = id;
      }
      relations.push(roles);
    }
  }
  const mask = quotedMask(text);
  const contents = [];
  for (const r of relations) {
    const content = spans.get(r.Content);
    if (!content) continue;
    const source = r.Source ? spans.get(r.Source) : null;
    const cue = r.Cue ? spans.get(r.Cue) : null;
    contents.push({
      spans: content.spans,
      direct: directShare(text, mask, content.spans) >= DIRECT_SHARE,
      source: source ? source.spans : null,
      sourceText: source ? source.spans.map(([a, b]) => text.slice(a, b)).join(' ') : null,
      cue: cue ? cue.spans[0] : null,
    });
  }
  return contents.sort((x, y) => x.spans[0][0] - y.spans[0][0]);
}

// The articles of one split of a PolNeAR checkout. When an article was
// annotated by several people, the first annotation file in name order is used.
export function readPolnear(dir, split) {
  if (!POLNEAR_SPLITS.has(split))
    throw new PolnearError(`PolNeAR split "${split}" refused: only train and dev are used here (the test split is reserved for independent checking)`);
  const base = path.join(dir, 'data', split);
  const textDir = path.join(base, 'text'), annDir = path.join(base, 'attributions');
  if (!fs.existsSync(textDir) || !fs.existsSync(annDir))
    throw new PolnearError(`${base}: no text/ and attributions/ folders; give the root of a PolNeAR checkout`);
  const anns = fs.readdirSync(annDir).filter((f) => f.endsWith('.ann')).sort();
  const articles = [];
  for (const name of fs.readdirSync(textDir).filter((f) => f.endsWith('.txt')).sort()) {
    const stem = name.slice(0, -4);
    const ann = anns.find((a) => a.startsWith(`${stem}_`));
    if (!ann) continue;
    const text = fs.readFileSync(path.join(textDir, name), 'utf8');
    const contents = parseAnn(fs.readFileSync(path.join(annDir, ann), 'utf8'), text, ann);
    articles.push({ id: `polnear-${split}-${stem}`, lang: 'en', file: path.join(annDir, ann), text, contents });
  }
  if (!articles.length) throw new PolnearError(`${base}: no annotated article`);
  return articles;
}

// The same articles in the gold format (EVAL_FORMAT.md), for the cache and for
// the ordinary scorer: a direct content becomes a direct quote, any other an
// indirect one; each source a speaker of unknown kind.
export function toGold(article) {
  const speakers = [], quotes = [];
  for (const c of article.contents) {
    let speaker = null;
    if (c.source) {
      speaker = `s${speakers.length + 1}`;
      speakers.push({ id: speaker, name: c.sourceText, kind: null, role: null, mentions: c.source });
    }
    const start = c.spans[0][0], end = c.spans[c.spans.length - 1][1];
    quotes.push({ type: c.direct ? 'direct' : 'indirect', span: [start, end], speaker, cue: c.cue });
  }
  return { id: article.id, lang: 'en', units: 'utf16', text: article.text, speakers, quotes };
}

function covered(spans, intervals) {
  let total = 0, inside = 0;
  for (const [a, b] of spans) {
    total += b - a;
    for (const [c, d] of intervals) inside += Math.max(0, Math.min(b, d) - Math.max(a, c));
  }
  return total ? inside / total : 0;
}

// Capitalised name words, without pronouns, titles and function words, so
// that "The Post" and "The Times" share nothing.
const NOT_NAME = new Set(['the', 'a', 'an', 'mr', 'mrs', 'ms', 'dr', 'gov', 'sen', 'rep', 'president', 'he', 'she', 'it',
  'they', 'we', 'i', 'you', 'his', 'her', 'their', 'this', 'that', 'these', 'those', 'former', 'new', 'u.s', 'us', 'said']);
function nameWords(s) {
  return new Set((String(s || '').match(/\p{Lu}[\p{L}\p{M}'’.-]*/gu) || [])
    .map((w) => w.toLowerCase().replace(/[.'’]+$/, '')).filter((w) => w.length > 1 && !NOT_NAME.has(w)));
}

export function polnearSpeakerRight(content, predSpeaker) {
  if (!predSpeaker) return false;
  for (const [a, b] of content.source)
    for (const [c, d] of predSpeaker.mentions) if (a < d && c < b) return true;
  const gold = nameWords(content.sourceText);
  for (const w of nameWords(predSpeaker.name)) if (gold.has(w)) return true;
  return false;
}

export function emptyPolnearCounts() {
  return { documents: 0, gold: 0, found: 0, predicted: 0, right: 0, speakerTotal: 0, speakerRight: 0 };
}

// Scores one article by the rule above. prediction: predictionOf(dixit output).
export function scorePolnear(article, prediction, findings = []) {
  const counts = emptyPolnearCounts();
  counts.documents = 1;
  const predicted = prediction.quotes.filter((q) => q.type === 'direct' || q.type === 'mixed');
  const predSpans = predicted.map((q) => q.span);
  const allContent = article.contents.flatMap((c) => c.spans);
  for (const c of article.contents) {
    if (!c.direct) continue;
    counts.gold++;
    if (covered(c.spans, predSpans) < COVER) {
      findings.push({ kind: 'direct quote missed', span: [c.spans[0][0], c.spans[c.spans.length - 1][1]], detail: c.sourceText || 'no source' });
      continue;
    }
    counts.found++;
    if (!c.source) continue;
    // The speaker of the predicted quote that covers most of this content.
    let best = null, bestCover = 0;
    for (const q of predicted) {
      const cov = covered(c.spans, [q.span]);
      if (cov > bestCover) [best, bestCover] = [q, cov];
    }
    counts.speakerTotal++;
    if (polnearSpeakerRight(c, best.speaker)) counts.speakerRight++;
    else findings.push({ kind: 'direct quote speaker', span: c.spans[0], detail: `gold ${c.sourceText}, predicted ${best.speaker ? best.speaker.name : 'none'}` });
  }
  for (const q of predicted) {
    counts.predicted++;
    if (covered([q.span], allContent) >= COVER) counts.right++;
    else findings.push({ kind: 'direct quote false alarm', span: q.span, detail: `${q.type}${q.speaker ? `, ${q.speaker.name}` : ''}` });
  }
  return counts;
}

export function addPolnearCounts(into, from) {
  for (const k of Object.keys(into)) into[k] += from[k];
}

const ratio = (a, b) => (b ? a / b : null);
export function polnearScores(c) {
  const precision = ratio(c.right, c.predicted), recall = ratio(c.found, c.gold);
  const f1 = precision !== null && recall !== null && precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : null;
  return {
    documents: c.documents,
    direct_precision: { value: precision, right: c.right, total: c.predicted },
    direct_recall: { value: recall, right: c.found, total: c.gold },
    direct_f1: f1,
    speaker_accuracy: { value: ratio(c.speakerRight, c.speakerTotal), right: c.speakerRight, total: c.speakerTotal },
  };
}
