// Builds the highlighted article from text nodes and offsets: user text never
// goes through innerHTML. Overlapping spans are nested; a span that crosses
// another's end is split so that the DOM stays a tree (its first piece has
// data-part="first", the others data-part="rest").
import { SLICE_MS, nextTask } from './tasks.js';

// Every highlight of an annotation result, as {start, end, kind, ref}, sorted.
export function highlightSpans(result) {
  return sortSpans(collectSpans(result));
}

// The same, unsorted (a long result sorts in a task of its own).
export function collectSpans(result) {
  const spans = [];
  for (const q of result.quotes) if (q.end > q.start) spans.push({ start: q.start, end: q.end, kind: 'quote', ref: q.id });
  for (const s of result.speakers)
    for (const m of s.mentions) if (m.end > m.start) spans.push({ start: m.start, end: m.end, kind: 'speaker', ref: s.id });
  for (const a of result.amounts) if (a.end > a.start) spans.push({ start: a.start, end: a.end, kind: 'amount', ref: a.id });
  return spans;
}

// Outer spans first: by start, then longest first.
export function sortSpans(spans) {
  return spans.sort((a, b) => a.start - b.start || b.end - a.end);
}

// Renders `text` with `spans` into `container` (its children are replaced).
export function renderHighlights(container, text, spans, makeElement = defaultElement) {
  container.replaceChildren(buildFragment(container.ownerDocument, text, sortSpans([...spans]), 0, makeElement));
}

// The DOM of text[offset, offset + text.length) with the spans that lie inside it.
function buildFragment(doc, text, spans, offset, makeElement) {
  // Outer spans first: by start, then longest first.
  // The spans come sorted: outer ones first (by start, then longest first).
  const sorted = spans.map((s) => ({ ...s, origin: s.start, start: s.start - offset, end: s.end - offset, part: 'first' }));
  const root = doc.createDocumentFragment();
  const stack = [{ node: root, end: Infinity }];
  let pos = 0;
  const emitText = (upto) => {
    if (upto > pos) stack[stack.length - 1].node.appendChild(doc.createTextNode(text.slice(pos, upto)));
    pos = Math.max(pos, upto);
  };
  const closeUpTo = (limit) => {
    while (stack.length > 1 && stack[stack.length - 1].end <= limit) {
      emitText(stack[stack.length - 1].end);
      stack.pop();
    }
  };
  const open = (span, end) => {
    const el = makeElement(doc, span);
    stack[stack.length - 1].node.appendChild(el);
    stack.push({ node: el, end });
  };
  const queue = sorted;
  for (let i = 0; i < queue.length; i++) {
    const span = queue[i];
    closeUpTo(span.start);
    emitText(span.start);
    const parentEnd = stack[stack.length - 1].end;
    if (span.end > parentEnd) {
      // Crosses its parent's end: keep the inside part here, the rest later.
      const rest = { ...span, start: parentEnd, part: 'rest' };
      let j = i + 1;
      while (j < queue.length && (queue[j].start < rest.start || (queue[j].start === rest.start && queue[j].end > rest.end))) j++;
      queue.splice(j, 0, rest);
      open(span, parentEnd);
    } else {
      open(span, span.end);
    }
  }
  closeUpTo(Infinity);
  emitText(text.length);
  return root;
}

// Where the text can be cut into blocks of about `size` units without cutting
// a span: after a line break when there is one, never inside a span.
export function chunkBounds(text, spans, size = 16384) {
  const merged = [];
  for (const s of spans) {
    const last = merged[merged.length - 1];
    if (last && s.start < last.end) last.end = Math.max(last.end, s.end);
    else merged.push({ start: s.start, end: s.end });
  }
  const bounds = [0];
  let k = 0;
  while (bounds[bounds.length - 1] + size < text.length) {
    const from = bounds[bounds.length - 1] + size;
    const nl = text.indexOf('\n', from);
    let cut = nl < 0 || nl - from > size ? from : nl + 1;
    while (k < merged.length && merged[k].end <= cut) k++;
    if (k < merged.length && merged[k].start < cut) cut = merged[k].end;
    if (cut >= text.length) break;
    bounds.push(cut);
  }
  bounds.push(text.length);
  return bounds;
}

// `spans` must be sorted (highlightSpans and sortSpans do it).
// Renders in blocks, yielding to the page between them so that it never
// freezes on a long text. onProgress(fraction) after each batch; isCancelled()
// stops the work (a newer result is coming). Resolves to true when complete.
export async function renderHighlightsInBlocks(container, text, spans, { makeElement = defaultElement, onProgress, isCancelled, budgetMs = SLICE_MS } = {}) {
  const doc = container.ownerDocument;
  const bounds = chunkBounds(text, spans);
  const sorted = spans;
  container.replaceChildren();
  let s = 0;
  let sliceStart = performance.now();
  for (let c = 0; c + 1 < bounds.length; c++) {
    const from = bounds[c];
    const to = bounds[c + 1];
    const inside = [];
    while (s < sorted.length && sorted[s].start < to) inside.push(sorted[s++]);
    const block = doc.createElement('div');
    block.className = 'block';
    block.appendChild(buildFragment(doc, text.slice(from, to), inside, from, makeElement));
    container.appendChild(block);
    if (performance.now() - sliceStart > budgetMs) {
      if (onProgress) onProgress(to / text.length);
      await nextTask();
      if (isCancelled && isCancelled()) return false;
      sliceStart = performance.now();
    }
  }
  if (onProgress) onProgress(1);
  return true;
}

export function defaultElement(doc, span) {
  const el = doc.createElement('mark');
  el.className = `hl hl-${span.kind}`;
  el.dataset.kind = span.kind;
  el.dataset.ref = span.ref;
  el.dataset.key = `${span.ref}@${span.origin ?? span.start}`;
  el.dataset.part = span.part ?? 'first';
  return el;
}
