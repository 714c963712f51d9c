// Appended to the module's glue (--post-js): the public annotate(text,
// options?). The bindings return either a refusal ({dixitError, message},
// wasm/bindings.cpp says why), thrown here, where no wasm frame is left to
// unwind, so that the next call finds the module as it was; or the result as a
// tape of numbers and a buffer of strings (wasm/result_tape.h has the layout),
// read here into the plain objects of the JSON schema, keys in the CLI's order.
const utf8 = new TextDecoder('utf-8');
function readResultTape(numbers, bytes) {
  const strings = utf8.decode(bytes);
  let n = 0;
  let s = 0;
  const NONE = 0xFFFFFFFF;
  const num = () => numbers[n++];
  const str = () => { const len = numbers[n++]; const v = strings.slice(s, s + len); s += len; return v; };
  const optStr = () => (numbers[n] === NONE ? (n++, null) : str());
  const optId = (prefix) => { const i = numbers[n++]; return i === NONE ? null : prefix + (i + 1); };
  const version = str();
  const lang = str();
  const speakerCount = num();
  const quoteCount = num();
  const amountCount = num();
  const speakers = new Array(speakerCount);
  for (let i = 0; i < speakerCount; i++) {
    const name = str();
    const kind = str();
    const role = optStr();
    const mentions = new Array(num());
    for (let k = 0; k < mentions.length; k++) mentions[k] = { start: num(), end: num() };
    speakers[i] = { id: 's' + (i + 1), name, kind, role, mentions };
  }
  const quotes = new Array(quoteCount);
  for (let i = 0; i < quoteCount; i++) {
    const start = num();
    const end = num();
    const type = str();
    const speaker = optId('s');
    const cueStart = num();
    const cueEnd = num();
    const quote = { id: 'q' + (i + 1), start, end, type, speaker, cue: cueStart === NONE ? null : { start: cueStart, end: cueEnd }, confidence: num() / 100 };
    const capped = num();
    quote.basis = str();
    if (capped) quote.capped = true;
    quotes[i] = quote;
  }
  const amounts = new Array(amountCount);
  for (let i = 0; i < amountCount; i++) {
    const start = num();
    const end = num();
    const text = str();
    const value = optStr();
    const min = optStr();
    const max = optStr();
    const currency = optStr();
    const flags = num();
    const amount = { id: 'm' + (i + 1), start, end, text, value, min, max, currency, approx: (flags & 1) !== 0, equivalent_of: optId('m') };
    if (flags & 2) amount.currency_assumed = true;
    amounts[i] = amount;
  }
  return { version, lang, speakers, quotes, amounts };
}

// The text into the wasm heap at `ptr` (bindings.cpp sized the buffer), one
// UTF-16 unit at a time through a local view.
Module['copyTextIn'] = function copyTextIn(text, ptr) {
  const units = new Uint16Array(HEAPU16.buffer, ptr, text.length);
  for (let i = 0; i < units.length; i++) units[i] = text.charCodeAt(i);
};

addOnPostRun(() => {
  const errorTypes = { Error, TypeError, RangeError };
  const annotateChecked = Module['annotateChecked'];
  delete Module['annotateChecked'];
  Module['annotate'] = function annotate(text, options) {
    let result;
    try {
      result = annotateChecked(text, options);
    } catch (err) {
      // A C++ exception reaches JavaScript as a bare number.
      throw typeof err === 'number' ? new Error(`dixit: internal error in the annotator (exception ${err})`) : err;
    }
    if (result !== null && typeof result === 'object' && typeof result.dixitError === 'string') {
      throw new (errorTypes[result.dixitError] || Error)(result.message);
    }
    // The views look into the wasm heap: read before anything else runs in it.
    return readResultTape(result.numbers, result.strings);
  };
});
