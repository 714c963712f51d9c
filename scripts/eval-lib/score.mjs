// The scoring rules of EVAL_FORMAT.md, on one article at a time; counts add
// up over articles (micro-averages), per language and overall.
export const THRESHOLDS = [0.3, 0.8];

// The annotator's output (the dixit schema) in the gold's shape.
export function predictionOf(result) {
  const speakers = new Map((result.speakers || []).map((s) => [s.id, {
    id: s.id, name: s.name || '', kind: s.kind || null, mentions: (s.mentions || []).map((m) => [m.start, m.end]),
  }]));
  const moneyIndex = new Map((result.amounts || []).map((m, i) => [m.id, i]));
  return {
    quotes: (result.quotes || []).map((q) => ({
      span: [q.start, q.end], type: q.type, speaker: q.speaker == null ? null : speakers.get(q.speaker) || null,
      cue: q.cue ? [q.cue.start, q.cue.end] : null, confidence: typeof q.confidence === 'number' ? q.confidence : null,
    })),
    money: (result.amounts || []).map((m) => ({
      span: [m.start, m.end], value: m.value ?? null, min: m.min ?? null, max: m.max ?? null, currency: m.currency ?? null,
      approx: Boolean(m.approx), equivalent_of: m.equivalent_of == null ? null : moneyIndex.get(m.equivalent_of) ?? null,
    })),
    speakers: [...speakers.values()],
  };
}

export function overlap([a0, a1], [b0, b1]) {
  const inter = Math.max(0, Math.min(a1, b1) - Math.max(a0, b0));
  const longest = Math.max(a1 - a0, b1 - b0);
  return longest > 0 ? inter / longest : 0;
}

// Greedy one-to-one matching, largest overlap first (ties: earlier gold, then
// earlier prediction, so that results never depend on sort stability).
export function matchQuotes(gold, pred, threshold) {
  const pairs = [];
  for (let g = 0; g < gold.length; g++)
    for (let p = 0; p < pred.length; p++) {
      const o = overlap(gold[g].span, pred[p].span);
      if (o >= threshold && o > 0) pairs.push({ g, p, o });
    }
  pairs.sort((x, y) => y.o - x.o || x.g - y.g || x.p - y.p);
  const goldTaken = new Map(), predTaken = new Set();
  for (const { g, p } of pairs) {
    if (goldTaken.has(g) || predTaken.has(p)) continue;
    goldTaken.set(g, p);
    predTaken.add(p);
  }
  return goldTaken;  // gold index → prediction index
}

// Names compared "ignoring case, accents and a leading title".
const TITLES = new Set(['m', 'mm', 'mr', 'mrs', 'ms', 'miss', 'mme', 'mmes', 'mlle', 'mlles', 'dr', 'pr', 'prof', 'me',
  'sir', 'dame', 'lord', 'monsieur', 'madame', 'mademoiselle', 'docteur', 'professeur', 'maitre', 'doctor', 'professor']);
export function normaliseName(name) {
  const words = String(name || '').normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
    .replace(/[’‘`]/g, "'").split(/[\s\u00A0\u202F]+/).filter(Boolean);
  while (words.length > 1 && TITLES.has(words[0].replace(/\.$/, ''))) words.shift();
  return words.join(' ');
}

export function sameSpeaker(goldSpeaker, predSpeaker) {
  if (!predSpeaker) return false;
  for (const g of goldSpeaker.mentions) for (const p of predSpeaker.mentions) if (g[0] < p[1] && p[0] < g[1]) return true;
  const name = normaliseName(goldSpeaker.name);
  return name !== '' && name === normaliseName(predSpeaker.name);
}

// Decimal strings compared by value: "0.50" = ".5" = "0.5", "-0" = "0".
export function canonicalDecimal(s) {
  if (s === null || s === undefined) return null;
  let str = String(s).trim();
  let sign = '';
  if (str[0] === '+' || str[0] === '-') {
    sign = str[0] === '-' ? '-' : '';
    str = str.slice(1);
  }
  let [int, frac = ''] = str.split('.');
  int = int.replace(/^0+/, '') || '0';
  frac = frac.replace(/0+$/, '');
  const body = frac ? `${int}.${frac}` : int;
  return body === '0' ? '0' : sign + body;
}
export const sameDecimal = (a, b) => canonicalDecimal(a) === canonicalDecimal(b);
export const sameAmountValue = (g, p) => sameDecimal(g.value, p.value) && sameDecimal(g.min, p.min) && sameDecimal(g.max, p.max);

// Money spans match exactly, ignoring white space at either end.
export function trimmedSpan(text, [a, b]) {
  while (a < b && /\s/.test(text[a])) a++;
  while (b > a && /\s/.test(text[b - 1])) b--;
  return `${a},${b}`;
}

export function emptyCounts() {
  const quotes = {};
  for (const t of THRESHOLDS) quotes[t] = { tp: 0, fp: 0, fn: 0, speakerRight: 0, speakerTotal: 0, typeRight: 0 };
  return {
    documents: 0,
    quoteDocuments: 0,
    moneyDocuments: 0,
    quotes,
    money: { tp: 0, fp: 0, fn: 0, valueRight: 0, currencyRight: 0, linkRight: 0, linkTotal: 0 },
    errors: 0,
  };
}

export function addCounts(into, from) {
  into.documents += from.documents;
  into.quoteDocuments += from.quoteDocuments;
  into.moneyDocuments += from.moneyDocuments;
  into.errors += from.errors;
  for (const t of THRESHOLDS) for (const k of Object.keys(into.quotes[t])) into.quotes[t][k] += from.quotes[t][k];
  for (const k of Object.keys(into.money)) into.money[k] += from.money[k];
}

// Scores one article. `findings` receives every miss, false alarm and wrong
// attribute, for --errors.
export function scoreArticle(article, prediction, findings = []) {
  const counts = emptyCounts();
  counts.documents = 1;
  if (article.quotes) {
    counts.quoteDocuments = 1;
    for (const t of THRESHOLDS) {
      const c = counts.quotes[t];
      const matched = matchQuotes(article.quotes, prediction.quotes, t);
      c.tp += matched.size;
      c.fn += article.quotes.length - matched.size;
      c.fp += prediction.quotes.length - matched.size;
      const report = t === THRESHOLDS[0];
      const matchedPred = new Set(matched.values());
      article.quotes.forEach((g, gi) => {
        if (!matched.has(gi)) {
          if (report) findings.push({ kind: 'quote missed', span: g.span, detail: `${g.type}${g.speaker ? `, ${g.speaker.name}` : ''}` });
          return;
        }
        const p = prediction.quotes[matched.get(gi)];
        if (p.type === g.type) c.typeRight++;
        else if (report) findings.push({ kind: 'quote type', span: g.span, detail: `gold ${g.type}, predicted ${p.type}` });
        if (!g.speaker) return;
        c.speakerTotal++;
        if (sameSpeaker(g.speaker, p.speaker)) c.speakerRight++;
        else if (report)
          findings.push({ kind: 'quote speaker', span: g.span, detail: `gold ${g.speaker.name}, predicted ${p.speaker ? p.speaker.name : 'none'}` });
      });
      if (report)
        prediction.quotes.forEach((p, pi) => {
          if (!matchedPred.has(pi)) findings.push({ kind: 'quote false alarm', span: p.span, detail: `${p.type}${p.speaker ? `, ${p.speaker.name}` : ''}` });
        });
    }
  }
  if (article.money) {
    counts.moneyDocuments = 1;
    const c = counts.money;
    const predBySpan = new Map();
    prediction.money.forEach((p, i) => {
      const key = trimmedSpan(article.text, p.span);
      if (!predBySpan.has(key)) predBySpan.set(key, i);
    });
    const goldToPred = new Map(), matchedPred = new Set();
    article.money.forEach((g, gi) => {
      const pi = predBySpan.get(trimmedSpan(article.text, g.span));
      if (pi === undefined || matchedPred.has(pi)) {
        findings.push({ kind: 'amount missed', span: g.span, detail: describeAmount(g) });
        return;
      }
      goldToPred.set(gi, pi);
      matchedPred.add(pi);
    });
    c.tp += goldToPred.size;
    c.fn += article.money.length - goldToPred.size;
    c.fp += prediction.money.length - goldToPred.size;
    prediction.money.forEach((p, pi) => {
      if (!matchedPred.has(pi)) findings.push({ kind: 'amount false alarm', span: p.span, detail: describeAmount(p) });
    });
    for (const [gi, pi] of goldToPred) {
      const g = article.money[gi], p = prediction.money[pi];
      if (sameAmountValue(g, p)) c.valueRight++;
      else findings.push({ kind: 'amount value', span: g.span, detail: `gold ${describeAmount(g)}, predicted ${describeAmount(p)}` });
      if ((g.currency ?? null) === (p.currency ?? null)) c.currencyRight++;
      else findings.push({ kind: 'amount currency', span: g.span, detail: `gold ${g.currency}, predicted ${p.currency}` });
      if (g.equivalent_of === null && p.equivalent_of === null) continue;
      c.linkTotal++;
      const right = g.equivalent_of !== null && p.equivalent_of !== null && goldToPred.get(g.equivalent_of) === p.equivalent_of;
      if (right) c.linkRight++;
      else findings.push({ kind: 'amount equivalent_of', span: g.span, detail: `gold ${g.equivalent_of === null ? 'none' : `"${spanText(article.text, article.money[g.equivalent_of].span)}"`}, predicted ${p.equivalent_of === null ? 'none' : `"${spanText(article.text, prediction.money[p.equivalent_of].span)}"`}` });
    }
  }
  return counts;
}

function spanText(text, [a, b]) {
  return text.slice(a, b);
}

function describeAmount(m) {
  const value = m.value !== null ? m.value : `[${m.min ?? ''}, ${m.max ?? ''}]`;
  return `${value} ${m.currency ?? '(no currency)'}${m.approx ? ' approx' : ''}`;
}

const ratio = (a, b) => (b ? a / b : null);
// F1 as 2tp / (2tp + fp + fn): 0 when nothing matched, undefined only with nothing to count.
function prf({ tp, fp, fn }) {
  return { precision: ratio(tp, tp + fp), recall: ratio(tp, tp + fn), f1: ratio(2 * tp, 2 * tp + fp + fn), tp, fp, fn };
}

// Counts → the scores EVAL_FORMAT.md names, each with its counts.
export function scores(counts) {
  const quotes = {};
  for (const t of THRESHOLDS) {
    const c = counts.quotes[t];
    quotes[t] = {
      ...prf(c),
      speaker_accuracy: { value: ratio(c.speakerRight, c.speakerTotal), right: c.speakerRight, total: c.speakerTotal },
      type_accuracy: { value: ratio(c.typeRight, c.tp), right: c.typeRight, total: c.tp },
    };
  }
  const m = counts.money;
  return {
    documents: counts.documents,
    quote_documents: counts.quoteDocuments,
    money_documents: counts.moneyDocuments,
    annotator_errors: counts.errors,
    quotes,
    money: {
      ...prf(m),
      value_accuracy: { value: ratio(m.valueRight, m.tp), right: m.valueRight, total: m.tp },
      currency_accuracy: { value: ratio(m.currencyRight, m.tp), right: m.currencyRight, total: m.tp },
      equivalent_of_accuracy: { value: ratio(m.linkRight, m.linkTotal), right: m.linkRight, total: m.linkTotal },
    },
  };
}

// Reliability of the quotes' confidence: each predicted quote is right when it
// matches a gold quote at the first threshold AND names the right speaker (no
// speaker when the gold has none). Quotes go into ten bins by confidence.
export const CONFIDENT = 0.8;
export function emptyReliability() {
  return Array.from({ length: 10 }, () => ({ n: 0, right: 0, confidence: 0 }));
}

export function addReliability(bins, article, prediction) {
  if (!article.quotes) return;
  const matched = matchQuotes(article.quotes, prediction.quotes, THRESHOLDS[0]);
  const goldOf = new Map([...matched].map(([g, p]) => [p, article.quotes[g]]));
  prediction.quotes.forEach((p, pi) => {
    if (p.confidence === null) return;
    const g = goldOf.get(pi);
    const right = g !== undefined && (g.speaker ? sameSpeaker(g.speaker, p.speaker) : p.speaker === null);
    const bin = bins[Math.min(9, Math.max(0, Math.floor(p.confidence * 10 + 1e-9)))];
    bin.n++;
    bin.right += right ? 1 : 0;
    bin.confidence += p.confidence;
  });
}

export function addReliabilityBins(into, from) {
  from.forEach((b, i) => {
    into[i].n += b.n;
    into[i].right += b.right;
    into[i].confidence += b.confidence;
  });
}

// Bins with fewer quotes than this are shown but not judged: their accuracy is noise.
export const RELIABILITY_MIN_BIN = 10;
export function reliabilityScores(bins) {
  const rows = bins.map((b, i) => ({
    bin: [i / 10, (i + 1) / 10], n: b.n, accuracy: ratio(b.right, b.n), mean_confidence: ratio(b.confidence, b.n),
  }));
  const judged = rows.filter((r) => r.n >= RELIABILITY_MIN_BIN);
  const within = judged.filter((r) => Math.abs(r.accuracy - r.mean_confidence) <= 0.1 + 1e-9).length;
  const confident = bins.slice(Math.round(CONFIDENT * 10));
  const n = confident.reduce((a, b) => a + b.n, 0), right = confident.reduce((a, b) => a + b.right, 0);
  return {
    rows,
    confident_accuracy: { value: ratio(right, n), right, total: n },
    calibrated_bins: { value: ratio(within, judged.length), right: within, total: judged.length },
  };
}
