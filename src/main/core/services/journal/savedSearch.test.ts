import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import type { SealedPieces } from '../../vault/derivedFiles';
import { decodeSavedIndex, encodeSavedIndex, type SavedPart } from './savedIndex';
import {
  createJournalSearchIndex,
  type IndexedEntry,
  type JournalSearchIndex,
} from './searchIndex';

/** A small deterministic pseudo-random generator, so the corpus is the same at every run. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const SYLLABLES = [
  'bu',
  'dget',
  'ro',
  'ad',
  'map',
  'feed',
  'back',
  'mi',
  'gra',
  'tion',
  'ré',
  'vue',
  'ca',
  'fé',
  'plan',
  'hire',
  'trust',
  'ear',
  'ly',
  'post',
  'mor',
  'tem',
  'zu',
  'rich',
];

/** Three hundred entries over twelve months, words drawn from a few hundred made-up ones. */
function corpus(): IndexedEntry[] {
  const next = random(42);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)];
  const words = Array.from({ length: 400 }, () =>
    Array.from({ length: 1 + Math.floor(next() * 3) }, () => pick(SYLLABLES)).join(''),
  );
  // A few words every test query relies on.
  words.push('budget', 'roadmap', 'feedback', 'migration', 'trust', 'early', 'postmortem');
  const sentence = (n: number) => Array.from({ length: n }, () => pick(words)).join(' ');
  return Array.from({ length: 300 }, (_, i) => ({
    id: `entry-${i}`,
    year: `2025-${String((i % 12) + 1).padStart(2, '0')}`,
    title: sentence(1 + Math.floor(next() * 4)),
    text: sentence(20 + Math.floor(next() * 120)),
    tags: next() < 0.3 ? [pick(words)] : [],
  }));
}

/** Pieces as they are, unsealed (sealing is the derived files' business). */
function plainPieces(pieces: Buffer[]): SealedPieces {
  const view: SealedPieces = {
    count: pieces.length,
    open: (i) => (pieces[i] ? Buffer.from(pieces[i]) : null),
    loadAll: async () => true,
    keepFrom: () => view,
  };
  return view;
}

function byPartOf(entries: IndexedEntry[]): Map<string, IndexedEntry[]> {
  const out = new Map<string, IndexedEntry[]>();
  for (const e of entries) out.set(e.year, [...(out.get(e.year) ?? []), e]);
  return out;
}

function freshIndex(entries: IndexedEntry[]): JournalSearchIndex {
  const index = createJournalSearchIndex();
  const byPart = byPartOf(entries);
  for (const [part, list] of byPart) index.setYear(part, {}, list);
  return index;
}

/** The fresh index saved with small blocks, and read back in pieces as at unlock. */
function savedCopy(entries: IndexedEntry[]): { index: JournalSearchIndex; blocks: number } {
  const fresh = freshIndex(entries);
  const byPart = byPartOf(entries);
  const parts: SavedPart[] = [...byPart].map(([part, list]) => ({
    part,
    version: `v-${part}`,
    indexed: true,
    entries: list.map((e) => ({
      part,
      text: e.text,
      summary: {
        id: e.id,
        date: `${part}-01`,
        title: e.title,
        tags: e.tags,
        leaderId: null,
        mood: null,
        excerpt: '',
        updatedAt: '2025-01-01T00:00:00.000Z',
      },
    })),
  }));
  const pieces = encodeSavedIndex(parts, fresh.toJSON(), {
    blockBytes: 2048,
    textBlockBytes: 4096,
  });
  const dictionary = decodeSavedIndex(plainPieces(pieces))?.dictionary();
  if (!dictionary) throw new Error('the saved index did not read back');
  const index = createJournalSearchIndex();
  index.restoreSaved(
    dictionary,
    [...byPart].map(([part, list]) => ({ year: part, source: {}, entries: () => list })),
  );
  return { index, blocks: dictionary.blockEnd.length };
}

const QUERIES = [
  'budget',
  'bud',
  'roadm',
  'feedbak',
  'migrtion',
  'postmortm',
  'trust early',
  'budget roadmap',
  'cafe',
  'café',
  'zurich',
  're',
  'x',
  'nothingsuchhere',
  'feedback zzzunknown',
];

const ranked = (index: JournalSearchIndex, query: string) =>
  index.search(query, 50).map((m) => ({ id: m.id, score: m.score, terms: [...m.terms].sort() }));

function expectSameResults(a: ReturnType<typeof ranked>, b: ReturnType<typeof ranked>): void {
  expect(a.map((r) => r.id)).toEqual(b.map((r) => r.id));
  a.forEach((r, i) => {
    expect(r.score).toBeCloseTo(b[i].score, 9);
    expect(r.terms).toEqual(b[i].terms);
  });
}

describe('the saved search index read in pieces', () => {
  const entries = corpus();

  it('ranks every kind of query exactly as a freshly built index does', () => {
    const fresh = freshIndex(entries);
    const { index, blocks } = savedCopy(entries);
    expect(blocks).toBeGreaterThan(10);
    for (const query of QUERIES) {
      const expected = ranked(fresh, query);
      expectSameResults(ranked(index, query), expected);
    }
    // The test covers matches of every kind, and queries that find nothing.
    expect(ranked(fresh, 'feedbak').length).toBeGreaterThan(0);
    expect(ranked(fresh, 'trust early').length).toBeGreaterThan(0);
    expect(ranked(fresh, 'nothingsuchhere')).toEqual([]);
    expect(index.isPartial()).toBe(true);
  });

  it('decrypts only the postings blocks of the terms a search matches', () => {
    const { index, blocks } = savedCopy(entries);
    expect(index.blocksRead()).toBe(0);
    index.search('budget', 50);
    // The word and the words it starts lie in one or two blocks of consecutive terms.
    const afterOne = index.blocksRead();
    expect(afterOne).toBeGreaterThan(0);
    expect(afterOne).toBeLessThanOrEqual(2);
    // The same search again reads nothing more; a word that is nowhere reads nothing.
    index.search('budget', 50);
    index.search('qqqqqqqqqqqqqqqq', 50);
    expect(index.blocksRead()).toBe(afterOne);
    expect(afterOne).toBeLessThan(blocks);
  });

  it('holds changes made before it is whole and applies them when loaded', async () => {
    const { index, blocks } = savedCopy(entries);
    const changed = { ...entries[0], title: 'Zeppelin hangar', text: 'An airship moored here.' };
    index.upsert(changed);
    index.remove(entries[1].id);
    expect(index.needsFull()).toBe(true);
    await index.loadFull(async () => undefined);
    expect(index.isPartial()).toBe(false);
    expect(index.blocksRead()).toBe(blocks);

    // As a whole index in memory would be after the same changes.
    const fresh = freshIndex(entries);
    fresh.upsert(changed);
    fresh.remove(entries[1].id);
    for (const query of [...QUERIES, 'zeppelin', 'airship']) {
      expectSameResults(ranked(index, query), ranked(fresh, query));
    }
    expect(index.search('zeppelin', 50).map((m) => m.id)).toEqual([entries[0].id]);
  });

  it('relies on what MiniSearch 7 serialises (fails loudly if a new version changes it)', () => {
    expect(MiniSearch.name).toBe('MiniSearch');
    const json = freshIndex(entries.slice(0, 3)).toJSON();
    expect(json.serializationVersion).toBe(2);
    expect(Object.keys(json).sort()).toEqual(
      [
        'averageFieldLength',
        'dirtCount',
        'documentCount',
        'documentIds',
        'fieldIds',
        'fieldLength',
        'index',
        'nextId',
        'serializationVersion',
        'storedFields',
      ].sort(),
    );
  });
});
