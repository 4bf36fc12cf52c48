import { describe, expect, it } from 'vitest';
import type { JournalEntry } from '../../../../shared/domain/journal';
import type { ShardHandle } from '../../vault/store';
import {
  type CatalogEntry,
  type SavedPartEntries,
  catalogEntry,
  createJournalCatalog,
} from './journalCatalog';
import type { JournalShardData } from './journalShard';

describe('the journal catalog', () => {
  const entry = {
    id: 'e1',
    date: '2026-03-10',
    title: '',
    tags: [],
    leaderId: null,
    mood: null,
    createdAt: '2026-03-10T09:00:00.000Z',
    updatedAt: '2026-03-10T09:00:00.000Z',
    body: {
      type: 'doc',
      content: [
        {
          type: 'heading',
          attrs: { level: 2 },
          content: [{ type: 'text', text: 'What happened' }],
        },
        { type: 'paragraph', content: [{ type: 'text', text: 'Dana was decisive.' }] },
        { type: 'paragraph', content: [{ type: 'text', text: 'Next: the budget.' }] },
      ],
    },
  };

  it('keeps an entry’s blocks apart in its excerpt: a heading never runs into the text after it', () => {
    const { excerpt } = catalogEntry('2026', entry).summary;
    expect(excerpt).toBe('What happened · Dana was decisive. · Next: the budget.');
  });

  describe('parts taken from the saved catalog', () => {
    const make = (id: string, date: string, updatedAt = `${date}T09:00:00.000Z`): JournalEntry => ({
      ...entry,
      id,
      date,
      title: `Entry ${id}`,
      updatedAt,
    });
    /** A saved part whose entries count how often they are read. */
    const saved = (part: string, entries: JournalEntry[] | null) => {
      let reads = 0;
      const list: CatalogEntry[] | null = entries && entries.map((e) => catalogEntry(part, e));
      const p: SavedPartEntries & { reads: () => number } = {
        ids: (entries ?? []).map((e) => e.id),
        entries: () => {
          reads++;
          return list;
        },
        reads: () => reads,
      };
      return p;
    };
    const shards = new Map<string, JournalShardData>();
    const open = async (part: string): Promise<ShardHandle<JournalShardData>> =>
      ({ data: shards.get(part) ?? { entries: [] } }) as unknown as ShardHandle<JournalShardData>;
    const catalogOf = () =>
      createJournalCatalog(
        open,
        () => [...shards.keys()],
        (part) => ({
          version: `v-${part}`,
          data: shards.get(part),
        }),
      );

    it('reads a part’s entries only when one of them is first needed, and once', () => {
      const catalog = catalogOf();
      const march = saved('2026-03', [make('a', '2026-03-01'), make('b', '2026-03-02')]);
      const april = saved('2026-04', [make('c', '2026-04-01')]);
      expect(catalog.adopt('2026-03', 'v-2026-03', march)).not.toBeNull();
      expect(catalog.adopt('2026-04', 'v-2026-04', april)).not.toBeNull();
      // Where each entry lives is known at once; nothing was read.
      expect(catalog.locate('c')).toBe('2026-04');
      expect(march.reads() + april.reads()).toBe(0);
      expect(catalog.get('c')?.summary.title).toBe('Entry c');
      expect(catalog.get('c')?.summary.title).toBe('Entry c');
      expect([april.reads(), march.reads()]).toEqual([1, 0]);
      expect([...catalog.partEntries('2026-03')].map((c) => c.summary.id)).toEqual(['a', 'b']);
      expect(march.reads()).toBe(1);
    });

    it('does not bring back an entry moved or deleted before its part was read', () => {
      const catalog = catalogOf();
      const march = saved('2026-03', [make('a', '2026-03-01'), make('b', '2026-03-02')]);
      catalog.adopt('2026-03', 'v-2026-03', march);
      catalog.adopt('2026-04', 'v-2026-04', saved('2026-04', []));
      // `a` moved to April (its date changed), `b` deleted; March not read yet.
      catalog.put('2026-04', make('a', '2026-04-05'));
      catalog.drop('b');
      expect(catalog.locate('a')).toBe('2026-04');
      expect([...catalog.partEntries('2026-03')]).toEqual([]);
      expect(catalog.get('a')?.summary.date).toBe('2026-04-05');
      expect(catalog.get('b')).toBeUndefined();
    });

    it('compares at once the two copies of an entry found in two parts (the newer one stays)', async () => {
      const catalog = catalogOf();
      catalog.adopt('2026-03', 'v-2026-03', saved('2026-03', [make('a', '2026-03-01')]));
      const april = saved('2026-04', [make('a', '2026-04-01', '2026-04-02T00:00:00.000Z')]);
      catalog.adopt('2026-04', 'v-2026-04', april);
      expect(april.reads()).toBe(1);
      shards.set('2026-03', { entries: [] });
      shards.set('2026-04', { entries: [] });
      expect(await catalog.all()).toEqual([{ id: 'a', stalePart: '2026-03' }]);
      expect(catalog.get('a')?.part).toBe('2026-04');
      shards.clear();
    });

    it('reads a part again from its shard when its saved entries cannot be read', async () => {
      const catalog = catalogOf();
      const broken: SavedPartEntries = { ids: ['a'], entries: () => null };
      catalog.adopt('2026-03', 'v-2026-03', broken);
      shards.set('2026-03', { entries: [make('a', '2026-03-01')] });
      expect(catalog.get('a')).toBeUndefined();
      await catalog.ensure('2026-03');
      expect(catalog.get('a')?.summary.title).toBe('Entry a');
      shards.clear();
    });
  });
});
