// The side panels: "Who said what" (speakers and their quotes) and the amounts
// table. A click on an entry asks the page to jump to that highlight.
import { h } from './dom.js';
import { currencyName, formatNumber, formatPercent, t } from './i18n.js';
import { amountValue, quoteType, speakerKind } from './format.js';
import { excerpt } from './result-index.js';
import { whenIdle } from './tasks.js';

const SPEAKERS_SHOWN = 30;
const QUOTES_SHOWN = 10;
const AMOUNTS_SHOWN = 100;

// Appends items `from` onwards to `list` in pages, with a "show more" button.
function paged(list, items, pageSize, render) {
  const more = h('button', { type: 'button', class: 'more' });
  let shown = 0;
  const showPage = () => {
    const page = items.slice(shown, shown + pageSize);
    for (const item of page) list.appendChild(render(item));
    shown += page.length;
    const left = items.length - shown;
    more.textContent = t('showMore', { n: left });
    more.hidden = left <= 0;
  };
  more.addEventListener('click', () => {
    const next = list.children.length;
    showPage();
    const first = list.children[next] && list.children[next].querySelector('button');
    if (first) first.focus();
  });
  showPage();
  return more;
}

// The actions a row offers: edit (a dialog) and confirm (a toggle).
const LOW = 0.5;
export const isLow = (q) => q.confidence != null && q.confidence < LOW;

function quoteBadges(q) {
  return [
    isLow(q) ? h('span', { class: 'badge badge-low' }, t('lowConfidence')) : null,
    q.edited ? h('span', { class: 'badge badge-edited' }, t('editedBadge')) : null,
    q.checked ? h('span', { class: 'badge badge-checked' }, t('checkedBadge')) : null,
  ];
}

function rowActions(kind, item, label, actions) {
  if (!actions) return null;
  return h('span', { class: 'row-actions' },
    h('button', { type: 'button', class: 'small', dataset: { action: 'edit', kind, ref: item.id },
      'aria-label': t('editThis', { what: label }), onclick: () => actions.edit(kind, item.id) }, t('edit')),
    kind === 'speaker' ? null : h('button', { type: 'button', class: 'small', dataset: { action: 'check', kind, ref: item.id },
      'aria-pressed': String(!!item.checked), 'aria-label': t('confirmThis', { what: label }),
      onclick: () => actions.confirm(kind, item.id) }, t('confirm')));
}

function quoteItem(index, q, jump, actions, withSpeaker = false) {
  const text = excerpt(index.slice(q));
  const speaker = withSpeaker ? index.speaker(q.speaker) : null;
  const confidence = q.confidence != null ? formatPercent(q.confidence) : t('none');
  return h('li', { class: isLow(q) ? 'low' : null, dataset: { ref: q.id } },
    h('button', { type: 'button', class: 'quote-link link', dataset: { ref: q.id },
      'aria-label': t('goToQuote', { text }), onclick: () => jump('quote', q.id) },
      h('span', { class: `qtype qtype-${q.type}` }, quoteType(q.type)), ' ', text),
    withSpeaker ? h('span', { class: 'review-meta' }, `${speaker ? speaker.name : t('unattributed')} · ${t('confidence')} ${confidence}`) : null,
    quoteBadges(q),
    rowActions('quote', q, text, actions));
}

export function renderWhoSaidWhat(target, index, jump, actions = null, { review = false } = {}) {
  const { result } = index;
  if (review) {
    const rank = (q) => (q.confidence == null ? 1 : q.confidence);
    const todo = result.quotes.filter((q) => !q.checked).sort((a, b) => rank(a) - rank(b) || a.start - b.start);
    if (!todo.length) {
      target.replaceChildren(h('p', { class: 'empty' }, t('allChecked')));
      return;
    }
    const ol = h('ol', { class: 'review-list' });
    const more = paged(ol, todo, 50, (q) => quoteItem(index, q, jump, actions, true));
    target.replaceChildren(h('p', { class: 'help' }, t('reviewCount', { n: todo.length })), ol, more);
    return;
  }
  if (!result.quotes.length && !result.speakers.length) {
    target.replaceChildren(h('p', { class: 'empty' }, t('noQuotes')));
    return;
  }
  const first = new Map();
  for (const s of result.speakers) {
    let pos = Infinity;
    for (const q of index.quotesOf(s.id)) pos = Math.min(pos, q.start);
    for (const m of s.mentions) pos = Math.min(pos, m.start);
    first.set(s.id, pos);
  }
  const speakers = [...result.speakers].sort((a, b) => first.get(a.id) - first.get(b.id));
  const groups = speakers.map((s) => ({ speaker: s, quotes: index.quotesOf(s.id) }));
  const orphans = index.quotesOf(null);
  if (orphans.length) groups.push({ speaker: null, quotes: orphans });

  const list = h('ul', { class: 'speakers' });
  const moreSpeakers = paged(list, groups, SPEAKERS_SHOWN, ({ speaker, quotes }) => {
    const name = speaker ? speaker.name : t('unattributed');
    const heading = h('h3', { class: 'speaker-heading' },
      speaker && speaker.mentions.length
        ? h('button', { type: 'button', class: 'speaker-name link', dataset: { ref: speaker.id },
            'aria-label': t('goToSpeaker', { name }), onclick: () => jump('speaker', speaker.id) }, name)
        : h('span', { class: 'speaker-name' }, name),
      speaker && speaker.edited ? h('span', { class: 'badge badge-edited' }, t('editedBadge')) : null,
      ' ', h('span', { class: 'count', 'aria-label': t('nQuotes', { n: quotes.length }) }, String(quotes.length)),
      speaker ? rowActions('speaker', speaker, name, actions) : null);
    const meta = speaker
      ? h('p', { class: 'speaker-meta' }, [speakerKind(speaker.kind), speaker.role].filter(Boolean).join(' · '))
      : null;
    const ol = h('ol', { class: 'speaker-quotes' });
    const more = paged(ol, quotes, QUOTES_SHOWN, (q) => quoteItem(index, q, jump, actions));
    return h('li', { class: 'speaker', dataset: { ref: speaker ? speaker.id : '' } }, heading, meta, ol, more);
  });
  target.replaceChildren(list, moreSpeakers);
}

// The sources summary (sources.js counts, this draws): per kind, then per source.
export function renderSources(target, summary) {
  if (!summary.quotes) {
    target.replaceChildren(h('p', { class: 'empty' }, t('noQuotes')));
    return;
  }
  const pct = (x) => (x == null ? t('none') : formatPercent(x));
  const groups = h('table', { class: 'amounts sources-kinds' },
    h('caption', { class: 'visually-hidden' }, t('sourcesByKind')),
    h('thead', {}, h('tr', {}, ['colKind', 'colSources', 'colShare', 'colQuotes', 'colQuoteShare', 'colWords'].map((k) => h('th', { scope: 'col' }, t(k))))),
    h('tbody', {}, summary.groups.filter((g) => g.quotes || g.sources).map((g) => h('tr', { dataset: { kind: g.kind } },
      h('th', { scope: 'row' }, t(`group_${g.kind}`)),
      h('td', { class: 'num' }, g.kind === 'none' ? t('none') : formatNumber(g.sources)),
      h('td', { class: 'num' }, g.kind === 'none' ? t('none') : pct(g.share)),
      h('td', { class: 'num' }, formatNumber(g.quotes)),
      h('td', { class: 'num' }, pct(g.quoteShare)),
      h('td', { class: 'num' }, formatNumber(g.words))))));
  const body = h('tbody');
  const more = paged(body, summary.sources, SPEAKERS_SHOWN, (s) => h('tr', {},
    h('th', { scope: 'row' }, s.name), h('td', {}, speakerKind(s.kind)),
    h('td', { class: 'num' }, formatNumber(s.quotes)), h('td', { class: 'num' }, formatNumber(s.words))));
  const per = h('table', { class: 'amounts sources-each' },
    h('caption', { class: 'visually-hidden' }, t('sourcesEach')),
    h('thead', {}, h('tr', {}, ['colSource', 'colKind', 'colQuotes', 'colWords'].map((k) => h('th', { scope: 'col' }, t(k))))),
    body);
  target.replaceChildren(
    h('p', { class: 'sources-total' }, t('sourcesTotal', { n: summary.distinct, quotes: summary.quotes })),
    h('div', { class: 'table-wrap' }, groups), h('div', { class: 'table-wrap' }, per), more);
}

// A currency code with its name as a tooltip. The browser's first currency
// name costs some 20 ms, so the first names come once the page is idle.
let currencyNamesReady = false;
const unnamed = [];
function currencyAbbr(code) {
  const abbr = h('abbr', {}, code);
  if (currencyNamesReady) {
    abbr.title = currencyName(code);
  } else {
    unnamed.push(abbr);
    if (unnamed.length === 1) {
      whenIdle(() => {
        currencyNamesReady = true;
        for (const a of unnamed.splice(0)) a.title = currencyName(a.textContent);
      });
    }
  }
  return abbr;
}

export function renderAmounts(target, index, jump, actions = null) {
  const { result } = index;
  if (!result.amounts.length) {
    target.replaceChildren(h('p', { class: 'empty' }, t('noAmounts')));
    return;
  }
  const label = (a) => a.text ?? index.slice(a);
  const body = h('tbody');
  const more = paged(body, result.amounts, AMOUNTS_SHOWN, (a) =>
    h('tr', { dataset: { ref: a.id } },
      h('th', { scope: 'row' }, h('button', { type: 'button', class: 'amount-link link', dataset: { ref: a.id },
        'aria-label': t('goToAmount', { text: label(a) }), onclick: () => jump('amount', a.id) }, label(a))),
      h('td', { class: 'num' }, amountValue(a)),
      h('td', {}, a.currency ? currencyAbbr(a.currency) : t('none')),
      h('td', {}, index.equivalents(a).length
        ? index.equivalents(a).map((e, i) => [i ? h('br') : null,
            h('button', { type: 'button', class: 'link', dataset: { ref: e.id }, onclick: () => jump('amount', e.id) },
              `${label(e)} (${amountValue(e)})`)])
        : t('none')),
      actions ? h('td', {}, a.edited ? h('span', { class: 'badge badge-edited' }, t('editedBadge')) : null,
        a.checked ? h('span', { class: 'badge badge-checked' }, t('checkedBadge')) : null,
        rowActions('amount', a, label(a), actions)) : null));
  const table = h('table', { class: 'amounts' },
    h('caption', { class: 'visually-hidden' }, t('amountsHeading')),
    h('thead', {}, h('tr', {}, ['colText', 'colValue', 'colCurrency', 'colEquivalents', ...(actions ? ['colActions'] : [])].map((k) => h('th', { scope: 'col' }, t(k))))),
    body);
  target.replaceChildren(h('div', { class: 'table-wrap' }, table), more);
}
