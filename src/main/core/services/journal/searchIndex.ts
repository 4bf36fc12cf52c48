import MiniSearch, { type AsPlainObject, type Options } from 'minisearch';
import SearchableMap from 'minisearch/SearchableMap';
import {
  type FieldPostings,
  type IndexMatch,
  type RemovedMet,
  type ScoringSource,
  type WordRules,
  savedSource,
  scoreQuery,
} from './scorer';
import { normalizeTerm, tokenize } from './searchText';

/** What the index needs of one entry. */
export interface IndexedEntry {
  id: string;
  year: string;
  title: string;
  /** The body as plain text. */
  text: string;
  tags: string[];
}

export type { IndexMatch } from './scorer';

/**
 * A saved index as read at unlock (see `savedIndex.ts`): what MiniSearch knows of each
 * document, every term in order, and the postings in blocks of consecutive terms, each
 * decoded only when asked for.
 */
export interface SavedDictionary {
  /** MiniSearch's serialisation without its postings. */
  documents: { documentIds: Record<string, string>; [key: string]: unknown };
  terms: string[];
  /** Where each block's terms end in `terms` (block `b` holds `terms[blockEnd[b-1]..blockEnd[b]]`). */
  blockEnd: number[];
  /** The postings of block `b`'s terms, in order; null when the block cannot be read. */
  block(b: number): Record<string, unknown>[] | null;
}

/** The journal's full-text index, kept in main memory while the vault is unlocked. */
export interface JournalSearchIndex {
  /** True when `year` was indexed from exactly this shard data (same object). */
  isCurrent(year: string, source: object): boolean;
  /** Replaces everything indexed for one year. */
  setYear(year: string, source: object, entries: IndexedEntry[]): void;
  /** Starts indexing a year bit by bit: drops what it had, and takes upserts for it meanwhile. */
  beginYear(year: string): void;
  /** True while a year is being indexed bit by bit. */
  isBuilding(year: string): boolean;
  /** Adds entries of a year being built (entries already indexed are kept as they are: they are newer). */
  addToYear(entries: IndexedEntry[]): void;
  /** Marks a year built from `source`. */
  finishYear(year: string, source: object): void;
  /** Drops everything indexed for a year (its shard is gone). */
  forget(year: string): void;
  /** Adds or replaces one entry (create, autosave). */
  upsert(entry: IndexedEntry): void;
  /** Removes one entry (delete). */
  remove(id: string): void;
  /** Best matches first; prefix and typo tolerant. */
  search(query: string, limit: number): IndexMatch[];
  /** The indexed text of an entry, for highlighting. */
  textOf(id: string): IndexedEntry | undefined;
  size(): number;
  /** The index as plain data (MiniSearch's own serialisation), to be kept on disk. */
  toJSON(): AsPlainObject;
  /**
   * Replaces the whole index by a saved one, read in pieces: searches decode only the
   * postings blocks of the terms they match, until `loadFull` reads the rest. Changes
   * meanwhile are held and applied once it is loaded. `parts` says, for each part, which
   * entries the saved index held and, when it was complete and is still current, the
   * source it now stands for.
   */
  restoreSaved(
    saved: SavedDictionary,
    parts: { year: string; source: object | null; entries: () => IndexedEntry[] }[],
  ): void;
  /** True while the index is the saved one read in pieces (see `restoreSaved`). */
  isPartial(): boolean;
  /** True when a search would have to load the whole index first (changes are waiting). */
  needsFull(): boolean;
  /**
   * Reads every postings block of the saved index and makes it a whole index again, with
   * the changes held meanwhile; `pause` is awaited between blocks. Throws when a block
   * cannot be read (the index must then be rebuilt).
   */
  loadFull(pause?: () => Promise<void>): Promise<void>;
  /** How many postings blocks were decoded since the saved index was restored (for tests). */
  blocksRead(): number;
}

/** Postings blocks decoded between two pauses while the whole saved index is loaded. */
const BLOCKS_PER_STEP = 16;

/** What the index holds while it is the saved one read in pieces. */
interface Partial {
  saved: SavedDictionary;
  /** Blocks decoded so far. */
  blocks: Map<number, Record<string, unknown>[]>;
  /** Entries changed since (null: removed), applied when the whole index is loaded. */
  changes: Map<string, IndexedEntry | null>;
  /** What a search reads: the saved tables, each term's place in `saved.terms`, its postings. */
  source: ScoringSource<number>;
}

export type Doc = { id: string; title: string; text: string; tags: string };

/** How many typos a query word may have: none for short words, where one typo changes the word. */
function typosAllowed(term: string): number | false {
  if (term.length < 4) return false;
  return term.length < 8 ? 1 : 2;
}

/**
 * Names the index's rules (fields, word rules, boosts): a saved index made under other rules
 * is not reused. Change it whenever `tokenize`, `normalizeTerm` or the fields change.
 */
export const SEARCH_RULES_VERSION = 'minisearch-7/upward-2';

/** A query word is also looked up as a prefix from two letters. */
const asPrefix = (term: string): boolean => term.length >= 2;

const processTerm = (t: string): string | null => {
  const n = normalizeTerm(t);
  return n.length ? n : null;
};

/** The index's MiniSearch options (exported for the test that checks `bestMatches`). */
export const INDEX_OPTIONS = {
  fields: ['title', 'text', 'tags'],
  tokenize,
  processTerm,
  searchOptions: {
    boost: { title: 2, tags: 1.5 },
    prefix: asPrefix,
    fuzzy: (term: string) => typosAllowed(term),
    combineWith: 'AND',
  },
} satisfies Options<Doc>;
const options = INDEX_OPTIONS;

/** The same word rules for the scorer (see `scorer.ts`). */
const WORD_RULES: WordRules = {
  words: (query) =>
    tokenize(query)
      .map(processTerm)
      .filter((t): t is string => !!t),
  prefix: asPrefix,
  typos: typosAllowed,
  fields: INDEX_OPTIONS.fields.map((name) => ({
    name,
    boost: (INDEX_OPTIONS.searchOptions.boost as Record<string, number>)[name] || 1,
  })),
};

/** The number of block `b`'s first term. */
const blockStart = (blockEnd: readonly number[], b: number): number =>
  b > 0 ? blockEnd[b - 1] : 0;

/** The block holding term number `at` (blocks hold consecutive terms). */
function blockOf(blockEnd: readonly number[], at: number): number {
  let lo = 0;
  let hi = blockEnd.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (blockEnd[mid] > at) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** How MiniSearch 7 keeps a term's postings: field id → entry number → the term's count. */
type FieldTermData = Map<number, Map<number, number>>;

/**
 * The members of a MiniSearch 7 instance a search reads (its tables and postings), beyond its
 * public API: its own `search` makes an object of every match (see `scorer.ts`). The version is
 * pinned by the lockfile and named in SEARCH_RULES_VERSION; tests check the answers against
 * `search`.
 */
interface MiniSearchTables {
  _documentCount: number;
  _nextId: number;
  _fieldIds: Record<string, number>;
  _avgFieldLength: number[];
  _documentIds: Map<number, string>;
  _fieldLength: Map<number, number[]>;
  _index: SearchableMap<FieldTermData>;
}

/** A live MiniSearch index as a source to score, read where it is. */
function liveSource(mini: MiniSearch<Doc>): ScoringSource<FieldTermData> {
  const m = mini as unknown as MiniSearchTables;
  return {
    documentCount: m._documentCount,
    nextId: m._nextId,
    fieldIds: m._fieldIds,
    averageFieldLength: m._avgFieldLength,
    isDocument: (doc) => m._documentIds.has(doc),
    fieldLengths: (doc) => m._fieldLength.get(doc),
    id: (doc) => m._documentIds.get(doc),
    terms: m._index,
    field(data, fieldId): FieldPostings | undefined {
      const counts = data.get(fieldId);
      return (
        counts && {
          size: counts.size,
          forEach: (visit) => counts.forEach(visit),
          has: (doc) => counts.has(doc),
        }
      );
    },
  };
}

/**
 * The `limit` best matches of `query` in a live MiniSearch index, as its own `search` ranks them
 * (its score times the number of the query's words matched; ties in the order found).
 */
export function bestMatches(
  mini: MiniSearch<Doc>,
  query: string,
  combineWith: 'AND' | 'OR',
  limit: number,
): IndexMatch[] {
  return scoreQuery(query, combineWith, limit, WORD_RULES, liveSource(mini));
}

/** The best matches of `query`: entries with every word or, when none has them all, with any. */
function rank<T>(source: ScoringSource<T>, query: string, limit: number): IndexMatch[] {
  const met: RemovedMet = new Map();
  const all = scoreQuery(query, 'AND', limit, WORD_RULES, source, met);
  // Several words that never occur together: show entries with any of them rather than nothing.
  return all.length > 0 ? all : scoreQuery(query, 'OR', limit, WORD_RULES, source, met);
}

/** Creates an empty journal index (MiniSearch, with the app's own word rules). */
export function createJournalSearchIndex(): JournalSearchIndex {
  let mini = new MiniSearch<Doc>(options);
  let partial: Partial | null = null;
  let blocksRead = 0;
  const docs = new Map<string, IndexedEntry>();
  const yearIds = new Map<string, Set<string>>();
  const sources = new Map<string, object>();
  const building = new Set<string>();

  const toDoc = (e: IndexedEntry): Doc => ({
    id: e.id,
    title: e.title,
    text: e.text,
    tags: e.tags.join(' '),
  });

  /**
   * The parts of a restored index, whose entries are listed only when first needed (a
   * change, not a search): tens of thousands of them are not gone through at unlock.
   */
  let unlisted: { year: string; entries: () => IndexedEntry[] }[] = [];
  let knownIds: Record<string, string> = {};

  /** Lists the entries the restored index holds, part by part, if not done yet. */
  function listed(): void {
    if (!unlisted.length) return;
    // The entries held are those the saved index knows.
    const known = new Set(Object.values(knownIds));
    for (const p of unlisted) {
      const ids = yearIds.get(p.year) ?? new Set<string>();
      for (const e of p.entries()) {
        if (!known.has(e.id) || docs.has(e.id)) continue;
        docs.set(e.id, e);
        ids.add(e.id);
      }
      yearIds.set(p.year, ids);
    }
    unlisted = [];
    knownIds = {};
  }

  function remove(id: string): void {
    listed();
    const old = docs.get(id);
    if (!old) return;
    if (partial) partial.changes.set(id, null);
    else mini.discard(id);
    docs.delete(id);
    yearIds.get(old.year)?.delete(id);
  }

  function upsert(entry: IndexedEntry): void {
    remove(entry.id);
    if (partial) partial.changes.set(entry.id, entry);
    else mini.add(toDoc(entry));
    docs.set(entry.id, entry);
    const ids = yearIds.get(entry.year) ?? new Set<string>();
    ids.add(entry.id);
    yearIds.set(entry.year, ids);
  }

  function dropYear(year: string): void {
    listed();
    for (const id of [...(yearIds.get(year) ?? [])]) remove(id);
    sources.delete(year);
  }

  /** Decodes one postings block of the saved index (kept until the whole index is loaded). */
  function block(p: Partial, b: number): Record<string, unknown>[] {
    let postings = p.blocks.get(b);
    if (!postings) {
      const read = p.saved.block(b);
      if (!read) throw new Error('A block of the saved search index cannot be read.');
      postings = read;
      blocksRead++;
      p.blocks.set(b, postings);
    }
    return postings;
  }

  /** MiniSearch's serialisation of the whole saved index (every block decoded). */
  function serialisation(p: Partial): AsPlainObject {
    const { terms, blockEnd } = p.saved;
    const index: [string, Record<string, unknown>][] = [];
    for (let b = 0; b < blockEnd.length; b++) {
      const first = blockStart(blockEnd, b);
      const postings = block(p, b);
      for (let i = first; i < blockEnd[b]; i++) index.push([terms[i], postings[i - first]]);
    }
    return { ...p.saved.documents, index } as unknown as AsPlainObject;
  }

  /** Makes the saved index a whole one (every block decoded), with the changes held meanwhile. */
  function completeFrom(p: Partial): void {
    const whole = MiniSearch.loadJS<Doc>(serialisation(p), options);
    for (const [id, entry] of p.changes) {
      if (whole.has(id)) whole.discard(id);
      if (entry) whole.add(toDoc(entry));
    }
    mini = whole;
    partial = null;
  }

  /** Any change to the index's structure needs the whole index. */
  function whole(): MiniSearch<Doc> {
    if (partial) completeFrom(partial);
    return mini;
  }

  function addFresh(entries: IndexedEntry[]): void {
    whole();
    listed();
    const fresh = entries.filter((e) => !docs.has(e.id));
    mini.addAll(fresh.map(toDoc));
    for (const e of fresh) {
      docs.set(e.id, e);
      const ids = yearIds.get(e.year) ?? new Set<string>();
      ids.add(e.id);
      yearIds.set(e.year, ids);
    }
  }

  return {
    isCurrent: (year, source) => sources.get(year) === source,
    beginYear(year) {
      whole();
      dropYear(year);
      building.add(year);
    },
    isBuilding: (year) => building.has(year),
    addToYear: addFresh,
    finishYear(year, source) {
      building.delete(year);
      sources.set(year, source);
    },
    setYear(year, source, entries) {
      whole();
      dropYear(year);
      addFresh(entries);
      building.delete(year);
      sources.set(year, source);
    },
    upsert,
    remove,
    forget(year) {
      dropYear(year);
      building.delete(year);
      yearIds.delete(year);
    },
    search(query, limit) {
      if (!query.trim()) return [];
      if (partial?.changes.size) whole();
      // Scored from the saved postings while the index is the saved one read in pieces.
      return partial ? rank(partial.source, query, limit) : rank(liveSource(mini), query, limit);
    },
    textOf(id) {
      listed();
      return docs.get(id);
    },
    size() {
      listed();
      return docs.size;
    },
    toJSON: () => whole().toJSON(),
    restoreSaved(saved, parts) {
      const terms = new SearchableMap<number>();
      saved.terms.forEach((t, i) => terms.set(t, i));
      mini = new MiniSearch<Doc>(options);
      const { blockEnd } = saved;
      const p: Partial = {
        saved,
        blocks: new Map(),
        changes: new Map(),
        source: savedSource(saved.documents, terms, (at) => {
          const b = blockOf(blockEnd, at);
          return block(p, b)[at - blockStart(blockEnd, b)];
        }),
      };
      partial = p;
      blocksRead = 0;
      docs.clear();
      yearIds.clear();
      sources.clear();
      building.clear();
      unlisted = parts.map((p) => ({ year: p.year, entries: p.entries }));
      knownIds = saved.documents.documentIds;
      for (const p of parts) if (p.source) sources.set(p.year, p.source);
    },
    isPartial: () => partial !== null,
    needsFull: () => (partial?.changes.size ?? 0) > 0,
    async loadFull(pause) {
      const p = partial;
      if (!p) return;
      for (let b = 0; b < p.saved.blockEnd.length; b++) {
        block(p, b);
        if (pause && b % BLOCKS_PER_STEP === BLOCKS_PER_STEP - 1) {
          await pause();
          // Loaded meanwhile (a change to the index's structure), or replaced.
          if (partial !== p) return;
        }
      }
      if (pause) await pause();
      if (partial === p) completeFrom(p);
    },
    blocksRead: () => blocksRead,
  };
}
