// Lookups over one annotation result: by id, a speaker's quotes, the amounts
// that restate an amount. It only reads what the core decided.

export function indexResult(result, text) {
  // Each map is built on first use: a large result costs nothing until asked.
  const lazy = (build) => { let value = null; return () => (value ??= build()); };
  const speakers = lazy(() => new Map(result.speakers.map((s) => [s.id, s])));
  const quotes = lazy(() => new Map(result.quotes.map((q) => [q.id, q])));
  const amounts = lazy(() => new Map(result.amounts.map((a) => [a.id, a])));
  const quotesBySpeaker = lazy(() => {
    const map = new Map();
    for (const q of result.quotes) {
      const key = q.speaker ?? null;
      if (!map.has(key)) map.set(key, []);
      map.get(key).push(q);
    }
    return map;
  });
  const restatedBy = lazy(() => {
    const map = new Map();
    for (const a of result.amounts) {
      if (a.equivalent_of == null) continue;
      if (!map.has(a.equivalent_of)) map.set(a.equivalent_of, []);
      map.get(a.equivalent_of).push(a);
    }
    return map;
  });
  const slice = (span) => (span ? text.slice(span.start, span.end) : '');
  return {
    result,
    text,
    slice,
    speaker: (id) => speakers().get(id) ?? null,
    quote: (id) => quotes().get(id) ?? null,
    amount: (id) => amounts().get(id) ?? null,
    quotesOf: (speakerId) => quotesBySpeaker().get(speakerId ?? null) ?? [],
    // Amounts linked to this one, either way: the one it restates and those restating it.
    equivalents(amount) {
      const out = [];
      if (amount.equivalent_of != null && amounts().has(amount.equivalent_of)) out.push(amounts().get(amount.equivalent_of));
      for (const other of restatedBy().get(amount.id) ?? []) out.push(other);
      return out;
    },
    restatedBy: (id) => restatedBy().get(id) ?? [],
    get(kind, id) {
      return (kind === 'quote' ? quotes() : kind === 'amount' ? amounts() : speakers()).get(id);
    },
  };
}

// A quote's text for lists: whitespace collapsed, cut at `max` characters.
export function excerpt(s, max = 140) {
  const flat = s.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1).trimEnd()}…` : flat;
}
