// The side panels: "Who said what" (speakers and their quotes) and the amounts
// table. A click on an entry asks the page to jump to that highlight.
import { h } from './dom.js';
import { currencyName, t } from './i18n.js';
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

export function renderWhoSaidWhat(target, index, jump) {
  const { result } = index;
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
      ' ', h('span', { class: 'count', 'aria-label': t('nQuotes', { n: quotes.length }) }, String(quotes.length)));
    const meta = speaker
      ? h('p', { class: 'speaker-meta' }, [speakerKind(speaker.kind), speaker.role].filter(Boolean).join(' · '))
      : null;
    const ol = h('ol', { class: 'speaker-quotes' });
    const more = paged(ol, quotes, QUOTES_SHOWN, (q) => {
      const text = excerpt(index.slice(q));
      return h('li', {},
        h('button', { type: 'button', class: 'quote-link link', dataset: { ref: q.id },
          'aria-label': t('goToQuote', { text }), onclick: () => jump('quote', q.id) },
          h('span', { class: `qtype qtype-${q.type}` }, quoteType(q.type)), ' ', text));
    });
    return h('li', { class: 'speaker', dataset: { ref: speaker ? speaker.id : '' } }, heading, meta, ol, more);
  });
  target.replaceChildren(list, moreSpeakers);
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

export function renderAmounts(target, index, jump) {
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
        : t('none'))));
  const table = h('table', { class: 'amounts' },
    h('caption', { class: 'visually-hidden' }, t('amountsHeading')),
    h('thead', {}, h('tr', {}, ['colText', 'colValue', 'colCurrency', 'colEquivalents'].map((k) => h('th', { scope: 'col' }, t(k))))),
    body);
  target.replaceChildren(h('div', { class: 'table-wrap' }, table), more);
}
