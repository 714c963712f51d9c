// The edit dialogs: a quote, a missed quote to add, a speaker, an amount.
// A modal <dialog> (the rest of the page is inert while it is open, so focus
// stays inside; Esc closes it and focus returns where it was). Each dialog
// turns the form into one edit for the page to apply; strings from the article
// are shown as text only.
import { h } from './dom.js';
import { t } from './i18n.js';
import { quoteType, speakerKind } from './format.js';
import { excerpt } from './result-index.js';
import { QUOTE_TYPES, SPEAKER_KINDS, validCurrency, validDecimal } from './edits.js';
import { trapFocus } from './focus-trap.js';

let seq = 0;
const field = (label, control, hint) => {
  control.id ||= `ed-${++seq}`;
  return h('div', { class: 'field' }, h('label', { for: control.id }, label), control, hint ?? null);
};
const checkbox = (label, checked, name) => {
  const box = h('input', { type: 'checkbox', name, id: `ed-${++seq}` });
  box.checked = !!checked;
  return h('div', { class: 'field check' }, box, h('label', { for: box.id }, label));
};
const select = (name, options, value) => {
  const el = h('select', { name }, options.map(([v, label]) => h('option', { value: v }, label)));
  el.value = value;
  return el;
};

// The speaker picker: one of the article's speakers, none, or a new one.
// `fresh`: the new speaker's name and kind typed before (a dialog reopened).
function speakerPicker(index, current, fresh = null) {
  const speakers = index ? index.result.speakers : [];
  const pick = select('speaker', [['', t('unknown')], ...speakers.map((s) => [s.id, `${s.name} (${speakerKind(s.kind)})`]), ['__new', t('newSpeaker')]],
    current ?? '');
  const name = h('input', { type: 'text', name: 'newName', autocomplete: 'off', maxlength: '500' });
  if (fresh) name.value = fresh.name;
  const kind = select('newKind', SPEAKER_KINDS.map((k) => [k, speakerKind(k)]), fresh ? fresh.kind : 'person');
  const extra = h('div', { class: 'new-speaker' }, field(t('newSpeakerName'), name), field(t('kind'), kind));
  const sync = () => { extra.hidden = pick.value !== '__new'; };
  pick.addEventListener('change', sync);
  sync();
  return {
    nodes: [field(t('speaker'), pick), extra],
    // {speaker} or {newSpeaker}, or an error key.
    read() {
      if (pick.value === '__new') {
        const n = name.value.trim();
        if (!n) return { error: 'needName', focus: name };
        return { newSpeaker: { name: n.slice(0, 500), kind: kind.value } };
      }
      return { speaker: pick.value || null };
    },
    // What the picker holds, to reopen it as it was.
    state: () => ({ speaker: pick.value, fresh: { name: name.value, kind: kind.value } }),
  };
}

export function createEditor(dialog) {
  let opener = null;
  let onDone = null;

  trapFocus(dialog);

  dialog.addEventListener('close', () => {
    const back = opener;
    opener = null;
    dialog.replaceChildren();
    if (onDone) onDone(back, dialog.returnValue === 'saved');
  });

  // `build` returns {title, nodes, submit(): edit | {error, focus}}.
  function open(build, { from, done }) {
    opener = from || document.activeElement;
    onDone = done;
    const form = build();
    const error = h('p', { class: 'form-error', role: 'alert' });
    const cancel = h('button', { type: 'button', onclick: () => dialog.close() }, t('cancel'));
    const formEl = h('form', { class: 'editor-form', novalidate: true },
      h('h2', { id: 'editor-title' }, form.title),
      form.subtitle ? h('p', { class: 'editor-subtitle', id: 'editor-subtitle' }, form.subtitle) : null,
      form.nodes, error,
      h('div', { class: 'editor-actions' }, h('button', { type: 'submit', class: 'primary' }, form.submitLabel ?? t('save')), cancel));
    formEl.addEventListener('submit', (e) => {
      e.preventDefault();
      const out = form.submit();
      if (out && out.error) {
        error.textContent = t(out.error);
        if (out.focus) out.focus.focus();
        return;
      }
      dialog.returnValue = 'saved';
      if (out && form.apply) form.apply(out);
      dialog.close();
    });
    dialog.replaceChildren(formEl);
    dialog.setAttribute('aria-labelledby', 'editor-title');
    if (form.subtitle) dialog.setAttribute('aria-describedby', 'editor-subtitle');
    else dialog.removeAttribute('aria-describedby');
    dialog.returnValue = '';
    dialog.showModal();
    const first = formEl.querySelector('input, select, textarea') || formEl.querySelector('button[type="button"]');
    if (first) first.focus();
  }

  return {
    get isOpen() { return dialog.open; },

    // A yes-or-no question; `apply` runs on yes.
    ask(title, question, yes, apply, opts) {
      open(() => ({
        title,
        subtitle: question,
        nodes: [],
        submitLabel: yes,
        submit: () => ({}),
        apply,
      }), opts);
    },

    quote(index, q, apply, opts) {
      open(() => {
        const picker = speakerPicker(index, q.speaker);
        const type = select('type', QUOTE_TYPES.map((k) => [k, quoteType(k)]), q.type);
        const reject = checkbox(t('notAQuote'), false, 'reject');
        const checked = checkbox(t('checkedLabel'), q.checked, 'checked');
        return {
          title: t('editQuote'),
          subtitle: excerpt(index.slice(q), 200),
          nodes: [...picker.nodes, field(t('type'), type), reject, checked],
          submit() {
            if (reject.querySelector('input').checked) return { op: 'quote', quote: q.id, reject: true };
            const who = picker.read();
            if (who.error) return who;
            const edit = { op: 'quote', quote: q.id, type: type.value, checked: checked.querySelector('input').checked };
            if (who.newSpeaker) edit.newSpeaker = who.newSpeaker;
            else edit.speaker = who.speaker;
            return edit;
          },
          apply,
        };
      }, opts);
    },

    // `locate(quoteText, cueText, selection, cueSelection)` → {span, cue} or {error}.
    // The cue is typed, or selected in the article: "Select the cue in the
    // article" closes the dialog and hands its state to `opts.pickCue`; the
    // page reopens it with `opts.resume` (that state) and the words then
    // selected as `cueSelection` ({start, end, text}).
    add(index, selection, locate, apply, opts) {
      const resume = opts.resume ?? null;
      const cueSelection = resume ? opts.cueSelection ?? null : null;
      open(() => {
        const words = h('textarea', { name: 'quoteText', rows: '3' });
        words.value = resume ? resume.words : selection ? selection.text : '';
        const cue = h('input', { type: 'text', name: 'cueText', autocomplete: 'off' });
        cue.value = cueSelection ? cueSelection.text : resume ? resume.cue : '';
        const picker = speakerPicker(index, resume ? resume.speaker : null, resume ? resume.fresh : null);
        const type = select('type', QUOTE_TYPES.map((k) => [k, quoteType(k)]), resume ? resume.type : 'direct');
        const pickCue = opts.pickCue ? h('button', { type: 'button', name: 'pickCue', onclick: () => {
          const state = { words: words.value, cue: cue.value, type: type.value, selection, ...picker.state() };
          dialog.close();
          opts.pickCue(state);
        } }, t('pickCue')) : null;
        return {
          title: t('addQuoteTitle'),
          subtitle: t('addQuoteHelp'),
          nodes: [field(t('quoteWords'), words), field(t('cueWords'), cue, pickCue), ...picker.nodes, field(t('type'), type)],
          submit() {
            const found = locate(words.value, cue.value, selection, cueSelection);
            if (found.error) return { error: found.error, focus: found.field === 'cue' ? cue : words };
            const who = picker.read();
            if (who.error) return who;
            return { op: 'add', start: found.span.start, end: found.span.end, type: type.value, cue: found.cue, ...who };
          },
          apply,
        };
      }, opts);
    },

    speaker(index, s, apply, opts) {
      open(() => {
        const name = h('input', { type: 'text', name: 'name', autocomplete: 'off', maxlength: '500' });
        name.value = s.name;
        const kind = select('kind', SPEAKER_KINDS.map((k) => [k, speakerKind(k)]), s.kind);
        const role = h('input', { type: 'text', name: 'role', autocomplete: 'off', maxlength: '500' });
        role.value = s.role ?? '';
        const others = index.result.speakers.filter((x) => x.id !== s.id);
        const into = select('into', [['', t('noMerge')], ...others.map((x) => [x.id, `${x.name} (${speakerKind(x.kind)})`])], '');
        // A wrong mention split off into a speaker of its own (with its context).
        const around = (m) => `…${index.text.slice(Math.max(0, m.start - 25), m.start).trimStart()}[${index.slice(m)}]${index.text.slice(m.end, m.end + 25).trimEnd()}…`;
        const split = select('split', [['', t('noSplit')], ...s.mentions.map((m) => [`${m.start}-${m.end}`, around(m)])], '');
        const splitName = h('input', { type: 'text', name: 'splitName', autocomplete: 'off', maxlength: '500' });
        const splitKind = select('splitKind', SPEAKER_KINDS.map((k) => [k, speakerKind(k)]), s.kind);
        const splitExtra = h('div', { class: 'new-speaker' }, field(t('newSpeakerName'), splitName), field(t('kind'), splitKind));
        split.addEventListener('change', () => {
          splitExtra.hidden = !split.value;
          const m = s.mentions.find((x) => `${x.start}-${x.end}` === split.value);
          if (m && !splitName.value) splitName.value = index.slice(m).trim().slice(0, 500);
        });
        splitExtra.hidden = true;
        return {
          title: t('editSpeaker'),
          subtitle: s.name,
          nodes: [field(t('name'), name), field(t('kind'), kind), field(t('role'), role), field(t('mergeInto'), into),
            s.mentions.length > 1 ? [field(t('splitMention'), split), splitExtra] : null],
          submit() {
            if (into.value) return { op: 'speaker', speaker: s.id, into: into.value };
            if (split.value) {
              const m = s.mentions.find((x) => `${x.start}-${x.end}` === split.value);
              const n = splitName.value.trim();
              if (!n) return { error: 'needName', focus: splitName };
              return { op: 'speaker', speaker: s.id, split: { start: m.start, end: m.end }, newSpeaker: { name: n.slice(0, 500), kind: splitKind.value } };
            }
            const n = name.value.trim();
            if (!n) return { error: 'needName', focus: name };
            return { op: 'speaker', speaker: s.id, name: n, kind: kind.value, role: role.value.trim() || null };
          },
          apply,
        };
      }, opts);
    },

    amount(index, a, apply, opts) {
      open(() => {
        const input = (name, value) => {
          const el = h('input', { type: 'text', name, inputmode: 'decimal', autocomplete: 'off' });
          el.value = value ?? '';
          return el;
        };
        const value = input('value', a.value);
        const currency = input('currency', a.currency);
        currency.setAttribute('inputmode', 'text');
        currency.setAttribute('maxlength', '3');
        const min = input('min', a.min);
        const max = input('max', a.max);
        const remove = checkbox(t('deleteAmount'), false, 'remove');
        const checked = checkbox(t('checkedLabel'), a.checked, 'checked');
        const hint = h('p', { class: 'field-hint', id: `ed-${++seq}` }, t('decimalHint'));
        for (const el of [value, min, max]) el.setAttribute('aria-describedby', hint.id);
        return {
          title: t('editAmount'),
          subtitle: a.text ?? index.slice(a),
          nodes: [field(t('value'), value), field(t('currency'), currency), field(t('min'), min), field(t('max'), max), hint, remove, checked],
          submit() {
            if (remove.querySelector('input').checked) return { op: 'amount', amount: a.id, remove: true };
            const num = (el) => {
              const v = el.value.trim().replace(/[\s\u00a0\u202f']/g, '').replace(',', '.');
              return v === '' ? null : v;
            };
            const out = { op: 'amount', amount: a.id, checked: checked.querySelector('input').checked };
            for (const [key, el] of [['value', value], ['min', min], ['max', max]]) {
              const v = num(el);
              if (v !== null && !validDecimal(v)) return { error: 'badNumber', focus: el };
              out[key] = v;
            }
            const c = currency.value.trim().toUpperCase();
            if (c && !validCurrency(c)) return { error: 'badCurrency', focus: currency };
            out.currency = c || null;
            return out;
          },
          apply,
        };
      }, opts);
    },
  };
}
