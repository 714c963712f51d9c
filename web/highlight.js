// Builds the highlighted article from text nodes and offsets: user text never
// goes through innerHTML. Overlapping spans are nested; a span that crosses
// another's end is split so that the DOM stays a tree.

// Every highlight of an annotation result, as {start, end, kind, ref}.
export function highlightSpans(result) {
  const spans = [];
  for (const q of result.quotes) spans.push({ start: q.start, end: q.end, kind: 'quote', ref: q.id });
  for (const s of result.speakers)
    for (const m of s.mentions) spans.push({ start: m.start, end: m.end, kind: 'speaker', ref: s.id });
  for (const a of result.amounts) spans.push({ start: a.start, end: a.end, kind: 'amount', ref: a.id });
  return spans.filter((s) => s.end > s.start);
}

// Renders `text` with `spans` into `container` (its children are replaced).
export function renderHighlights(container, text, spans, makeElement = defaultElement) {
  const doc = container.ownerDocument;
  // Outer spans first: by start, then longest first.
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const root = doc.createDocumentFragment();
  const stack = [{ node: root, end: Infinity, span: null }];
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
  const open = (span, start, end) => {
    const el = makeElement(doc, span);
    stack[stack.length - 1].node.appendChild(el);
    stack.push({ node: el, end, span });
  };
  const queue = sorted.map((s) => ({ ...s }));
  for (let i = 0; i < queue.length; i++) {
    const span = queue[i];
    closeUpTo(span.start);
    emitText(span.start);
    const parentEnd = stack[stack.length - 1].end;
    if (span.end > parentEnd) {
      // Crosses its parent's end: keep the inside part here, the rest later.
      const rest = { ...span, start: parentEnd };
      let j = i + 1;
      while (j < queue.length && (queue[j].start < rest.start || (queue[j].start === rest.start && queue[j].end > rest.end))) j++;
      queue.splice(j, 0, rest);
      open(span, span.start, parentEnd);
    } else {
      open(span, span.start, span.end);
    }
  }
  closeUpTo(Infinity);
  emitText(text.length);
  container.replaceChildren(root);
}

function defaultElement(doc, span) {
  const el = doc.createElement('mark');
  el.className = `hl hl-${span.kind}`;
  el.dataset.kind = span.kind;
  el.dataset.ref = span.ref;
  return el;
}
