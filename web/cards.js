// The hover and focus card of a highlight: what the core says about a quote,
// an amount or a speaker. One card element (role="tooltip"), described by the
// highlight it belongs to.
import { h } from './dom.js';
import { currencyName, formatPercent, t } from './i18n.js';
import { amountRange, amountValue, quoteType, speakerKind } from './format.js';
import { excerpt } from './result-index.js';

export function createCards({ container, card, getIndex, isVisible }) {
  let current = null; // the mark the card is about
  let hideTimer = 0;

  function content(index, kind, ref) {
    const item = index.get(kind, ref);
    if (!item) return null;
    const rows = [];
    const row = (label, value, cls) => rows.push(h('dt', {}, label), h('dd', { class: cls }, value ?? t('none')));
    let title;
    if (kind === 'quote') {
      const speaker = index.speaker(item.speaker);
      title = `${t('cardQuote')} · ${quoteType(item.type)}`;
      row(t('speaker'), speaker ? speaker.name : t('unknown'), 'card-speaker');
      row(t('role'), speaker && speaker.role ? speaker.role : null, 'card-role');
      row(t('cue'), item.cue ? index.slice(item.cue) : null, 'card-cue');
      row(t('type'), quoteType(item.type), 'card-type');
      row(t('confidence'), item.confidence != null ? formatPercent(item.confidence) : null, 'card-confidence');
      if (item.confidence != null && item.confidence < 0.5) row(t('lowConfidence'), t('yes'), 'card-low');
    } else if (kind === 'amount') {
      title = `${t('cardAmount')} · ${item.text ?? index.slice(item)}`;
      row(t('value'), amountValue(item), 'card-value');
      row(t('currency'), item.currency ? `${item.currency} · ${currencyName(item.currency)}` : null, 'card-currency');
      const range = amountRange(item);
      if (range) row(t('range'), range, 'card-range');
      if (item.approx) row(t('approximate'), t('yes'), 'card-approx');
      const restated = item.equivalent_of != null ? index.amount(item.equivalent_of) : null;
      if (restated) row(t('restates'), `${restated.text ?? index.slice(restated)} (${amountValue(restated)})`, 'card-restates');
      const restating = index.restatedBy(item.id);
      if (restating.length) row(t('restatedAs'), restating.map((a) => `${a.text ?? index.slice(a)} (${amountValue(a)})`).join(' ; '), 'card-restated-as');
    } else {
      title = `${t('cardSpeaker')} · ${item.name}`;
      row(t('kind'), speakerKind(item.kind), 'card-kind');
      row(t('role'), item.role, 'card-role');
      const quotes = index.quotesOf(item.id);
      rows.push(h('dt', {}, `${t('quotesOf')} (${quotes.length})`));
      rows.push(h('dd', { class: 'card-quotes' },
        quotes.length
          ? h('ol', {}, quotes.slice(0, 12).map((q) => h('li', {}, h('span', { class: 'card-qtype' }, quoteType(q.type)), ' ', excerpt(index.slice(q), 160))),
            quotes.length > 12 ? h('li', { class: 'more' }, '…') : null)
          : t('none')));
    }
    const marks = [item.edited ? t('editedBadge') : null, item.checked ? t('checkedBadge') : null].filter(Boolean);
    if (marks.length) row(t('yourMarks'), marks.join(' · '), 'card-marks');
    return [h('p', { class: 'card-title' }, title), h('dl', {}, rows)];
  }

  function show(mark) {
    const index = getIndex();
    if (!index || !mark) return;
    clearTimeout(hideTimer);
    const { kind, ref } = mark.dataset;
    const body = content(index, kind, ref);
    if (!body) return;
    if (current && current !== mark) unmark(current);
    current = mark;
    for (const el of container.querySelectorAll(`mark[data-key="${CSS.escape(mark.dataset.key)}"]`)) el.classList.add('active');
    mark.setAttribute('aria-describedby', card.id);
    card.replaceChildren(...body);
    card.dataset.kind = kind;
    card.dataset.ref = ref;
    card.hidden = false;
    place(mark);
  }

  function unmark(mark) {
    mark.removeAttribute('aria-describedby');
    for (const el of container.querySelectorAll('mark.active')) el.classList.remove('active');
  }

  function hide() {
    clearTimeout(hideTimer);
    if (current) unmark(current);
    current = null;
    card.hidden = true;
  }

  // Below the highlight's first line, or above it when there is no room.
  function place(mark) {
    const rects = mark.getClientRects();
    const rect = rects.length ? rects[0] : mark.getBoundingClientRect();
    const width = card.offsetWidth;
    const height = card.offsetHeight;
    const margin = 8;
    let left = Math.min(Math.max(rect.left, margin), document.documentElement.clientWidth - width - margin);
    let top = rect.bottom + 6;
    if (top + height > window.innerHeight - margin && rect.top - height - 6 > margin) top = rect.top - height - 6;
    card.style.left = `${Math.max(left, margin) + window.scrollX}px`;
    card.style.top = `${top + window.scrollY}px`;
  }

  // The innermost highlight under the pointer whose kind is shown.
  const markAt = (node) => {
    for (let el = node && node.closest ? node.closest('mark.hl') : null; el && container.contains(el); el = el.parentElement.closest('mark.hl')) {
      if (isVisible(el.dataset.kind)) return el;
    }
    return null;
  };
  const focusedMark = () => {
    const el = document.activeElement;
    return el && el.matches && el.matches('mark.hl') && container.contains(el) ? el : null;
  };
  const hideSoon = () => {
    clearTimeout(hideTimer);
    hideTimer = setTimeout(() => {
      const focused = focusedMark();
      if (focused) show(focused);
      else hide();
    }, 250);
  };

  container.addEventListener('mouseover', (e) => {
    const mark = markAt(e.target);
    if (mark) { if (mark !== current) show(mark); else clearTimeout(hideTimer); }
    else if (current) hideSoon();
  });
  container.addEventListener('mouseleave', hideSoon);
  container.addEventListener('focusin', (e) => {
    if (e.target.matches('mark.hl') && isVisible(e.target.dataset.kind)) show(e.target);
  });
  container.addEventListener('focusout', (e) => {
    if (!container.contains(e.relatedTarget)) hide();
  });
  window.addEventListener('resize', () => current && place(current));
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && !card.hidden) hide();
  });

  return {
    show,
    hide,
    toggle(mark) {
      if (current === mark && !card.hidden) hide();
      else show(mark);
    },
    refresh() {
      if (current && !card.hidden) show(current);
    },
    get current() {
      return card.hidden ? null : current;
    },
  };
}
