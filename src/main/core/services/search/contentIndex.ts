import MiniSearch from 'minisearch';
import type { SearchKind } from '../../../../shared/ipc/areas/search';
import { normalizeTerm, tokenize } from '../journal/searchText';

/** One searchable record (a leader, a meeting, an agenda item…) as the palette shows it. */
export interface ContentDoc {
  key: string;
  kind: SearchKind;
  title: string;
  /** Searched, and shown around the matched words when the title does not match. */
  body: string;
  /** Shown under the title when the body holds none of the matched words. */
  context: string;
  date: string | null;
  route: string;
}

/**
 * Some records as their source lists them (one leader, one meeting with its agenda, one
 * year of the ledger): a key, a stamp that changes whenever any of them does, and how
 * to build their documents.
 */
export interface ContentSource {
  key: string;
  stamp: string;
  build: () => ContentDoc[];
}

/** One match of the content index. */
export interface ContentMatch {
  doc: ContentDoc;
  score: number;
  /** The indexed words that matched (normalised). */
  terms: readonly string[];
}

/** The same typo rule as the journal's index: none for short words, one or two for longer ones. */
function typosAllowed(term: string): number | false {
  if (term.length < 4) return false;
  return term.length < 8 ? 1 : 2;
}

/**
 * Full-text index of everything but the journal (which has its own). It follows the
 * vault by stamps: each query hands in every record's key and stamp, and only records
 * whose stamp changed are rebuilt, so a query after one edit costs one re-index.
 */
export interface ContentIndex {
  /**
   * Brings the index in step with the records listed: records missing from the list are
   * dropped, unless `some` says the list is only a part of the vault's records.
   */
  sync(sources: Iterable<ContentSource>, some?: 'some'): void;
  /** Best matches first; prefix and typo tolerant, every word must match (else any word). */
  search(query: string): ContentMatch[];
  /** Forgets everything (lock). */
  clear(): void;
  size(): number;
}

/** Creates an empty content index. */
export function createContentIndex(): ContentIndex {
  const make = (): MiniSearch<ContentDoc> =>
    new MiniSearch<ContentDoc>({
      idField: 'key',
      fields: ['title', 'body'],
      tokenize,
      processTerm: (t) => {
        const n = normalizeTerm(t);
        return n.length ? n : null;
      },
      searchOptions: {
        boost: { title: 3 },
        prefix: (term) => term.length >= 2,
        fuzzy: (term) => typosAllowed(term),
        combineWith: 'AND',
      },
    });
  let mini = make();
  const docs = new Map<string, ContentDoc>();
  const stamps = new Map<string, string>();
  const groups = new Map<string, string[]>();

  const drop = (group: string): void => {
    for (const key of groups.get(group) ?? []) {
      if (docs.delete(key)) mini.discard(key);
    }
    groups.delete(group);
    stamps.delete(group);
  };

  return {
    sync(sources, some) {
      const seen = new Set<string>();
      for (const s of sources) {
        seen.add(s.key);
        if (stamps.get(s.key) === s.stamp) continue;
        drop(s.key);
        const built = s.build();
        mini.addAll(built);
        for (const doc of built) docs.set(doc.key, doc);
        groups.set(
          s.key,
          built.map((d) => d.key),
        );
        stamps.set(s.key, s.stamp);
      }
      if (!some && seen.size !== groups.size)
        for (const group of [...groups.keys()]) if (!seen.has(group)) drop(group);
    },
    search(query) {
      if (!query.trim()) return [];
      let results = mini.search(query);
      if (results.length === 0) results = mini.search(query, { combineWith: 'OR' });
      const out: ContentMatch[] = [];
      for (const r of results) {
        const doc = docs.get(String(r.id));
        if (doc) out.push({ doc, score: r.score, terms: r.terms });
      }
      return out;
    },
    clear() {
      mini = make();
      docs.clear();
      stamps.clear();
      groups.clear();
    },
    size: () => docs.size,
  };
}
