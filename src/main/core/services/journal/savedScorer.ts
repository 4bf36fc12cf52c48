import type SearchableMap from 'minisearch/SearchableMap';
import { z } from 'zod';

/**
 * Scores a query over the saved search index read in pieces (see `searchIndex.ts`), straight from
 * the postings as they were saved, and ranks them as MiniSearch 7 does (decision 083).
 *
 * MiniSearch would first make a `Map` of every posting of the query's words and an object of every
 * entry it matches (its score, the query's words and the entry's words it matched). A common word
 * matches nearly every entry, ~11,000 at thirty years: most of the first search went into making
 * them and collecting them again. Here a score is a number in an array indexed by the entry's
 * number, the query's words an entry matched a bit each, and the entry's words that matched are
 * found again only for the page kept.
 *
 * The rules are MiniSearch's, step by step and in its order (so that sums of the same numbers come
 * out the same): every query word looks up itself, the words it starts and the words within its
 * typos, each weighted as MiniSearch weights them; each field's postings score with its BM25+; the
 * words' results are combined with AND or OR; an entry's score is multiplied by the number of query
 * words it matched. A test checks every kind of query against a MiniSearch built from the same
 * entries.
 */

/** A query's words beyond this are not searched for (one bit each, see `Results.words`). */
export const MAX_QUERY_WORDS = 32;

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

/** The saved tables a search reads (MiniSearch's serialisation), looked up where they are. */
export interface SavedTables {
  documentCount: number;
  fieldIds: Record<string, number>;
  averageFieldLength: number[];
  /** Documents whose number is still in use (removed ones keep their postings until rebuilt). */
  documentIds: Record<string, string>;
  fieldLength: Record<string, unknown>;
  /** One more than the highest document number. */
  nextId: number;
}

/** The few tables a search reads besides the postings: checked once, when the index is restored. */
const Tables = z.object({
  documentCount: z.number().int().min(0),
  nextId: z.number().int().min(0),
  fieldIds: z.record(z.string(), z.number().int().min(0)),
  averageFieldLength: z.array(z.number()),
});

/** The saved tables of `documents` (MiniSearch's serialisation without postings); throws when they do not fit. */
export function savedTables(documents: {
  documentIds: Record<string, string>;
  [key: string]: unknown;
}): SavedTables {
  const t = Tables.parse(documents);
  const fieldLength = documents.fieldLength;
  if (typeof fieldLength !== 'object' || fieldLength === null)
    throw new Error('The saved search index has no field lengths.');
  return {
    ...t,
    documentIds: documents.documentIds,
    fieldLength: fieldLength as SavedTables['fieldLength'],
  };
}

/** Where the saved postings of the index's terms are. */
export interface SavedTerms {
  /** Each term's number. */
  map: SearchableMap<number>;
  /** The postings of term number `at` (MiniSearch's saved form: field id → document number → count). */
  postings(at: number): unknown;
}

/** MiniSearch 7's defaults this index uses (weights of prefix and typo matches, BM25+ parameters). */
const PREFIX_WEIGHT = 0.375;
const FUZZY_WEIGHT = 0.45;
const K = 1.2;
const B = 0.7;
const D = 0.5;

/** One match as the journal keeps it. */
export interface ScoredMatch {
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

/** The number of an object's own keys, without making a list of them. */
function keyCount(o: Record<string, unknown>): number {
  let n = 0;
  for (const key in o) if (Object.hasOwn(o, key)) n++;
  return n;
}

const bad = (): never => {
  throw new Error('A postings entry of the saved search index cannot be read.');
};

function bitCount(n: number): number {
  let v = n - ((n >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0xf0f0f0f) * 0x1010101) >>> 24;
}

/**
 * Entries removed from the index keep their postings until it is rebuilt. MiniSearch skips them
 * as it meets them, and takes one off their count in its postings each time (the whole posting
 * goes once its count is spent), and off the number of entries the word is said to match for
 * the rest of that pass. A word met again in the same search (by another query word, or in the
 * OR after an AND that found nothing) meets what is left. This is what is left, by field and word,
 * for one search: the count left of each removed entry met, and how many are gone.
 */
export type RemovedMet = Map<string, { left: Map<string, number>; gone: number }>;

/**
 * The `limit` best matches of `query` over the saved postings, combined with AND or OR, in
 * MiniSearch's order. Throws when a postings entry cannot be read (the index is then rebuilt).
 */
export function scoreSaved(
  query: string,
  combineWith: 'AND' | 'OR',
  limit: number,
  rules: WordRules,
  tables: SavedTables,
  terms: SavedTerms,
  removedMet: RemovedMet = new Map(),
): ScoredMatch[] {
  const size = tables.nextId;
  const words = rules.words(query);
  const distinct = [...new Set(words)].slice(0, MAX_QUERY_WORDS);
  /** Every term looked at, with its postings, to find again the words each kept match matched. */
  const looked: { term: string; postings: Record<string, unknown> }[] = [];

  const isDocument = (doc: number): boolean => Object.hasOwn(tables.documentIds, doc);

  function termResults(
    term: string,
    weight: number,
    bit: number,
    at: number | undefined,
    r: Results,
  ): void {
    if (at === undefined) return;
    const postings = terms.postings(at);
    if (postings === null || typeof postings !== 'object') return bad();
    const byField = postings as Record<string, unknown>;
    looked.push({ term, postings: byField });
    for (const field of rules.fields) {
      const fieldId = tables.fieldIds[field.name];
      const freqs = byField[fieldId];
      if (freqs == null) continue;
      if (typeof freqs !== 'object') return bad();
      const counts = freqs as Record<string, unknown>;
      const key = `${fieldId}\u0000${term}`;
      let removed = removedMet.get(key);
      if (!removed) {
        removed = { left: new Map(), gone: 0 };
        removedMet.set(key, removed);
      }
      let matching = keyCount(counts) - removed.gone;
      const avgFieldLength = tables.averageFieldLength[fieldId];
      for (const docKey in counts) {
        const doc = parseInt(docKey, 10);
        const tf = counts[docKey];
        if (!isDocument(doc)) {
          const left = removed.left.get(docKey) ?? tf;
          if (typeof left !== 'number') return bad();
          if (left <= 0) continue;
          matching -= 1;
          removed.left.set(docKey, left - 1);
          if (left <= 1) removed.gone++;
          continue;
        }
        const lengths = tables.fieldLength[docKey];
        if (typeof tf !== 'number' || !Array.isArray(lengths) || !(doc < size)) return bad();
        const fieldLength: unknown = lengths[fieldId];
        if (typeof fieldLength !== 'number') return bad();
        const invDocFreq = Math.log(1 + (tables.documentCount - matching + 0.5) / (matching + 0.5));
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
      }
    }
  }

  /** What one query word finds: itself, the words it starts, the words within its typos. */
  function wordResults(term: string, bit: number): Results {
    const r = emptyResults(size);
    termResults(term, 1, bit, terms.map.get(term), r);
    const typos = rules.typos(term);
    const fuzzy = typos ? terms.map.fuzzyGet(term, typos) : undefined;
    if (rules.prefix(term)) {
      for (const [t, at] of terms.map.atPrefix(term)) {
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
    id: String(tables.documentIds[doc]),
    score,
    terms: matchedTerms(doc),
  }));

  /** The entry's words that matched: the terms looked at whose postings hold it, in any field searched. */
  function matchedTerms(doc: number): Set<string> {
    const out = new Set<string>();
    for (const { term, postings } of looked) {
      if (out.has(term)) continue;
      for (const field of rules.fields) {
        const freqs = postings[tables.fieldIds[field.name]];
        if (freqs && typeof freqs === 'object' && Object.hasOwn(freqs, doc)) {
          out.add(term);
          break;
        }
      }
    }
    return out;
  }
}
