// Getting text in: typing and pasting into the text area, dropping or opening
// a .txt or .html file (a .json file goes to the import), the sample article. HTML is parsed with DOMParser into
// an inert document (no script runs, nothing loads) and only its text is kept.

const DROP_TYPES = /^(text\/plain|text\/html|application\/xhtml\+xml|text\/markdown|)$/;
const HTML_NAME = /\.(x?html?|xht)$/i;
const TEXT_NAME = /\.(txt|text|md)$/i;
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'OBJECT', 'EMBED', 'SVG', 'MATH', 'CANVAS', 'HEAD', 'SELECT', 'BUTTON']);
const BLOCK = /^(ADDRESS|ARTICLE|ASIDE|BLOCKQUOTE|DD|DIV|DL|DT|FIELDSET|FIGCAPTION|FIGURE|FOOTER|FORM|H[1-6]|HEADER|HR|LI|MAIN|NAV|OL|P|PRE|SECTION|TABLE|TR|UL)$/;

export function looksLikeHtml(s) {
  return /^\s*(<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])/i.test(s);
}

// The parsed document is inert (no script runs, nothing loads), but it
// inherits the page's CSP, which blocks and logs every inline style and event
// handler it meets. None of them matters for the text, so they go first.
function withoutInlineCode(html) {
  let out = html.replace(/<(style|script)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, '');
  for (let previous = ''; previous !== out;) {
    previous = out;
    out = out.replace(/(<[a-z][^<>]*?[\s/])(?:style|on[a-z]+)\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]*)/gi, '$1');
  }
  return out;
}

// The text of an HTML document: text nodes in order, with paragraph breaks
// for block elements and line breaks for <br>.
export function htmlToText(html) {
  const doc = new DOMParser().parseFromString(withoutInlineCode(html), 'text/html');
  const out = [];
  const walk = (node, pre) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === Node.TEXT_NODE) {
        out.push(pre ? child.nodeValue : child.nodeValue.replace(/\s+/g, ' '));
      } else if (child.nodeType === Node.ELEMENT_NODE) {
        const tag = child.tagName.toUpperCase();
        if (SKIP.has(tag)) continue;
        if (tag === 'BR') { out.push('\n'); continue; }
        const block = BLOCK.test(tag);
        if (block) out.push('\n\n');
        else if (tag === 'TD' || tag === 'TH') out.push('\t');
        walk(child, pre || tag === 'PRE');
        if (block) out.push('\n\n');
      }
    }
  };
  walk(doc.body || doc.documentElement, false);
  return out.join('')
    .replace(/[ \t]*\n[ \t]*/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/^[ \t]+|[ \t]+$/gm, '')
    .trim();
}

// Bytes to text: UTF-8 when valid, else Windows-1252 (old French pages).
function decode(bytes) {
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(start));
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

// {text, html: boolean} from a File, or throws when it is not text.
export async function readFile(file) {
  const isHtml = HTML_NAME.test(file.name) || /html/.test(file.type);
  if (!isHtml && !TEXT_NAME.test(file.name) && !DROP_TYPES.test(file.type) && !file.type.startsWith('text/')) {
    throw new Error('not text');
  }
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (bytes.subarray(0, 4096).includes(0)) throw new Error('binary');
  const raw = decode(bytes);
  if (isHtml || looksLikeHtml(raw)) return { text: htmlToText(raw), html: true };
  return { text: raw.replace(/\r\n?/g, '\n'), html: false };
}

// Above this many characters a text is not put in the text area: laying out
// megabytes in a <textarea> freezes the page for seconds.
export const LARGE_TEXT = 1_000_000;

// Wires the text area, the file button and drag and drop. onText({text, name,
// size, html, source}) receives new text (a file, or a large paste); onPasteHtml()
// tells that pasted HTML was reduced.
export function setupInput({ area, fileInput, openButton, dropZone, onText, onError, onPasteHtml, onReading, onJson }) {
  openButton.addEventListener('click', () => fileInput.click());

  const take = async (file, source) => {
    // An exported result: the page's import (import.js) checks it.
    if (onJson && (/\.json$/i.test(file.name) || file.type === 'application/json')) {
      onJson(file);
      return;
    }
    if (onReading) onReading(file);
    try {
      const { text, html } = await readFile(file);
      onText({ text, name: file.name, size: file.size, html, source });
    } catch {
      onError(file);
    }
  };

  fileInput.addEventListener('change', () => {
    const file = fileInput.files && fileInput.files[0];
    if (file) take(file, 'file');
    fileInput.value = '';
  });

  const hasFiles = (e) => e.dataTransfer && [...e.dataTransfer.types].includes('Files');
  let depth = 0;
  dropZone.addEventListener('dragenter', (e) => {
    if (!hasFiles(e)) return;
    e.preventDefault();
    depth++;
    dropZone.classList.add('dragging');
  });
  dropZone.addEventListener('dragover', (e) => {
    if (!hasFiles(e)) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = 'copy';
  });
  dropZone.addEventListener('dragleave', () => {
    depth = Math.max(0, depth - 1);
    if (!depth) dropZone.classList.remove('dragging');
  });
  dropZone.addEventListener('drop', (e) => {
    depth = 0;
    dropZone.classList.remove('dragging');
    if (hasFiles(e)) {
      e.preventDefault();
      const file = e.dataTransfer.files[0];
      if (file) take(file, 'drop');
      return;
    }
    // Dragged HTML without plain text: keep its text only.
    const html = e.dataTransfer && e.dataTransfer.getData('text/html');
    if (html && !e.dataTransfer.getData('text/plain')) {
      e.preventDefault();
      insert(area, htmlToText(html));
      if (onPasteHtml) onPasteHtml();
    }
  });

  // The text area never renders HTML; pasted HTML source or HTML-only
  // clipboard content is reduced to its text.
  area.addEventListener('paste', (e) => {
    const data = e.clipboardData;
    if (!data) return;
    const plain = data.getData('text/plain');
    const html = data.getData('text/html');
    let reduced = null;
    if (!plain && html) reduced = htmlToText(html);
    else if (plain && looksLikeHtml(plain)) reduced = htmlToText(plain);
    const text = reduced ?? plain;
    if (text.length > LARGE_TEXT) {
      e.preventDefault();
      onText({ text, name: 'article', size: text.length, html: reduced != null, source: 'paste' });
      return;
    }
    if (reduced == null) return;
    e.preventDefault();
    insert(area, reduced);
    if (onPasteHtml) onPasteHtml();
  });
}

function insert(area, text) {
  area.focus();
  area.setRangeText(text, area.selectionStart, area.selectionEnd, 'end');
  area.dispatchEvent(new Event('input', { bubbles: true }));
}

// Fetched while the page starts, so that no request is made once it is ready.
export async function preloadSample(url) {
  try {
    const response = await fetch(url);
    if (!response.ok) return null;
    return (await response.text());
  } catch {
    return null;
  }
}
