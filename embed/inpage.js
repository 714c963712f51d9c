// Annotates the main article of the page being read, in place, lets the
// reader correct the result from a small panel (shadow DOM), and restores the
// page exactly when switched off. Shared by the extension and the bookmarklet.
// This is the source: the build bundles it with the page's pure modules
// (web/edits.js applies the edits, web/export.js writes the exports,
// web/sources.js counts the sources) into one classic script
// (scripts/bundle-embed.mjs), so that both can inject it. Strings from the
// article become text nodes only, never markup.
import { applyEdits, createHistory, makeEdit, QUOTE_TYPES, SPEAKER_KINDS, validCurrency, validDecimal } from '../web/edits.js';
import { exportText, FORMATS } from '../web/export.js';
import { summarizeSources } from '../web/sources.js';
import { trapFocus } from '../web/focus-trap.js';
import { STRINGS, pickLang } from './inpage-strings.js';

(function () {
  'use strict';
  if (globalThis.dixitInPage) return;

  const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'TEMPLATE', 'SVG', 'CANVAS', 'IFRAME', 'BUTTON']);
  const BLOCK = /^(ADDRESS|ARTICLE|ASIDE|BLOCKQUOTE|BR|DD|DIV|DL|DT|FIGCAPTION|FIGURE|FOOTER|H[1-6]|HEADER|HR|LI|MAIN|NAV|OL|P|PRE|SECTION|TABLE|TD|TH|TR|UL)$/;
  const PANEL_ID = 'dixit-inpage-panel';
  let active = null;  // { pieces, style, panel, ... }
  // The bookmarklet's edits, for this visit only (no store): article key → record.
  const memory = new Map();

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

  // Puts the original text nodes back where the marks were.
  function unwrap(pieces) {
    for (const { original, inserted } of pieces) {
      const first = inserted[0];
      if (first && first.parentNode) first.parentNode.insertBefore(original, first);
      for (const n of inserted) n.remove();
    }
  }

  function restore() {
    if (!active) return false;
    const a = active;
    active = null;
    if (a.dialog && a.dialog.open) a.dialog.close();
    unwrap(a.pieces);
    a.panel.remove();
    a.style.remove();
    return true;
  }

  const STYLE = `
    mark.dixit-hl { background: transparent; color: inherit; padding: 0; }
    mark.dixit-quote { border-bottom: 2px solid #0072b2; background: rgba(0,114,178,.10); }
    mark.dixit-speaker { border-bottom: 3px double #cc79a7; font-weight: 600; }
    mark.dixit-amount { outline: 2px dashed #d55e00; outline-offset: 1px; }`;

  const PANEL_STYLE = `
    .box { position: fixed; right: 12px; bottom: 12px; z-index: 2147483647; width: 360px; max-height: 70vh;
           overflow: auto; background: #fff; color: #1b1b1b; border: 1px solid #888; border-radius: 8px;
           box-shadow: 0 4px 16px rgba(0,0,0,.25); font: 13px/1.4 system-ui, sans-serif; padding: 8px 10px; text-align: left; }
    h2 { font-size: 14px; margin: 8px 0 4px; } ul { margin: 0; padding-left: 16px; } li { margin: 3px 0; }
    .bar { display: flex; flex-wrap: wrap; gap: 4px; align-items: center; }
    .bar .off { margin-left: auto; }
    .note, .sources { margin: 4px 0; color: #444; font-size: 12px; }
    .status { margin: 4px 0; min-height: 1.2em; font-weight: 600; }
    .marks { color: #555; font-size: 12px; }
    .row-actions { display: inline-flex; gap: 4px; margin-left: 4px; }
    button { font: inherit; font-size: 12px; padding: 1px 6px; cursor: pointer; }
    button:focus-visible, select:focus-visible, input:focus-visible { outline: 3px solid #0072b2; outline-offset: 1px; }
    dialog { font: 13px/1.4 system-ui, sans-serif; color: #1b1b1b; background: #fff; border: 1px solid #888;
             border-radius: 8px; max-width: 420px; width: 90vw; }
    dialog::backdrop { background: rgba(0,0,0,.3); }
    dialog h2 { margin-top: 0; } .excerpt { color: #444; font-style: italic; margin: 0 0 8px; }
    .field { display: flex; flex-direction: column; margin: 6px 0; } .field.check { flex-direction: row; gap: 6px; align-items: center; }
    .error { color: #a00; min-height: 1em; margin: 4px 0; }
    .actions { display: flex; gap: 6px; justify-content: flex-end; margin-top: 8px; }`;

  const clip = (s, n = 120) => (s.length > n ? s.slice(0, n - 3) + '…' : s);
  const format = (s, vars = {}) => s.replace(/\{(\w+)\}/g, (m, k) => (k in vars ? String(vars[k]) : m));

  // The panel and its editing session. `store`: {persistent, load(text, lang),
  // save(text, lang, record)} (the extension's), or none (the bookmarklet:
  // edits kept in memory for this visit).
  function createSession(doc, text, nodes, base, store) {
    const T = STRINGS[pickLang(globalThis.navigator, doc)];
    const t = (key, vars) => format(T[key] ?? key, vars);
    const el = (tag, attrs = {}, ...children) => {
      const node = doc.createElement(tag);
      for (const [k, v] of Object.entries(attrs)) {
        if (v == null || v === false) continue;
        if (k === 'text') node.textContent = v;
        else if (k === 'on') for (const [type, fn] of Object.entries(v)) node.addEventListener(type, fn);
        else if (k === 'hidden') node.hidden = true;
        else node.setAttribute(k, v === true ? '' : v);
      }
      for (const c of children.flat()) if (c != null) node.append(c);
      return node;
    };
    let uid = 0;
    const newId = () => `dx-${++uid}`;

    const host = el('div', { id: PANEL_ID, role: 'complementary', 'aria-label': t('panel') });
    const shadow = host.attachShadow({ mode: 'open' });
    const box = el('div', { class: 'box' });
    const status = el('p', { class: 'status', role: 'status', 'aria-live': 'polite' });
    const dialog = el('dialog');
    const lists = el('div');
    let history = createHistory();
    let result = base;
    const session = { history: () => history, result: () => result };

    const announce = (msg) => {
      // A change of text is what screen readers read out; clear first so that
      // the same message twice is read twice.
      status.textContent = '';
      status.textContent = msg;
    };

    const button = (label, key, onClick, attrs = {}) => el('button', { type: 'button', 'data-key': key, ...attrs, on: { click: onClick } }, label);

    const undoButton = button(t('undo'), 'undo', () => undo(), { 'aria-label': t('undoLabel'), 'aria-keyshortcuts': 'Control+Z' });
    const redoButton = button(t('redo'), 'redo', () => redo(), { 'aria-label': t('redoLabel'), 'aria-keyshortcuts': 'Control+Shift+Z' });
    const bar = el('div', { class: 'bar' },
      undoButton, redoButton,
      button(t('exportJSON'), 'export-json', () => save('json'), { 'aria-label': t('exportJSONLabel') }),
      button(t('exportQuotes'), 'export-quotes', () => save('quotes'), { 'aria-label': t('exportQuotesLabel') }),
      button(t('exportAmounts'), 'export-amounts', () => save('amounts'), { 'aria-label': t('exportAmountsLabel') }),
      button(t('off'), 'off', () => restore(), { class: 'off', 'aria-label': t('offLabel') }));
    const note = el('p', { class: 'note', text: store && store.persistent ? t('keptHere') : t('sessionOnly') });
    box.append(bar, note, status, lists);
    shadow.append(el('style', { text: PANEL_STYLE }), box, dialog);

    // Keys typed in the panel are the panel's: the site's own shortcuts (which
    // would see them on the host element, not on a text field) never get them.
    for (const type of ['keydown', 'keypress', 'keyup']) shadow.addEventListener(type, (e) => e.stopPropagation());

    // Ctrl+Z and Ctrl+Shift+Z (or Ctrl+Y) in the panel, but not in a text field.
    box.addEventListener('keydown', (e) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey) return;
      const target = e.composedPath()[0];
      if (target && (target.tagName === 'INPUT' || target.tagName === 'TEXTAREA')) return;
      const k = e.key.toLowerCase();
      if (k === 'z' && !e.shiftKey) { e.preventDefault(); undo(); }
      else if ((k === 'z' && e.shiftKey) || k === 'y') { e.preventDefault(); redo(); }
    });

    // ---- the page's highlights follow the result ----
    let pieces = [];
    const rewrap = () => {
      unwrap(pieces);
      pieces = wrapHighlights(doc, nodes, spansOf(result));
      if (active) active.pieces = pieces;
    };

    // ---- rendering the lists ----
    const speakerName = (id) => {
      const s = result.speakers.find((x) => x.id === id);
      return s ? s.name : t('unknown');
    };
    const marks = (item) => [item.edited ? `✎ ${t('edited')}` : null, item.checked ? `✓ ${t('checked')}` : null,
      item.confidence != null && item.confidence < 0.5 ? t('lowConfidence') : null].filter(Boolean).join(', ');
    const amountLabel = (a) => `${a.text ?? text.slice(a.start, a.end)} = ${a.value ?? [a.min, a.max].map((v) => v ?? '…').join('–')} ${a.currency ?? ''}`.trim();

    function render() {
      const focused = shadow.activeElement && shadow.activeElement.dataset ? shadow.activeElement.dataset.key : null;
      const sections = [];
      const section = (title, kind, rows) => {
        sections.push(el('h2', { text: title }), el('ul', { 'data-list': kind }, rows));
      };
      const summary = summarizeSources(result, text);
      const parts = summary.groups.filter((g) => g.kind !== 'none' && g.sources > 0).map((g) => `${t(`kind_${g.kind}`)} ${g.sources}`);
      const none = summary.groups.find((g) => g.kind === 'none');
      if (none && none.quotes) parts.push(t('noSpeakerQuotes', { n: none.quotes }));
      sections.push(el('p', { class: 'sources', text: t('sources', { n: summary.distinct, parts: parts.join(', ') || '—' }) }));

      section(t('who', { n: result.quotes.length }), 'quote', result.quotes.map((q, i) => {
        const excerpt = clip(text.slice(q.start, q.end), 60);
        const m = marks(q);
        return el('li', { 'data-kind': 'quote', 'data-ref': q.id },
          el('span', { text: `${q.speaker ? speakerName(q.speaker) : '?'}: ${clip(text.slice(q.start, q.end))}` }),
          m ? el('span', { class: 'marks', text: ` (${m})` }) : null,
          el('span', { class: 'row-actions' },
            button(t('edit'), `edit:${q.id}`, (e) => editQuote(q, e.currentTarget), { 'aria-label': t('editQuoteLabel', { n: i + 1, text: excerpt }) }),
            button(q.checked ? t('unconfirm') : t('confirm'), `check:${q.id}`, () => check('quote', q),
              { 'aria-label': t(q.checked ? 'unconfirmQuoteLabel' : 'confirmQuoteLabel', { n: i + 1, text: excerpt }), 'aria-pressed': q.checked ? 'true' : 'false' })));
      }));
      section(t('speakers', { n: result.speakers.length }), 'speaker', result.speakers.map((s) => {
        const m = s.edited ? `✎ ${t('edited')}` : '';
        return el('li', { 'data-kind': 'speaker', 'data-ref': s.id },
          el('span', { text: `${s.name} (${t(`kind_${s.kind}`)})` }),
          m ? el('span', { class: 'marks', text: ` (${m})` }) : null,
          el('span', { class: 'row-actions' },
            button(t('edit'), `edit:${s.id}`, (e) => editSpeaker(s, e.currentTarget), { 'aria-label': t('editSpeakerLabel', { name: clip(s.name, 60) }) })));
      }));
      section(t('amounts', { n: result.amounts.length }), 'amount', result.amounts.map((a) => {
        const label = clip(a.text ?? text.slice(a.start, a.end), 60);
        const m = marks(a);
        return el('li', { 'data-kind': 'amount', 'data-ref': a.id },
          el('span', { text: amountLabel(a) }),
          m ? el('span', { class: 'marks', text: ` (${m})` }) : null,
          el('span', { class: 'row-actions' },
            button(t('edit'), `edit:${a.id}`, (e) => editAmount(a, e.currentTarget), { 'aria-label': t('editAmountLabel', { text: label }) }),
            button(a.checked ? t('unconfirm') : t('confirm'), `check:${a.id}`, () => check('amount', a),
              { 'aria-label': t(a.checked ? 'unconfirmAmountLabel' : 'confirmAmountLabel', { text: label }), 'aria-pressed': a.checked ? 'true' : 'false' })));
      }));
      lists.replaceChildren(...sections);
      undoButton.disabled = !history.canUndo;
      redoButton.disabled = !history.canRedo;
      if (focused) refocus(focused);
    }

    // Focus back on the control of that key, or the nearest sensible one.
    function refocus(key) {
      const target = key && shadow.querySelector(`[data-key="${CSS.escape(key)}"]`);
      if (target && !target.disabled) target.focus();
      else if (key === 'undo' || key === 'redo') (undoButton.disabled ? (redoButton.disabled ? box.querySelector('[data-key="off"]') : redoButton) : undoButton).focus();
      else if (!dialog.open && !box.contains(shadow.activeElement)) (lists.querySelector('button') || box.querySelector('[data-key="off"]')).focus();
    }

    // ---- edits ----
    let saving = Promise.resolve();
    function persist() {
      const record = { edits: history.edits, removed: history.removed };
      if (!store) { memory.set(`${base.lang}\n${text}`, record); return; }
      saving = saving.then(() => store.save(text, base.lang, record)).catch(() => announce(t('saveFailed')));
    }
    function refresh(message) {
      result = applyEdits(base, history.edits);
      rewrap();
      render();
      persist();
      if (message) announce(message);
    }
    function apply(fields, message) {
      history.push(makeEdit(fields));
      refresh(message);
    }
    function undo() {
      if (!history.undo()) { announce(t('nothingToUndo')); return; }
      refresh(t('undone'));
    }
    function redo() {
      if (!history.redo()) { announce(t('nothingToRedo')); return; }
      refresh(t('redone'));
    }
    function check(kind, item) {
      apply({ op: 'check', kind, ref: item.id, checked: !item.checked }, item.checked ? t('unconfirmed') : t('confirmed'));
    }

    // ---- export: a data: URL, so that nothing is registered with the page's origin ----
    function save(format) {
      const body = exportText(format, result, text);
      const { suffix, type } = FORMATS[format];
      const name = `dixit-article${suffix}`;
      const a = el('a', { href: `data:${type};charset=utf-8,${encodeURIComponent((type === 'text/csv' ? '\uFEFF' : '') + body)}`, download: name, hidden: true });
      box.append(a);
      a.click();
      a.remove();
      announce(t('exported', { name }));
    }

    // ---- dialogs: modal, Tab goes round inside, Esc leaves, focus returns ----
    let openerKey = null;
    trapFocus(dialog, shadow);
    dialog.addEventListener('close', () => {
      dialog.replaceChildren();
      const key = openerKey;
      openerKey = null;
      if (active) refocus(key);
    });
    const field = (label, control) => {
      control.id ||= newId();
      return el('div', { class: 'field' }, el('label', { for: control.id, text: label }), control);
    };
    const checkbox = (label) => {
      const input = el('input', { type: 'checkbox', id: newId() });
      return { input, node: el('div', { class: 'field check' }, input, el('label', { for: input.id, text: label })) };
    };
    const select = (options, value) => {
      const s = el('select', {}, options.map(([v, label]) => el('option', { value: v, text: label })));
      s.value = value;
      return s;
    };
    const kindOptions = SPEAKER_KINDS.map((k) => [k, t(`kind_${k}`)]);

    // build() → {title, excerpt?, nodes, submit(): {fields, message} | {error, focus}}
    function open(from, build) {
      openerKey = from && from.dataset ? from.dataset.key : null;
      const form = build();
      const titleId = newId();
      const error = el('p', { class: 'error', role: 'alert' });
      const formEl = el('form', { novalidate: true },
        el('h2', { id: titleId, text: form.title }),
        form.excerpt ? el('p', { class: 'excerpt', text: form.excerpt }) : null,
        form.nodes, error,
        el('div', { class: 'actions' }, el('button', { type: 'submit', text: t('save') }),
          el('button', { type: 'button', text: t('cancel'), on: { click: () => dialog.close() } })));
      formEl.addEventListener('submit', (e) => {
        e.preventDefault();
        const out = form.submit();
        if (out.error) {
          error.textContent = t(out.error);
          if (out.focus) out.focus.focus();
          return;
        }
        dialog.close();
        if (out.fields) apply(out.fields, out.message);
      });
      dialog.replaceChildren(formEl);
      dialog.setAttribute('aria-labelledby', titleId);
      dialog.showModal();
      const first = formEl.querySelector('select, input');
      if (first) first.focus();
    }

    function editQuote(q, from) {
      open(from, () => {
        const pick = select([['', t('unknown')], ...result.speakers.map((s) => [s.id, `${s.name} (${t(`kind_${s.kind}`)})`]), ['__new', t('newSpeaker')]], q.speaker ?? '');
        const name = el('input', { type: 'text', autocomplete: 'off', maxlength: '500' });
        const kind = select(kindOptions, 'person');
        const extra = el('div', {}, field(t('newSpeakerName'), name), field(t('kind'), kind));
        const sync = () => { extra.hidden = pick.value !== '__new'; };
        pick.addEventListener('change', sync);
        pick.addEventListener('input', sync);
        sync();
        const type = select([...QUOTE_TYPES.map((k) => [k, t(`type_${k}`)]), ['__reject', t('notAQuote')]], q.type);
        return {
          title: t('editQuote'),
          excerpt: clip(text.slice(q.start, q.end), 200),
          nodes: [field(t('speaker'), pick), extra, field(t('type'), type)],
          submit() {
            if (type.value === '__reject') return { fields: { op: 'quote', quote: q.id, reject: true }, message: t('quoteRejected') };
            const fields = { op: 'quote', quote: q.id, type: type.value };
            if (pick.value === '__new') {
              const n = name.value.trim();
              if (!n) return { error: 'needName', focus: name };
              fields.newSpeaker = { name: n.slice(0, 500), kind: kind.value };
            } else fields.speaker = pick.value || null;
            return { fields, message: t('quoteEdited') };
          },
        };
      });
    }

    function editSpeaker(s, from) {
      open(from, () => {
        const name = el('input', { type: 'text', autocomplete: 'off', maxlength: '500' });
        name.value = s.name;
        const kind = select(kindOptions, s.kind);
        const into = select([['', t('noMerge')], ...result.speakers.filter((x) => x.id !== s.id).map((x) => [x.id, `${x.name} (${t(`kind_${x.kind}`)})`])], '');
        return {
          title: t('editSpeaker'),
          excerpt: clip(s.name, 200),
          nodes: [field(t('name'), name), field(t('kind'), kind), field(t('mergeInto'), into)],
          submit() {
            if (into.value) return { fields: { op: 'speaker', speaker: s.id, into: into.value }, message: t('speakerMerged') };
            const n = name.value.trim();
            if (!n) return { error: 'needName', focus: name };
            return { fields: { op: 'speaker', speaker: s.id, name: n.slice(0, 500), kind: kind.value }, message: t('speakerEdited') };
          },
        };
      });
    }

    function editAmount(a, from) {
      open(from, () => {
        const value = el('input', { type: 'text', inputmode: 'decimal', autocomplete: 'off', maxlength: '52' });
        value.value = a.value ?? '';
        const currency = el('input', { type: 'text', autocomplete: 'off', maxlength: '3' });
        currency.value = a.currency ?? '';
        const remove = checkbox(t('deleteAmount'));
        return {
          title: t('editAmount'),
          excerpt: clip(a.text ?? text.slice(a.start, a.end), 200),
          nodes: [field(t('value'), value), field(t('currency'), currency), remove.node],
          submit() {
            if (remove.input.checked) return { fields: { op: 'amount', amount: a.id, remove: true }, message: t('amountDeleted') };
            const v = value.value.trim().replace(/[\s\u00a0\u202f]/g, '');
            const c = currency.value.trim().toUpperCase();
            if (v && !validDecimal(v)) return { error: 'badValue', focus: value };
            if (c && !validCurrency(c)) return { error: 'badCurrency', focus: currency };
            return { fields: { op: 'amount', amount: a.id, value: v || null, currency: c || null }, message: t('amountEdited') };
          },
        };
      });
    }

    return {
      host,
      dialog,
      session,
      // Shows the panel with the edits kept for this article, if any.
      // isCurrent(): false once switched off while the edits were read.
      async start(isCurrent) {
        let record = null;
        try {
          record = store ? await store.load(text, base.lang) : memory.get(`${base.lang}\n${text}`);
        } catch { record = null; }
        if (!isCurrent()) return [];
        history = createHistory(record && Array.isArray(record.edits) ? record : {});
        result = applyEdits(base, history.edits);
        pieces = wrapHighlights(doc, nodes, spansOf(result));
        render();
        doc.body.append(host);
        if (history.edits.length) announce(history.edits.length === 1 ? t('restoredOne') : t('restored', { n: history.edits.length }));
        return pieces;
      },
    };
  }

  // annotate(text) → Promise<result>. Calling again switches dixit off.
  // options.store: where the edits are kept (see createSession).
  let annotating = false;  // a second click while the core runs is ignored
  async function toggle(annotate, doc = document, { store = null } = {}) {
    if (restore()) return { active: false };
    if (annotating) return { active: false, busy: true };
    const root = findArticleRoot(doc);
    const { text, nodes } = collectText(root);
    let result;
    annotating = true;
    try {
      result = await annotate(text);
    } finally {
      annotating = false;
    }
    const style = doc.createElement('style');
    style.textContent = STYLE;
    doc.head.append(style);
    const panel = createSession(doc, text, nodes, result, store);
    const mine = { pieces: [], style, panel: panel.host, dialog: panel.dialog, session: panel.session };
    active = mine;
    try {
      mine.pieces = await panel.start(() => active === mine);
    } catch (err) {
      if (active === mine) restore();
      throw err;
    }
    return { active: active === mine, text, result };
  }

  // The result as corrected, for the tests and for whoever embeds the panel.
  const current = () => (active ? active.session.result() : null);

  globalThis.dixitInPage = { toggle, restore, current, findArticleRoot, collectText };
})();
