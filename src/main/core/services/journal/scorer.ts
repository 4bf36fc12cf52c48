import type SearchableMap from 'minisearch/SearchableMap';
import { z } from 'zod';

/**
 * Scores a query over the journal's index straight from MiniSearch 7's postings, as they were saved
 * (the saved index read in pieces after an unlock) or as they live in its instance, and ranks the
 * matches as MiniSearch's own search does (decision 083).
 *
 * MiniSearch's search makes an object of every entry a query matches (its score, the query's words
 * and the entry's words it matched, each in an array or object of its own) and collects them again
 * to combine the words; a search of the saved index first made a `Map` of every posting too. A common
 * word matches nearly every entry, ~11,000 at thirty years: most of a search went into making those
 * objects and collecting them as garbage. Here a score is a number in an array indexed by the
 * entry's number, the query's words an entry matched a bit each, and the entry's words that matched
 * are found again only for the page kept.
 *
 * The rules are MiniSearch's, step by step and in its order (so that sums of the same numbers come
 * out the same): every query word looks up itself, the words it starts and the words within its
 * typos, each weighted as MiniSearch weights them; each field's postings score with its BM25+; the
 * words' results are combined with AND or OR; an entry's score is multiplied by the number of query
 * words it matched. Tests check every kind of query against MiniSearch's own search.
 */

/** A query's distinct words beyond this are not searched for (one bit each, see `Results.words`). */
const MAX_QUERY_WORDS = 32;

/** How each query word is looked up, as the index's MiniSearch options say. */
export interface WordRules {
  /** The query's words, in the index's form (empty words dropped). */
  words(query: string): string[];
  prefix(term: string): boolean;
  /** How many typos the word may have. */
  typos(term: string): number | false;
  /** The fields searched, in MiniSearch's order, with their boosts. */
  fields: readonly { name: string; boost: number }[];
}

/** One field's postings of one term: entry number → how often the term occurs in that field of it. */
export interface FieldPostings {
  /** How many entries it lists (removed ones included). */
  readonly size: number;
  /** Calls `visit` for each entry listed, in order. */
  forEach(visit: (count: unknown, doc: number) => void): void;
  has(doc: number): boolean;
}

/**
 * What a search reads of an index: MiniSearch's own tables, as saved (the saved index read in
 * pieces) or as they live in its instance. `T` is what its map of terms holds for each term.
 */
export interface ScoringSource<T> {
  documentCount: number;
  /** One more than the highest entry number. */
  nextId: number;
  fieldIds: Record<string, number>;
  averageFieldLength: readonly number[];
  /** False for the numbers of entries removed (their postings stay until the index is rebuilt). */
  isDocument(doc: number): boolean;
  /** The entry's fields' lengths, by field id. */
  fieldLengths(doc: number): unknown;
  id(doc: number): unknown;
  terms: SearchableMap<T>;
  /** A term's postings in one field; undefined when it has none there. Throws when they cannot be read. */
  field(term: T, fieldId: number): FieldPostings | undefined;
}

/** The few saved tables a search reads besides the postings: checked once, when the index is restored. */
const Tables = z.object({
  documentCount: z.number().int().min(0),
  nextId: z.number().int().min(0),
  fieldIds: z.record(z.string(), z.number().int().min(0)),
  averageFieldLength: z.array(z.number()),
});

/**
 * The saved index read in pieces as a source to score: `documents` is MiniSearch's serialisation
 * without postings (its tables are looked up where they are, not copied into `Map`s), `postings`
 * gives the saved postings of term number `at`. Throws when the tables do not fit.
 */
export function savedSource(
  documents: { documentIds: Record<string, string>; [key: string]: unknown },
  terms: SearchableMap<number>,
  postings: (at: number) => unknown,
): ScoringSource<number> {
  const t = Tables.parse(documents);
  const { documentIds, fieldLength } = documents;
  if (typeof fieldLength !== 'object' || fieldLength === null)
    throw new Error('The saved search index has no field lengths.');
  const lengths = fieldLength as Record<string, unknown>;
  return {
    ...t,
    isDocument: (doc) => Object.hasOwn(documentIds, doc),
    fieldLengths: (doc) => (Object.hasOwn(lengths, doc) ? lengths[doc] : undefined),
    id: (doc) => documentIds[doc],
    terms,
    field(at, fieldId) {
      const byField = postings(at);
      if (byField === null || typeof byField !== 'object') return bad();
      const counts = (byField as Record<string, unknown>)[fieldId];
      if (counts == null) return undefined;
      if (typeof counts !== 'object') return bad();
      return savedPostings(counts as Record<string, unknown>);
    },
  };
}

/** A field's saved postings (an object keyed by entry number) read where it is. */
function savedPostings(counts: Record<string, unknown>): FieldPostings {
  let size = 0;
  for (const key in counts) if (Object.hasOwn(counts, key)) size++;
  return {
    size,
    forEach(visit) {
      for (const key in counts) visit(counts[key], parseInt(key, 10));
    },
    has: (doc) => Object.hasOwn(counts, doc),
  };
}

/** MiniSearch 7's defaults this index uses (weights of prefix and typo matches, BM25+ parameters). */
const PREFIX_WEIGHT = 0.375;
const FUZZY_WEIGHT = 0.45;
const K = 1.2;
const B = 0.7;
const D = 0.5;

/** One match: the entry id, its score, and the words of the entry that matched (to highlight). */
export interface IndexMatch {
  id: string;
  score: number;
  terms: Set<string>;
}

/** What a query's words found: a score per document number, in arrays the size of the index. */
interface Results {
  /** Document numbers in the order first found (ties keep this order). */
  order: number[];
  found: Uint8Array;
  score: Float64Array;
  /** The query's words matched, a bit each. */
  words: Uint32Array;
}

const emptyResults = (size: number): Results => ({
  order: [],
  found: new Uint8Array(size),
  score: new Float64Array(size),
  words: new Uint32Array(size),
});

const bad = (): never => {
  throw new Error('A postings entry of the search index cannot be read.');
};

function bitCount(n: number): number {
  let v = n - ((n >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0xf0f0f0f) * 0x1010101) >>> 24;
}

/**
 * Entries removed from the index keep their postings until MiniSearch cleans them up (or, saved,
 * until the index is rebuilt). MiniSearch's search skips them as it meets them, taking one off
 * their count in its postings each time (the whole posting goes once its count is spent) and off
 * the number of entries the word is said to match for the rest of that pass; a word met again in
 * the same search (by another query word, or in the OR after an AND that found nothing) meets what
 * is left. This is what is left, by field and word, for one search: the count left of each removed
 * entry met, and how many are gone. Nothing is changed in the index: every search meets removed
 * entries as MiniSearch's first search after their removal would, so an answer never depends on
 * the searches made before it.
 */
export type RemovedMet = Map<string, { left: Map<number, number>; gone: number }>;

/**
 * The `limit` best matches of `query` in `source`, combined with AND or OR, in MiniSearch's order.
 * Throws when a postings entry cannot be read (a saved index is then rebuilt).
 */
export function scoreQuery<T>(
  query: string,
  combineWith: 'AND' | 'OR',
  limit: number,
  rules: WordRules,
  source: ScoringSource<T>,
  removedMet: RemovedMet = new Map(),
): IndexMatch[] {
  const size = source.nextId;
  const words = rules.words(query);
  const distinct = [...new Set(words)].slice(0, MAX_QUERY_WORDS);
  const fields = rules.fields.map((f) => ({ ...f, id: source.fieldIds[f.name] }));
  /** Every term looked at, with its postings by field, to find again the words each kept match matched. */
  const looked: { term: string; postings: (FieldPostings | undefined)[] }[] = [];

  function termResults(
    term: string,
    weight: number,
    bit: number,
    value: T | undefined,
    r: Results,
  ): void {
    if (value === undefined) return;
    const postings = fields.map((f) => source.field(value, f.id));
    looked.push({ term, postings });
    fields.forEach((field, f) => {
      const counts = postings[f];
      if (!counts) return;
      const key = `${field.id}\u0000${term}`;
      const met = removedMet.get(key) ?? { left: new Map<number, number>(), gone: 0 };
      removedMet.set(key, met);
      let matching = counts.size - met.gone;
      const avgFieldLength = source.averageFieldLength[field.id];
      counts.forEach((tf, doc) => {
        if (!source.isDocument(doc)) {
          const left = met.left.get(doc) ?? tf;
          if (typeof left !== 'number') return bad();
          if (left <= 0) return;
          matching -= 1;
          met.left.set(doc, left - 1);
          if (left <= 1) met.gone++;
          return;
        }
        const lengths = source.fieldLengths(doc);
        if (typeof tf !== 'number' || !Array.isArray(lengths) || !(doc < size)) return bad();
        const fieldLength: unknown = lengths[field.id];
        if (typeof fieldLength !== 'number') return bad();
        const invDocFreq = Math.log(1 + (source.documentCount - matching + 0.5) / (matching + 0.5));
        const raw =
          invDocFreq *
          (D + (tf * (K + 1)) / (tf + K * (1 - B + (B * fieldLength) / avgFieldLength)));
        const weighted = weight * field.boost * raw;
        if (r.found[doc]) r.score[doc] += weighted;
        else {
          r.found[doc] = 1;
          r.score[doc] = weighted;
          r.order.push(doc);
        }
        r.words[doc] |= bit;
      });
    });
  }

  /** What one query word finds: itself, the words it starts, the words within its typos. */
  function wordResults(term: string, bit: number): Results {
    const r = emptyResults(size);
    termResults(term, 1, bit, source.terms.get(term), r);
    const typos = rules.typos(term);
    const fuzzy = typos ? source.terms.fuzzyGet(term, typos) : undefined;
    if (rules.prefix(term)) {
      for (const [t, at] of source.terms.atPrefix(term)) {
        const distance = t.length - term.length;
        if (!distance) continue;
        // A word both started and within typos counts once, as started.
        fuzzy?.delete(t);
        termResults(t, (PREFIX_WEIGHT * t.length) / (t.length + 0.3 * distance), bit, at, r);
      }
    }
    if (fuzzy) {
      for (const [t, [at, distance]] of fuzzy) {
        if (!distance) continue;
        termResults(t, (FUZZY_WEIGHT * t.length) / (t.length + distance), bit, at, r);
      }
    }
    return r;
  }

  function or(a: Results, b: Results): Results {
    for (const doc of b.order) {
      if (a.found[doc]) a.score[doc] = a.score[doc] + b.score[doc];
      else {
        a.found[doc] = 1;
        a.score[doc] = b.score[doc];
        a.order.push(doc);
      }
      a.words[doc] |= b.words[doc];
    }
    return a;
  }

  function and(a: Results, b: Results): Results {
    const c = emptyResults(size);
    for (const doc of b.order) {
      if (!a.found[doc]) continue;
      c.found[doc] = 1;
      c.score[doc] = a.score[doc] + b.score[doc];
      c.words[doc] = a.words[doc] | b.words[doc];
      c.order.push(doc);
    }
    return c;
  }

  let all: Results | null = null;
  for (const term of words) {
    const index = distinct.indexOf(term);
    if (index < 0) continue;
    const r = wordResults(term, 1 << index);
    all = all === null ? r : combineWith === 'AND' ? and(all, r) : or(all, r);
  }
  if (all === null || all.order.length === 0) return [];
  const found = all;

  // The page: an entry's score times the number of the query's words it matched; only entries at
  // or above the `limit`-th best score are sorted (stably: ties stay in the order found).
  const final = (doc: number): number => found.score[doc] * (bitCount(found.words[doc]) || 1);
  let threshold = -Infinity;
  if (found.order.length > limit) {
    const scores = new Float64Array(found.order.length);
    for (let i = 0; i < found.order.length; i++) scores[i] = final(found.order[i]);
    scores.sort();
    threshold = limit > 0 ? scores[found.order.length - limit] : Infinity;
  }
  const kept: { doc: number; score: number }[] = [];
  for (const doc of found.order) {
    const s = final(doc);
    if (s >= threshold) kept.push({ doc, score: s });
  }
  kept.sort((a, b) => b.score - a.score);
  return kept.slice(0, limit).map(({ doc, score }) => ({
    id: String(source.id(doc)),
    score,
    terms: matchedTerms(doc),
  }));

  /** The entry's words that matched: the terms looked at whose postings hold it, in any field searched. */
  function matchedTerms(doc: number): Set<string> {
    const out = new Set<string>();
    for (const { term, postings } of looked)
      if (!out.has(term) && postings.some((p) => p?.has(doc))) out.add(term);
    return out;
  }
}
