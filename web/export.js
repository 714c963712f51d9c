// Exports of a result (edits applied): the JSON of the API's schema, CSV of quotes, CSV of
// amounts; saved as a file or copied to the clipboard.

export const FORMATS = {
  json: { suffix: '.json', type: 'application/json' },
  quotes: { suffix: '-quotes.csv', type: 'text/csv' },
  amounts: { suffix: '-amounts.csv', type: 'text/csv' },
};

// The result in the API's schema (with edited/checked where they apply) and
// the article's text, so that the file can be opened again in the page.
export function toJSON(result, text) {
  return `${JSON.stringify(text == null ? result : { ...result, text }, null, 2)}\n`;
}

// One CSV field (RFC 4180). Text that a spreadsheet would run as a formula
// (=, +, -, @ first) gets a leading apostrophe.
function field(value, { text = false } = {}) {
  if (value == null) return '';
  let s = String(value);
  if (text && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const csv = (header, rows) => [header, ...rows].map((r) => r.join(',')).join('\r\n') + '\r\n';

// One row per quote: who, their kind and role, the type, the cue, the words,
// the confidence, and whether the journalist edited or checked it.
export function quotesCSV(result, text) {
  const speakers = new Map(result.speakers.map((s) => [s.id, s]));
  const slice = (span) => (span ? text.slice(span.start, span.end) : '');
  return csv(['speaker', 'kind', 'role', 'type', 'cue', 'text', 'confidence', 'edited', 'checked', 'start', 'end', 'id'],
    result.quotes.map((q) => {
      const s = speakers.get(q.speaker);
      return [field(s && s.name, { text: true }), field(s && s.kind), field(s && s.role, { text: true }), field(q.type),
        field(slice(q.cue), { text: true }), field(slice(q), { text: true }), field(q.confidence),
        field(Boolean(q.edited)), field(Boolean(q.checked)), field(q.start), field(q.end), field(q.id, { text: true })];
    }));
}

export function amountsCSV(result, text) {
  const amounts = new Map(result.amounts.map((a) => [a.id, a]));
  const label = (a) => (a ? a.text ?? text.slice(a.start, a.end) : '');
  return csv(['text', 'value', 'currency', 'min', 'max', 'approx', 'equivalent_of', 'edited', 'checked', 'start', 'end', 'id'],
    result.amounts.map((a) => [field(label(a), { text: true }), field(a.value), field(a.currency), field(a.min), field(a.max),
      field(a.approx), field(label(amounts.get(a.equivalent_of)), { text: true }), field(Boolean(a.edited)), field(Boolean(a.checked)),
      field(a.start), field(a.end), field(a.id, { text: true })]));
}

export function exportText(format, result, text) {
  if (format === 'json') return toJSON(result, text);
  if (format === 'quotes') return quotesCSV(result, text);
  return amountsCSV(result, text);
}

// Saves through a blob: URL and a download link; nothing goes over the network.
// CSV files start with a byte order mark so that spreadsheets read them as UTF-8.
export function download(format, result, text, baseName = 'article') {
  const { suffix, type } = FORMATS[format];
  const body = exportText(format, result, text);
  const blob = new Blob(type === 'text/csv' ? ['\uFEFF', body] : [body], { type: `${type};charset=utf-8` });
  const url = URL.createObjectURL(blob);
  const name = `dixit-${baseName}${suffix}`;
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.hidden = true;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
  return name;
}

// The Clipboard API where the page is a secure context, else the older
// selection-and-copy path.
export async function copy(format, result, text) {
  const body = exportText(format, result, text);
  if (navigator.clipboard && window.isSecureContext) {
    await navigator.clipboard.writeText(body);
    return;
  }
  const area = document.createElement('textarea');
  area.value = body;
  area.setAttribute('readonly', '');
  area.className = 'offscreen';
  document.body.appendChild(area);
  area.select();
  const ok = document.execCommand('copy');
  area.remove();
  if (!ok) throw new Error('the browser refused to copy');
}
