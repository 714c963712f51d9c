// Annotates the main article of the page being read, in place, and restores it
// exactly when switched off. Shared by the extension and the bookmarklet; a
// classic script so that both can inject it. Builds DOM with text nodes only.
(function () {
  'use strict';
  if (globalThis.dixitInPage) return;

  const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'TEMPLATE', 'SVG', 'CANVAS', 'IFRAME', 'BUTTON']);
  const BLOCK = /^(ADDRESS|ARTICLE|ASIDE|BLOCKQUOTE|BR|DD|DIV|DL|DT|FIGCAPTION|FIGURE|FOOTER|H[1-6]|HEADER|HR|LI|MAIN|NAV|OL|P|PRE|SECTION|TABLE|TD|TH|TR|UL)$/;
  const PANEL_ID = 'dixit-inpage-panel';
  let active = null;  // { pieces: [{original, inserted}], panel }

  // <article> (the one with most text), or else the element whose own
  // paragraphs hold the most text.
  function findArticleRoot(doc) {
    const textOf = (el) => (el.innerText || el.textContent || '').length;
    const articles = [...doc.querySelectorAll('article')];
    if (articles.length) return articles.reduce((a, b) => (textOf(b) > textOf(a) ? b : a));
    let best = null;
    let bestScore = 0;
    for (const p of doc.querySelectorAll('p')) {
      const parent = p.parentElement;
      if (!parent || parent.dataset.dixitScored) continue;
      parent.dataset.dixitScored = '1';
      let score = 0;
      for (const child of parent.children) if (child.tagName === 'P') score += child.textContent.length;
      if (score > bestScore) { best = parent; bestScore = score; }
    }
    for (const el of doc.querySelectorAll('[data-dixit-scored]')) delete el.dataset.dixitScored;
    return best || doc.body;
  }

  // The text as the annotator sees it, and where each text node sits in it.
  // Block boundaries become blank lines so that paragraphs do not glue.
  function collectText(root) {
    const nodes = [];
    let text = '';
    let pendingBreak = false;
    const walk = (node) => {
      if (node.nodeType === Node.TEXT_NODE) {
        if (!node.data) return;
        if (pendingBreak && text) text += '\n\n';
        pendingBreak = false;
        nodes.push({ node, start: text.length });
        text += node.data;
        return;
      }
      if (node.nodeType !== Node.ELEMENT_NODE || SKIP.has(node.tagName.toUpperCase()) || node.id === PANEL_ID) return;
      const block = BLOCK.test(node.tagName.toUpperCase());
      if (block) pendingBreak = true;
      for (const child of node.childNodes) walk(child);
      if (block) pendingBreak = true;
    };
    walk(root);
    return { text, nodes };
  }

  function spansOf(result) {
    const spans = [];
    for (const q of result.quotes) spans.push({ start: q.start, end: q.end, kind: 'quote', ref: q.id });
    for (const s of result.speakers) for (const m of s.mentions) spans.push({ start: m.start, end: m.end, kind: 'speaker', ref: s.id });
    for (const a of result.amounts) spans.push({ start: a.start, end: a.end, kind: 'amount', ref: a.id });
    return spans.filter((s) => s.end > s.start);
  }

  // Splits each touched text node at the span boundaries and wraps each piece
  // in the marks that cover it, outermost first: nesting is always valid.
  function wrapHighlights(doc, nodes, spans) {
    const pieces = [];
    for (const { node, start } of nodes) {
      const end = start + node.data.length;
      const touching = spans.filter((s) => s.start < end && s.end > start);
      if (!touching.length) continue;
      const cuts = new Set([start, end]);
      for (const s of touching) { cuts.add(Math.max(s.start, start)); cuts.add(Math.min(s.end, end)); }
      const points = [...cuts].sort((a, b) => a - b);
      const fragment = doc.createDocumentFragment();
      const inserted = [];
      for (let i = 0; i + 1 < points.length; i++) {
        const [a, b] = [points[i], points[i + 1]];
        let piece = doc.createTextNode(node.data.slice(a - start, b - start));
        const covering = touching.filter((s) => s.start <= a && s.end >= b).sort((x, y) => (y.end - y.start) - (x.end - x.start));
        for (let k = covering.length - 1; k >= 0; k--) {
          const mark = doc.createElement('mark');
          mark.className = `dixit-hl dixit-${covering[k].kind}`;
          mark.dataset.dixitKind = covering[k].kind;
          mark.dataset.dixitRef = covering[k].ref;
          mark.appendChild(piece);
          piece = mark;
        }
        fragment.appendChild(piece);
        inserted.push(piece);
      }
      pieces.push({ original: node, inserted });
      node.parentNode.replaceChild(fragment, node);
    }
    return pieces;
  }

  function restore() {
    if (!active) return false;
    for (const { original, inserted } of active.pieces) {
      const first = inserted[0];
      if (first && first.parentNode) first.parentNode.insertBefore(original, first);
      for (const n of inserted) n.remove();
    }
    active.panel.remove();
    active.style.remove();
    active = null;
    return true;
  }

  const STYLE = `
    mark.dixit-hl { background: transparent; color: inherit; padding: 0; }
    mark.dixit-quote { border-bottom: 2px solid #0072b2; background: rgba(0,114,178,.10); }
    mark.dixit-speaker { border-bottom: 3px double #cc79a7; font-weight: 600; }
    mark.dixit-amount { outline: 2px dashed #d55e00; outline-offset: 1px; }`;

  function buildPanel(doc, text, result, onClose) {
    const host = doc.createElement('div');
    host.id = PANEL_ID;
    host.setAttribute('role', 'complementary');
    host.setAttribute('aria-label', 'dixit: who said what');
    const shadow = host.attachShadow({ mode: 'open' });
    const style = doc.createElement('style');
    style.textContent = `
      .box { position: fixed; right: 12px; bottom: 12px; z-index: 2147483647; width: 320px; max-height: 60vh;
             overflow: auto; background: #fff; color: #1b1b1b; border: 1px solid #888; border-radius: 8px;
             box-shadow: 0 4px 16px rgba(0,0,0,.25); font: 13px/1.4 system-ui, sans-serif; padding: 8px 10px; }
      h2 { font-size: 14px; margin: 6px 0; } ul { margin: 0; padding-left: 16px; } li { margin: 2px 0; }
      button { float: right; }`;
    const box = doc.createElement('div');
    box.className = 'box';
    const off = doc.createElement('button');
    off.type = 'button';
    off.textContent = 'Off';
    off.setAttribute('aria-label', 'Switch dixit off and restore the page');
    off.addEventListener('click', onClose);
    box.append(off);
    const section = (title, items) => {
      const h = doc.createElement('h2');
      h.textContent = title;
      const ul = doc.createElement('ul');
      for (const item of items) {
        const li = doc.createElement('li');
        li.textContent = item;
        ul.append(li);
      }
      box.append(h, ul);
    };
    const clip = (s) => (s.length > 120 ? s.slice(0, 117) + '…' : s);
    const byId = new Map(result.speakers.map((s) => [s.id, s]));
    section(`Who said what (${result.quotes.length})`, result.quotes.map((q) => {
      const who = q.speaker ? byId.get(q.speaker).name : '?';
      return `${who}: ${clip(text.slice(q.start, q.end))}`;
    }));
    section(`Amounts (${result.amounts.length})`, result.amounts.map((a) =>
      `${a.text} = ${a.value ?? [a.min, a.max].map((v) => v ?? '…').join('–')} ${a.currency ?? ''}`.trim()));
    shadow.append(style, box);
    doc.body.append(host);
    return host;
  }

  // annotate(text) → Promise<result>. Calling again switches dixit off.
  async function toggle(annotate, doc = document) {
    if (restore()) return { active: false };
    const root = findArticleRoot(doc);
    const { text, nodes } = collectText(root);
    const result = await annotate(text);
    const style = doc.createElement('style');
    style.textContent = STYLE;
    doc.head.append(style);
    const pieces = wrapHighlights(doc, nodes, spansOf(result));
    active = { pieces, style, panel: null };
    active.panel = buildPanel(doc, text, result, () => restore());
    return { active: true, text, result };
  }

  globalThis.dixitInPage = { toggle, restore, findArticleRoot, collectText };
})();
