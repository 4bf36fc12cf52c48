import { describe, it, expect, vi } from 'vitest';
import MiniSearch from 'minisearch';
import {
  INDEX_OPTIONS,
  bestMatches,
  createJournalSearchIndex,
  type Doc,
  type IndexedEntry,
  type JournalSearchIndex,
} from './searchIndex';
import { matchRanges, snippetAround } from './searchText';

const entry = (
  id: string,
  title: string,
  text: string,
  tags: string[] = [],
  year = '2026',
): IndexedEntry => ({
  id,
  year,
  title,
  text,
  tags,
});

function indexOf(...entries: IndexedEntry[]) {
  const index = createJournalSearchIndex();
  const byYear = new Map<string, IndexedEntry[]>();
  for (const e of entries) byYear.set(e.year, [...(byYear.get(e.year) ?? []), e]);
  for (const [year, list] of byYear) index.setYear(year, {}, list);
  return index;
}

describe('journal search index', () => {
  const corpus = [
    entry('1', 'Budget review', 'Dana pushed back on the headcount plan. I stayed calm.', [
      'planning',
    ]),
    entry('2', 'Offsite', 'Great conversation about the roadmap and our quarterly priorities.'),
    entry(
      '3',
      'Feedback',
      'She said my status updates are too long; shorten them.',
      ['feedback'],
      '2025',
    ),
  ];

  it('finds an entry from the first letters of a word (search as you type)', () => {
    const ids = indexOf(...corpus)
      .search('headc', 10)
      .map((m) => m.id);
    expect(ids).toEqual(['1']);
  });

  it('finds an entry despite a typo in a longer word', () => {
    expect(
      indexOf(...corpus)
        .search('roadmsp', 10)
        .map((m) => m.id),
    ).toEqual(['2']);
    expect(
      indexOf(...corpus)
        .search('quartrly', 10)
        .map((m) => m.id),
    ).toEqual(['2']);
  });

  it('ignores case and accents', () => {
    const index = indexOf(entry('4', 'Café chat', 'Résumé of the REVIEW'));
    expect(index.search('cafe resume', 10).map((m) => m.id)).toEqual(['4']);
  });

  it('prefers entries that have every word, and falls back to any word rather than nothing', () => {
    const index = indexOf(...corpus);
    expect(index.search('dana headcount', 10).map((m) => m.id)).toEqual(['1']);
    expect(
      index
        .search('dana roadmap', 10)
        .map((m) => m.id)
        .sort(),
    ).toEqual(['1', '2']);
  });

  it('searches tags and ranks title matches first', () => {
    const index = indexOf(
      entry('a', 'Notes', 'feedback came late'),
      entry('b', 'Feedback', 'nothing else'),
    );
    expect(index.search('feedback', 10).map((m) => m.id)).toEqual(['b', 'a']);
    expect(
      indexOf(...corpus)
        .search('planning', 10)
        .map((m) => m.id),
    ).toEqual(['1']);
  });

  it('is updated entry by entry: a saved change is found at once, a deleted entry is gone', () => {
    const index = indexOf(...corpus);
    index.upsert(entry('2', 'Offsite', 'We agreed on a hiring freeze.'));
    expect(index.search('roadmap', 10)).toEqual([]);
    expect(index.search('freeze', 10).map((m) => m.id)).toEqual(['2']);
    index.remove('1');
    expect(index.search('headcount', 10)).toEqual([]);
    index.upsert(entry('9', 'New', 'headcount again'));
    expect(index.search('headcount', 10).map((m) => m.id)).toEqual(['9']);
  });

  it('re-indexing a year replaces exactly that year', () => {
    const index = indexOf(...corpus);
    const source = {};
    index.setYear('2026', source, [entry('5', 'Fresh', 'only this now')]);
    expect(index.isCurrent('2026', source)).toBe(true);
    expect(index.search('roadmap', 10)).toEqual([]);
    expect(index.search('status', 10).map((m) => m.id)).toEqual(['3']);
    expect(index.size()).toBe(2);
  });

  it('reports the words that matched so they can be highlighted', () => {
    const [hit] = indexOf(...corpus).search('headc', 10);
    expect([...hit.terms]).toEqual(['headcount']);
  });
});

describe('highlighted snippets', () => {
  it('marks every matched word of a title', () => {
    expect(matchRanges('Review of the review', new Set(['review']))).toEqual([
      [0, 6],
      [14, 20],
    ]);
  });

  it('cuts a passage around the first match and points at the matched words inside it', () => {
    const text = `${'Filler words here. '.repeat(20)}Then Dana raised the budget question. ${'More filler. '.repeat(20)}`;
    const { snippet, ranges } = snippetAround(text, new Set(['budget']));
    expect(snippet.startsWith('…')).toBe(true);
    expect(snippet.endsWith('…')).toBe(true);
    expect(snippet.length).toBeLessThan(200);
    expect(ranges).toHaveLength(1);
    expect(snippet.slice(ranges[0][0], ranges[0][1])).toBe('budget');
  });

  it('shows the start of the text when only the title matched', () => {
    expect(snippetAround('Short body.', new Set(['nothing']))).toEqual({
      snippet: 'Short body.',
      ranges: [],
    });
  });
});

describe('bestMatches', () => {
  /** A journal of 600 entries from a small vocabulary: common words match most of them. */
  const words =
    'budget roadmap feedback autonomy postmortem sponsor migration tradeoff review hiring plan board pressure clear decision customer incident trust early credit deliver quarterly offsite risk win ask calm status update headcount priorities'.split(
      ' ',
    );
  let seed = 7;
  const next = (n: number): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  const pick = (n: number): string =>
    Array.from({ length: n }, () => words[next(words.length)]).join(' ');
  const docs: Doc[] = Array.from({ length: 600 }, (_, i) => ({
    id: `e${i}`,
    title: pick(1 + next(4)),
    text: pick(20 + next(80)),
    tags: pick(next(3)),
  }));
  const mini = new MiniSearch<Doc>(INDEX_OPTIONS);
  mini.addAll(docs);
  const queries = [
    'budget',
    'bud',
    'roadm',
    'budgat',
    'feedbak',
    'migrtion',
    'budget review',
    'trust early',
    'deliver early credit',
    'zebra',
    'risk',
    'ask',
    'calm zebra',
  ];

  it('ranks as MiniSearch’s own search does: same entries, scores, order and matched words', () => {
    for (const q of queries)
      for (const combineWith of ['AND', 'OR'] as const)
        for (const limit of [1, 20, 1000]) {
          const expected = mini
            .search(q, { combineWith })
            .slice(0, limit)
            .map((r) => ({ id: String(r.id), score: r.score, terms: new Set(r.terms) }));
          expect(bestMatches(mini, q, combineWith, limit), `${q} ${combineWith} ${limit}`).toEqual(
            expected,
          );
        }
  });

  it('meets removed entries as MiniSearch’s first search after their removal, search after search', () => {
    const withRemovals = () => {
      const m = new MiniSearch<Doc>(INDEX_OPTIONS);
      m.addAll(docs);
      for (const id of ['e3', 'e50', 'e51', 'e599']) m.discard(id);
      return m;
    };
    const ours = withRemovals();
    for (const q of queries)
      for (const combineWith of ['AND', 'OR'] as const) {
        const expected = withRemovals()
          .search(q, { combineWith })
          .slice(0, 50)
          .map((r) => ({ id: String(r.id), score: r.score, terms: new Set(r.terms) }));
        // Twice: the first search changes nothing the second one reads.
        expect(bestMatches(ours, q, combineWith, 50), q).toEqual(expected);
        expect(bestMatches(ours, q, combineWith, 50), q).toEqual(expected);
      }
  });

  it('keeps ties in the order found when the page ends among them', () => {
    const same = new MiniSearch<Doc>(INDEX_OPTIONS);
    same.addAll([
      ...Array.from({ length: 30 }, (_, i) => ({
        id: `same${i}`,
        title: 'Weekly',
        text: 'budget review with the board',
        tags: '',
      })),
      ...docs.slice(0, 40),
    ]);
    for (const limit of [3, 10, 29, 30, 31, 45])
      expect(bestMatches(same, 'budget review', 'AND', limit), `limit ${limit}`).toEqual(
        same
          .search('budget review')
          .slice(0, limit)
          .map((r) => ({ id: String(r.id), score: r.score, terms: new Set(r.terms) })),
      );
  });

  it('finds most of the journal for a common word, and keeps only the page asked for', () => {
    expect(mini.search('budget').length).toBeGreaterThan(300);
    expect(bestMatches(mini, 'budget', 'AND', 50)).toHaveLength(50);
  });

  const entries = docs.map((d, i) =>
    entry(d.id, d.title, d.text, d.tags.split(' ').filter(Boolean), String(2000 + (i % 5))),
  );

  it('answers from a saved index read in pieces as from the whole one, search after search', () => {
    // Entries removed since the index was made leave gaps in its tables of documents, and their
    // postings stay. (Each answer is compared with a live index that has not searched yet.)
    const removed = ['e3', 'e50', 'e51', 'e599'];
    const live = () => {
      const index = indexOf(...entries);
      for (const id of removed) index.remove(id);
      return index;
    };
    const { pieces, blocks } = restored(live(), entries);
    for (const q of [...queries, 'e3', 'budget zebra'])
      for (const limit of [1, 50, 1000])
        expect(pieces.search(q, limit), q).toEqual(live().search(q, limit));
    // Still read in pieces: the searches decoded only the blocks of their words.
    expect(pieces.isPartial()).toBe(true);
    expect(pieces.blocksRead()).toBeLessThan(blocks);
  });

  it('scores from the postings, saved or live, without MiniSearch’s own search or a MiniSearch made per search', () => {
    const loadJS = vi.spyOn(MiniSearch, 'loadJS');
    const executeQuery = vi.spyOn(MiniSearch.prototype as unknown as Matches, 'executeQuery');
    try {
      const live = indexOf(...entries);
      const { pieces } = restored(live, entries);
      for (const q of queries) expect(pieces.search(q, 50)).toEqual(live.search(q, 50));
      expect(pieces.search('budget', 50)).toHaveLength(50);
      expect(loadJS).not.toHaveBeenCalled();
      expect(executeQuery).not.toHaveBeenCalled();
    } finally {
      loadJS.mockRestore();
      executeQuery.mockRestore();
    }
  });

  it('searches for the first 32 words of a longer query, read in pieces or whole', () => {
    const words = Array.from({ length: 40 }, (_, i) => (i < 32 ? 'zzz' + i : 'budget'));
    const long = ['calm', ...words].join(' ');
    const first32 = ['calm', ...words.slice(0, 31)].join(' ');
    const whole = indexOf(...entries);
    const { pieces } = restored(indexOf(...entries), entries);
    const expected = whole.search(first32, 20);
    expect(expected.length).toBeGreaterThan(0);
    expect([...expected[0].terms]).toEqual(['calm']);
    expect(whole.search(long, 20)).toEqual(expected);
    expect(pieces.search(long, 20)).toEqual(expected);
  });

  it('refuses a saved index whose postings or tables cannot be read (it is then rebuilt)', () => {
    const damaged = restored(indexOf(...entries), entries, (postings) =>
      postings.map((p) => ({ ...p, 1: { 3: 'three' } })),
    ).pieces;
    expect(() => damaged.search('budget', 10)).toThrow(/cannot be read/);
    const notObjects = restored(indexOf(...entries), entries, (postings) =>
      postings.map(() => ({ 1: 7 })),
    ).pieces;
    expect(() => notObjects.search('budget', 10)).toThrow(/cannot be read/);
    const whole = indexOf(...entries).toJSON() as unknown as Record<string, unknown>;
    const { index: _postings, ...documents } = whole;
    expect(() =>
      createJournalSearchIndex().restoreSaved(
        {
          documents: { ...documents, fieldIds: 'none', documentIds: {} },
          terms: [],
          blockEnd: [],
          block: () => null,
        },
        [],
      ),
    ).toThrow();
  });
});

/** MiniSearch 7's own scoring, which the journal's searches no longer call. */
interface Matches {
  executeQuery(query: string): unknown;
}

/**
 * `live`'s index saved and restored in pieces (two terms a block), as at unlock; `damage` may
 * change what a block gives.
 */
function restored(
  live: JournalSearchIndex,
  entries: IndexedEntry[],
  damage: (postings: Record<string, unknown>[]) => Record<string, unknown>[] = (p) => p,
): { pieces: JournalSearchIndex; blocks: number } {
  const { index, ...documents } = live.toJSON() as unknown as {
    index: [string, Record<string, unknown>][];
    documentIds: Record<string, string>;
  };
  const blockEnd: number[] = [];
  for (let end = 2; end < index.length; end += 2) blockEnd.push(end);
  blockEnd.push(index.length);
  const pieces = createJournalSearchIndex();
  pieces.restoreSaved(
    {
      documents,
      terms: index.map(([term]) => term),
      blockEnd,
      block: (b) => damage(index.slice(b > 0 ? blockEnd[b - 1] : 0, blockEnd[b]).map(([, p]) => p)),
    },
    [...new Set(entries.map((e) => e.year))].map((year) => ({
      year,
      source: null,
      entries: () => entries.filter((e) => e.year === year),
    })),
  );
  return { pieces, blocks: blockEnd.length };
}
