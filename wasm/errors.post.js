// Appended to the module's glue (--post-js): the public annotate(text,
// options?). The bindings return a refusal as a value ({dixitError, message},
// wasm/bindings.cpp says why); it is thrown here, where no wasm frame is left
// to unwind, so the next call finds the module as it was.
addOnPostRun(() => {
  const errorTypes = { Error, TypeError, RangeError };
  const annotateChecked = Module['annotateChecked'];
  delete Module['annotateChecked'];
  Module['annotate'] = function annotate(text, options) {
    const result = annotateChecked(text, options);
    if (result !== null && typeof result === 'object' && typeof result.dixitError === 'string') {
      throw new (errorTypes[result.dixitError] || Error)(result.message);
    }
    return result;
  };
});
