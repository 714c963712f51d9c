// Where a missed quote lies in the article: the words selected in the article
// (offsets from the DOM selection), or the words typed, found in the text
// whatever the spacing; the cue, the occurrence nearest the quote. Pure but
// for selectionOffsets (the DOM); tests/node/edits.test.mjs runs locateWords.
import { validSpan } from './edits.js';

const MAX_WORDS = 20000;

// Every occurrence of `words` in `text` (runs of spaces match any spacing).
function occurrences(text, words, limit = 1000) {
  let re;
  try {
    re = new RegExp(words.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'), 'gu');
  } catch {
    return [];
  }
  const out = [];
  for (let m; (m = re.exec(text)) && out.length < limit;) {
    out.push({ start: m.index, end: m.index + m[0].length });
    if (m[0].length === 0) re.lastIndex++;
  }
  return out;
}

// {span, cue} or {error, field}: `selection` ({start, end, text}) wins when
// the words are the ones selected, and `cueSelection` likewise for the cue.
export function locateWords(text, words, cueWords = '', selection = null, cueSelection = null) {
  if (!words.trim()) return { error: 'needWords', field: 'quote' };
  if (words.length > MAX_WORDS || cueWords.length > MAX_WORDS) return { error: 'notInArticle', field: 'quote' };
  let span = selection && selection.text === words.trim() ? { start: selection.start, end: selection.end } : null;
  if (span && (!validSpan(text, span) || text.slice(span.start, span.end) !== selection.text)) span = null;
  if (!span) [span] = occurrences(text, words, 1);
  if (!span || !validSpan(text, span)) return { error: 'notInArticle', field: 'quote' };
  let cue = null;
  if (cueWords.trim() && cueSelection && cueSelection.text === cueWords.trim()
      && validSpan(text, cueSelection) && text.slice(cueSelection.start, cueSelection.end) === cueSelection.text) {
    cue = { start: cueSelection.start, end: cueSelection.end };
  } else if (cueWords.trim()) {
    const near = occurrences(text, cueWords).filter((c) => validSpan(text, c))
      .sort((a, b) => Math.abs(a.start - span.start) - Math.abs(b.start - span.start));
    if (!near.length) return { error: 'cueNotInArticle', field: 'cue' };
    cue = near[0];
  }
  return { span, cue };
}

// The words selected inside `container` (whose text is the article's), as
// offsets into that text, spaces at either end left out; or null.
export function selectionOffsets(container) {
  const sel = window.getSelection();
  if (!sel || !sel.rangeCount || sel.isCollapsed) return null;
  const range = sel.getRangeAt(0);
  if (!container.contains(range.commonAncestorContainer)) return null;
  const before = document.createRange();
  before.selectNodeContents(container);
  before.setEnd(range.startContainer, range.startOffset);
  const raw = range.toString();
  const start = before.toString().length + (raw.length - raw.trimStart().length);
  const words = raw.trim();
  return words ? { start, end: start + words.length, text: words } : null;
}
