/**
 * How journal text is cut into words for the search index, and how the words a
 * search matched are found again in the text to highlight them. Both sides use the
 * same rules so a highlighted word is exactly a word the index knows.
 */

const WORD = /[\p{L}\p{N}]+/gu;

const ASCII = /^[ -~\s]*$/;

/** Folds a word to its searchable form: lower case, accents removed. */
export function normalizeTerm(term: string): string {
  // Most words are plain ASCII: lower-casing is all they need, and it is much cheaper.
  if (ASCII.test(term)) return term.toLowerCase();
  return term.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The words of a text, in order. */
export function tokenize(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** A word of a text with where it sits, `[start, end)`. */
export interface WordSpan {
  term: string;
  start: number;
  end: number;
}

/** Every word of `text` with its position and searchable form. */
export function wordSpans(text: string): WordSpan[] {
  const spans: WordSpan[] = [];
  for (const m of text.matchAll(WORD)) {
    const start = m.index ?? 0;
    spans.push({ term: normalizeTerm(m[0]), start, end: start + m[0].length });
  }
  return spans;
}

/** Ranges of `text` whose words are among `terms` (already normalised). */
export function matchRanges(text: string, terms: ReadonlySet<string>): [number, number][] {
  return wordSpans(text)
    .filter((s) => terms.has(s.term))
    .map((s) => [s.start, s.end]);
}

const SNIPPET_LENGTH = 180;

/** The first word of `text` among `terms`, found without looking at the rest of the text. */
function firstMatch(text: string, terms: ReadonlySet<string>): [number, number] | null {
  for (const m of text.matchAll(WORD)) {
    if (terms.has(normalizeTerm(m[0]))) {
      const start = m.index ?? 0;
      return [start, start + m[0].length];
    }
  }
  return null;
}

/**
 * A short passage of `text` around its first matched word, cut at word boundaries,
 * with the matched words' ranges relative to the passage. Only the passage is
 * examined past the first match, so long entries cost no more than short ones.
 */
export function snippetAround(
  text: string,
  terms: ReadonlySet<string>,
): { snippet: string; ranges: [number, number][] } {
  const flat = text.replace(/\s+/g, ' ').trim();
  const first = firstMatch(flat, terms);
  if (!first) {
    if (flat.length <= SNIPPET_LENGTH) return { snippet: flat, ranges: [] };
    const space = flat.lastIndexOf(' ', SNIPPET_LENGTH);
    return { snippet: `${flat.slice(0, space > 0 ? space : SNIPPET_LENGTH)}…`, ranges: [] };
  }
  let start = Math.max(0, first[0] - 50);
  if (start > 0) {
    const space = flat.indexOf(' ', start);
    start = space >= 0 && space < first[0] ? space + 1 : first[0];
  }
  let end = Math.min(flat.length, start + SNIPPET_LENGTH);
  if (end < flat.length) {
    const space = flat.lastIndexOf(' ', end);
    if (space > first[1]) end = space;
  }
  const prefix = start > 0 ? '…' : '';
  const suffix = end < flat.length ? '…' : '';
  const ranges = matchRanges(flat.slice(start, end), terms).map(([s, e]): [number, number] => [
    s + prefix.length,
    e + prefix.length,
  ]);
  return { snippet: `${prefix}${flat.slice(start, end)}${suffix}`, ranges };
}
