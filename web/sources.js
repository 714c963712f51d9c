// The sources summary: how many distinct sources are quoted, their share by
// kind, and each source's quotes and words of quotes. It counts what the
// result says (the speakers' kinds as the core or the journalist gave them)
// and infers nothing else about the people. Pure: tests/node/edits.test.mjs.

export const SOURCE_GROUPS = ['person', 'organization', 'media', 'anonymous', 'place', 'none'];
const WORD = /[\p{L}\p{N}]+(?:['’\-.][\p{L}\p{N}]+)*/gu;

export const countWords = (s) => (s.match(WORD) || []).length;

export function summarizeSources(result, text) {
  const speakers = new Map(result.speakers.map((s) => [s.id, s]));
  const per = new Map();
  let unattributed = 0;
  let unattributedWords = 0;
  for (const q of result.quotes) {
    const words = countWords(text.slice(q.start, q.end));
    const s = q.speaker != null ? speakers.get(q.speaker) : null;
    if (!s) { unattributed++; unattributedWords += words; continue; }
    if (!per.has(s.id)) per.set(s.id, { id: s.id, name: s.name, kind: s.kind, quotes: 0, words: 0 });
    const row = per.get(s.id);
    row.quotes++;
    row.words += words;
  }
  const sources = [...per.values()].sort((a, b) => b.quotes - a.quotes || b.words - a.words || a.name.localeCompare(b.name));
  const groups = SOURCE_GROUPS.map((kind) => {
    const rows = kind === 'none' ? [] : sources.filter((s) => s.kind === kind);
    const quotes = kind === 'none' ? unattributed : rows.reduce((n, s) => n + s.quotes, 0);
    const words = kind === 'none' ? unattributedWords : rows.reduce((n, s) => n + s.words, 0);
    return { kind, sources: rows.length, quotes, words,
      share: sources.length && kind !== 'none' ? rows.length / sources.length : null,
      quoteShare: result.quotes.length ? quotes / result.quotes.length : null };
  });
  return { sources, groups, distinct: sources.length, quotes: result.quotes.length };
}
