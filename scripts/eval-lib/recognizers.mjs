// Microsoft Recognizers-Text currency specs (CurrencyModel.<Language>.json) as
// an external test of the amount extractor. A case passes when dixit finds
// exactly the expected amounts: the same spans, give or take surrounding
// spaces, and the same values. Spec values in a minor unit ("50", unit
// "Cent") are compared with dixit's value in the major unit ("0.5"). The specs
// know no bounds: "more than $247 million" has the value 247000000 there, and
// dixit's min 247000000 (value null) is that same number.
// Cases listed in the known-differences file are reported apart, with their
// reason; a listed case that passes is an error, so the list cannot go stale.
import fs from 'node:fs';
import path from 'node:path';
import { canonicalDecimal, sameDecimal } from './score.mjs';

const LANGUAGES = { English: 'en', French: 'fr' };

// The decimal digits between a spec's minor unit and the major unit dixit reports.
const MINOR_UNIT_DIGITS = new Map([
  ['cent', 2], ['cents', 2], ['centime', 2], ['centimes', 2], ['penny', 2], ['pence', 2],
  ['sen', 2], ['pesewa', 2], ['kopek', 2], ['satoshi', 8],
]);

export function specLanguage(file) {
  const m = /CurrencyModel\.(\w+)\.json$/.exec(path.basename(file));
  const lang = m && LANGUAGES[m[1]];
  if (!lang) throw new Error(`${file}: cannot tell the language from the name (expected CurrencyModel.<English|French>.json)`);
  return lang;
}

export function readSpec(file) {
  const cases = JSON.parse(fs.readFileSync(file, 'utf8'));
  if (!Array.isArray(cases)) throw new Error(`${file}: a spec file is a list of cases`);
  return cases.map((c, i) => {
    if (typeof c.Input !== 'string' || !Array.isArray(c.Results))
      throw new Error(`${file}: case ${i + 1} needs "Input" (a string) and "Results" (a list)`);
    let from = 0;
    return {
      input: c.Input,
      expected: c.Results.map((r) => {
        // Some cases give no offsets: the (lower-cased) text is then looked up.
        let start = r.Start, end = r.End + 1;
        if (!Number.isInteger(r.Start) || !Number.isInteger(r.End)) {
          start = c.Input.toLowerCase().indexOf(String(r.Text).toLowerCase(), from);
          if (start < 0) throw new Error(`${file}: case ${i + 1}: "${r.Text}" is not in the input`);
          end = start + r.Text.length;
        }
        from = end;
        const resolution = r.Resolution || {};
        // French specs write values with a decimal comma ("2,75").
        const value = resolution.value == null ? null : String(resolution.value).replace(',', '.');
        return { start, end, text: r.Text, value, unit: resolution.unit ?? null };
      }),
    };
  });
}

function trimmed(text, start, end) {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return [start, end];
}

// The spec's value in the major unit, as an exact decimal: "50" cents is "0.5".
export function majorValue(value, unit) {
  const digits = MINOR_UNIT_DIGITS.get(String(unit || '').toLowerCase());
  if (!digits || value === null) return value;
  const canonical = canonicalDecimal(value);
  const sign = canonical.startsWith('-') ? '-' : '';
  const [int, frac = ''] = canonical.replace('-', '').split('.');
  const all = int.padStart(digits + 1, '0') + frac;
  const point = all.length - frac.length - digits;
  return canonicalDecimal(`${sign}${all.slice(0, point)}.${all.slice(point)}`);
}

// The one number of an amount: its value, or the limit of a one-sided bound.
function numberOf(a) {
  if (a.value != null) return a.value;
  if ((a.min == null) !== (a.max == null)) return a.min ?? a.max;
  return null;
}

// Why a case fails, or null when it passes.
export function caseFailure(c, amounts) {
  const found = amounts.map((a) => ({ span: trimmed(c.input, a.start, a.end), value: numberOf(a), text: c.input.slice(a.start, a.end) }));
  const problems = [];
  const used = new Set();
  for (const e of c.expected) {
    const span = trimmed(c.input, e.start, e.end);
    const i = found.findIndex((f, k) => !used.has(k) && f.span[0] === span[0] && f.span[1] === span[1]);
    if (i < 0) {
      problems.push(`missed "${e.text}" (${e.value} ${e.unit})`);
      continue;
    }
    used.add(i);
    if (!sameDecimal(majorValue(e.value, e.unit), found[i].value))
      problems.push(`"${e.text}": value ${found[i].value ?? 'null'}, expected ${e.value} ${e.unit}`);
  }
  found.forEach((f, k) => {
    if (!used.has(k)) problems.push(`extra "${f.text}" (${f.value ?? 'null'})`);
  });
  return problems.length ? problems.join('; ') : null;
}

export function readKnownDifferences(file) {
  if (!file || !fs.existsSync(file)) return [];
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

// Runs one spec file; returns {file, lang, total, passed, known: [...], failures: [...], stale: [...]}.
export function runSpec(file, annotator, knownDifferences) {
  const lang = specLanguage(file);
  const cases = readSpec(file);
  const base = path.basename(file);
  const known = new Map(knownDifferences.filter((k) => k.file === base).map((k) => [k.input, k.reason]));
  const outputs = annotator.annotateAll(cases.map((c) => ({ text: c.input, lang })));
  const report = { file: base, lang, total: cases.length, passed: 0, known: [], failures: [], stale: [] };
  cases.forEach((c, i) => {
    const out = outputs[i];
    const failure = out.error !== undefined ? `annotator error: ${out.error}` : caseFailure(c, out.result.amounts || []);
    const reason = known.get(c.input);
    if (!failure) {
      report.passed++;
      if (reason !== undefined) report.stale.push({ input: c.input, reason });
    } else if (reason !== undefined) {
      report.known.push({ input: c.input, failure, reason });
    } else {
      report.failures.push({ input: c.input, failure });
    }
  });
  return report;
}
