import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { plainToRichText } from '../../../../shared/domain/richtext';
import { createCore, type Core } from '../../core';
import { createTestDeps } from '../../testing/testDeps';
import { DiskStore } from '../../vault/diskStore';
import { nodeVaultFs } from '../../vault/vaultFs';
import type * as DerivedModule from '../../vault/derivedFiles';
import type { DerivedFiles, SealedPieces } from '../../vault/derivedFiles';
import { journalShard } from './journalShard';
import { decodeSavedIndex, encodeSavedIndex } from './savedIndex';

/**
 * Derived files are read only once `held.until` has resolved (to hold the saved index back); the
 * start of every piece decrypted is noted in `opened`.
 */
const held = vi.hoisted(() => ({ until: Promise.resolve(), opened: [] as string[] }));
vi.mock('../../vault/derivedFiles', async (importOriginal) => {
  const real = await importOriginal<typeof DerivedModule>();
  return {
    ...real,
    createDerivedFiles: (env: Parameters<typeof real.createDerivedFiles>[0]) => {
      const files = real.createDerivedFiles(env);
      return {
        ...files,
        readPieces: async (name: string, eager?: number) => {
          await held.until;
          const pieces = await files.readPieces(name, eager);
          const noted = (p: SealedPieces): SealedPieces => ({
            ...p,
            open(i) {
              const bytes = p.open(i);
              if (bytes) held.opened.push(bytes.subarray(0, 8).toString('latin1'));
              return bytes;
            },
            keepFrom: (from) => noted(p.keepFrom(from)),
          });
          return pieces && noted(pieces);
        },
      };
    },
  };
});
afterEach(() => {
  held.until = Promise.resolve();
  held.opened = [];
});

/** How many parts' summaries pieces were decrypted (each starts with its `date` column). */
const summaryPiecesOpened = (): number => held.opened.filter((s) => s.startsWith('{"date"')).length;

const PASSPHRASE = 'a saved index passphrase';
const temps: string[] = [];
afterAll(async () => {
  await Promise.all(temps.map((d) => rm(d, { recursive: true, force: true })));
});

/** The real ranged read, kept before it is spied on. */
const readRangeOf = nodeVaultFs.readRange.bind(nodeVaultFs);

async function newCore(dataDir: string, computerName: string): Promise<Core> {
  return createCore(await createTestDeps({ dataDir, computerName }), { checkOutput: true });
}

/** A new vault on the computer `desk`, with its derived files. */
async function newVaultOnDesk(): Promise<{ dataDir: string; core: Core; derived: DerivedFiles }> {
  const dataDir = await mkdtemp(join(tmpdir(), 'upward-pieces-'));
  temps.push(dataDir);
  const core = await newCore(dataDir, 'desk');
  await core.handlers.vault.create({ passphrase: PASSPHRASE });
  const derived = core.vault.store().derived;
  if (!derived) throw new Error('expected derived files');
  return { dataDir, core, derived };
}

/** A vault with entries in three months, its index saved on the computer `desk`. */
async function vaultWithSavedIndex(): Promise<{ dataDir: string; ids: string[] }> {
  const dataDir = await mkdtemp(join(tmpdir(), 'upward-saved-index-'));
  temps.push(dataDir);
  const core = await newCore(dataDir, 'desk');
  await core.handlers.vault.create({ passphrase: PASSPHRASE });
  const ids: string[] = [];
  for (const [date, title, body] of [
    ['2026-01-12', 'Budget review', 'We went through the hiring budget line by line.'],
    ['2026-02-03', 'Roadmap', 'The roadmap moves the launch to spring.'],
    ['2026-03-09', 'Feedback', 'Clear feedback about the incident postmortem.'],
  ]) {
    const e = await core.handlers.journal.create({ date, title, body: plainToRichText(body) });
    ids.push(e.id);
  }
  await core.handlers.journal.search({ query: 'budget', limit: 50 });
  expect(await core.journal.saveIndex()).toBe(true);
  await core.dispose();
  return { dataDir, ids };
}

/** Pieces as they are, unsealed (the sealing itself is the derived files' business). */
function plainPieces(pieces: Buffer[]): SealedPieces {
  const copy = pieces.map((p) => Buffer.from(p));
  const view: SealedPieces = {
    count: copy.length,
    open: (i) => (copy[i] ? Buffer.from(copy[i]) : null),
    loadAll: async () => true,
    keepFrom: () => view,
  };
  return view;
}

/** The journal shards the core has read from disk since unlock. */
const journalShardsRead = (core: Core): string[] => {
  const store = core.vault.store();
  if (!(store instanceof DiskStore)) throw new Error('expected the disk store');
  return store
    .loaded()
    .filter((n) => n.startsWith('journal-'))
    .sort();
};

const titles = async (core: Core, query: string): Promise<string[]> =>
  (await core.handlers.journal.search({ query, limit: 50 })).hits.map((h) => h.entry.title);

describe('the saved search index', () => {
  it('is kept encrypted per computer under derived/, and reused at the next unlock without reading the journal', async () => {
    const { dataDir } = await vaultWithSavedIndex();
    const file = join(dataDir, 'vault', 'derived', 'desk', 'journal-index.upw');
    const bytes = await readFile(file);
    expect(bytes.includes(Buffer.from('hiring budget'))).toBe(false);

    const core = await newCore(dataDir, 'desk');
    await core.handlers.vault.unlock({ method: 'passphrase', secret: PASSPHRASE });
    expect(await titles(core, 'budgt')).toEqual(['Budget review']);
    const [hit] = (await core.handlers.journal.search({ query: 'postmortem', limit: 50 })).hits;
    expect(hit.snippet).toContain('incident postmortem');
    expect((await core.handlers.journal.list({})).entries.map((e) => e.title)).toEqual([
      'Feedback',
      'Roadmap',
      'Budget review',
    ]);
    expect(journalShardsRead(core)).toEqual([]);
    await core.dispose();
  });

  it('rebuilds only the parts whose shard changed since it was saved', async () => {
    const { dataDir, ids } = await vaultWithSavedIndex();
    const file = join(dataDir, 'vault', 'derived', 'desk', 'journal-index.upw');
    const older = await readFile(file);

    // An edit saved to the February shard; then the index file is put back as it was before.
    const core = await newCore(dataDir, 'desk');
    await core.handlers.vault.unlock({ method: 'passphrase', secret: PASSPHRASE });
    await core.handlers.journal.update({ id: ids[1], patch: { title: 'Zeppelin plans' } });
    await core.dispose();
    await writeFile(file, older);

    const again = await newCore(dataDir, 'desk');
    await again.handlers.vault.unlock({ method: 'passphrase', secret: PASSPHRASE });
    expect(await titles(again, 'zeppelin')).toEqual(['Zeppelin plans']);
    expect(await titles(again, 'roadmap')).toEqual(['Zeppelin plans']);
    expect(await titles(again, 'budget')).toEqual(['Budget review']);
    expect(journalShardsRead(again)).toEqual(['journal-2026-02']);
    await again.dispose();
  });

  it('is rebuilt from the shards when missing, unreadable or another computer’s', async () => {
    const { dataDir } = await vaultWithSavedIndex();
    const derived = join(dataDir, 'vault', 'derived');

    // Another computer never reads desk's folder: it builds and saves its own.
    const laptop = await newCore(dataDir, 'laptop');
    await laptop.handlers.vault.unlock({ method: 'passphrase', secret: PASSPHRASE });
    expect(await titles(laptop, 'roadmap')).toEqual(['Roadmap']);
    expect(journalShardsRead(laptop)).toHaveLength(3);
    await laptop.dispose();
    expect((await readdir(derived)).sort()).toEqual(['desk', 'laptop']);

    // A damaged file on this computer: rebuilt, and the search still answers.
    await writeFile(join(derived, 'desk', 'journal-index.upw'), Buffer.from('not an index'));
    const desk = await newCore(dataDir, 'desk');
    await desk.handlers.vault.unlock({ method: 'passphrase', secret: PASSPHRASE });
    expect(await titles(desk, 'feedback')).toEqual(['Feedback']);
    await desk.dispose();

    // No derived folder at all.
    await rm(derived, { recursive: true });
    const fresh = await newCore(dataDir, 'desk');
    await fresh.handlers.vault.unlock({ method: 'passphrase', secret: PASSPHRASE });
    expect(await titles(fresh, 'launch')).toEqual(['Roadmap']);
    await fresh.dispose();
  });

  it('seals each piece on its own: a piece opens only in its own file and place', async () => {
    const { dataDir, core, derived } = await newVaultOnDesk();
    const pieces = ['alpha piece', 'bravo piece', 'third piece'].map((t) => Buffer.from(t));
    expect(await derived.writePieces('pieces-test', pieces)).toBe(true);
    const file = join(dataDir, 'vault', 'derived', 'desk', 'pieces-test.upw');
    const bytes = await readFile(file);
    expect(bytes.includes(Buffer.from('bravo piece'))).toBe(false);
    const read = await derived.readPieces('pieces-test');
    expect([0, 1, 2].map((i) => read?.open(i)?.toString())).toEqual([
      'alpha piece',
      'bravo piece',
      'third piece',
    ]);
    expect(read?.open(3)).toBeNull();
    // Only the texts kept: earlier pieces no longer open.
    const kept = read?.keepFrom(2);
    expect(kept?.open(2)?.toString()).toBe('third piece');
    expect(kept?.open(1)).toBeNull();

    // The first two pieces (same length) swapped on disk: neither opens, the third still does.
    const lengths = 4 + 16 + 4 + 4 * 3;
    const size = bytes.readUInt32BE(4 + 16 + 4);
    const swapped = Buffer.concat([
      bytes.subarray(0, lengths),
      bytes.subarray(lengths + size, lengths + 2 * size),
      bytes.subarray(lengths, lengths + size),
      bytes.subarray(lengths + 2 * size),
    ]);
    await writeFile(file, swapped);
    const moved = await derived.readPieces('pieces-test');
    expect([0, 1, 2].map((i) => moved?.open(i)?.toString() ?? null)).toEqual([
      null,
      null,
      'third piece',
    ]);
    // Another file's pieces do not open under this name.
    await writeFile(join(dataDir, 'vault', 'derived', 'desk', 'other.upw'), bytes);
    expect((await derived.readPieces('other'))?.open(0)).toBeNull();
    await core.dispose();
  });

  it('reads a file of pieces as needed: the first ones at once, any other when opened, the rest in one go', async () => {
    const { dataDir, core, derived } = await newVaultOnDesk();
    // Pieces larger than what is read first with the layout.
    const pieces = ['alpha', 'bravo', 'charlie', 'delta'].map((t) => Buffer.from(t.repeat(30_000)));
    expect(await derived.writePieces('lazy-test', pieces)).toBe(true);
    const file = join(dataDir, 'vault', 'derived', 'desk', 'lazy-test.upw');
    const bytes = await readFile(file);
    const text = (p: Buffer | null | undefined): string | null => p?.toString().slice(0, 7) ?? null;

    // Read with two pieces at once: with the file gone, those two still open, the others not.
    const eager = await derived.readPieces('lazy-test', 2);
    await rm(file);
    expect([0, 1, 2, 3].map((i) => text(eager?.open(i)))).toEqual([
      'alphaal',
      'bravobr',
      null,
      null,
    ]);
    // A piece not read yet is read when opened.
    await writeFile(file, bytes);
    expect(text(eager?.open(3))).toBe('deltade');
    // The whole rest in one go: nothing more is read from the file after.
    expect(await eager?.loadAll()).toBe(true);
    await rm(file);
    expect([0, 1, 2, 3].map((i) => text(eager?.open(i)))).toEqual([
      'alphaal',
      'bravobr',
      'charlie',
      'deltade',
    ]);
    // Kept from the third piece on: a copy of those bytes only.
    const kept = eager?.keepFrom(2);
    expect([1, 2, 3].map((i) => text(kept?.open(i)))).toEqual([null, 'charlie', 'deltade']);

    // A file written again meanwhile (another file id): its pieces do not open in the old read.
    await writeFile(file, bytes);
    const old = await derived.readPieces('lazy-test', 1);
    expect(await derived.writePieces('lazy-test', pieces)).toBe(true);
    expect(text(old?.open(0))).toBe('alphaal');
    expect(old?.open(2)).toBeNull();
    expect(await old?.loadAll()).toBe(true);
    expect(old?.open(3)).toBeNull();
    // A file cut short is not one.
    await writeFile(file, bytes.subarray(0, bytes.length - 10));
    expect(await derived.readPieces('lazy-test', 1)).toBeNull();
    // One that claims more pieces than its size could hold, too.
    const claims = Buffer.from(bytes);
    claims.writeUInt32BE(0xffffffff, 4 + 16);
    await writeFile(file, claims);
    expect(await derived.readPieces('lazy-test', 1)).toBeNull();
    await core.dispose();
  });

  it('answers the first search after unlock without reading the saved file whole; the rest is read once in the background', async () => {
    const { dataDir } = await vaultWithSavedIndex();
    // Long entries: texts far beyond what is read first with the file's layout.
    const writer = await newCore(dataDir, 'desk');
    await writer.handlers.vault.unlock({ method: 'passphrase', secret: PASSPHRASE });
    for (let i = 0; i < 4; i++) {
      const body = `Quarterly notes ${i}. `.repeat(2_000);
      await writer.handlers.journal.create({
        date: `2026-04-0${i + 1}`,
        title: `Notes ${i}`,
        body: plainToRichText(body),
      });
    }
    await writer.journal.ready();
    expect(await writer.journal.saveIndex()).toBe(true);
    await writer.dispose();
    const file = join(dataDir, 'vault', 'derived', 'desk', 'journal-index.upw');
    const size = (await readFile(file)).length;
    expect(size).toBeGreaterThan(100_000);
    const reads: { end: number }[] = [];
    const onFile = (path: string): boolean => path === file;
    const ranged = vi.spyOn(nodeVaultFs, 'readRange');
    ranged.mockImplementation(async (path, offset, length) => {
      const bytes = await readRangeOf(path, offset, length);
      if (onFile(path)) reads.push({ end: offset + bytes.length });
      return bytes;
    });
    const whole = vi.spyOn(nodeVaultFs, 'readFile');
    try {
      const core = await newCore(dataDir, 'desk');
      await core.handlers.vault.unlock({ method: 'passphrase', secret: PASSPHRASE });
      expect(await titles(core, 'roadmap')).toEqual(['Roadmap']);
      // Only the layout, the catalog and the dictionary were read ahead; never the whole file.
      expect(whole.mock.calls.filter(([path]) => onFile(path))).toEqual([]);
      expect(Math.max(...reads.map((r) => r.end))).toBeLessThan(size);
      await core.journal.ready();
      // Once the first screen has been served, the rest of it in one read.
      expect(Math.max(...reads.map((r) => r.end))).toBe(size);
      expect(await titles(core, 'feedback')).toEqual(['Feedback']);
      await core.dispose();
    } finally {
      ranged.mockRestore();
      whole.mockRestore();
    }
  });

  it('rebuilds a file of an older format once, and saves it in pieces', async () => {
    const { dataDir } = await vaultWithSavedIndex();
    const core = await newCore(dataDir, 'desk');
    await core.handlers.vault.unlock({ method: 'passphrase', secret: PASSPHRASE });
    const derived = core.vault.store().derived;
    if (!derived) throw new Error('expected derived files');
    expect(await derived.readPieces('journal-index')).not.toBeNull();
    // A file as the previous format wrote it: one sealed whole.
    expect(await derived.write('journal-index', Buffer.from('{"format":2}'))).toBe(true);
    await core.dispose();

    const again = await newCore(dataDir, 'desk');
    await again.handlers.vault.unlock({ method: 'passphrase', secret: PASSPHRASE });
    expect(await titles(again, 'roadmap')).toEqual(['Roadmap']);
    expect(journalShardsRead(again)).toHaveLength(3);
    await again.journal.ready();
    const saved = await again.vault.store().derived?.readPieces('journal-index');
    expect(saved?.count).toBeGreaterThan(2);
    await again.dispose();

    // The next unlock reuses it.
    const third = await newCore(dataDir, 'desk');
    await third.handlers.vault.unlock({ method: 'passphrase', secret: PASSPHRASE });
    expect(await titles(third, 'roadmap')).toEqual(['Roadmap']);
    expect(journalShardsRead(third)).toEqual([]);
    await third.dispose();
  });

  it('answers lists and “on this day” from the saved catalog, reading no shard; without it, only that month', async () => {
    const { dataDir } = await vaultWithSavedIndex();
    const core = await newCore(dataDir, 'desk');
    await core.handlers.vault.unlock({ method: 'passphrase', secret: PASSPHRASE });
    const day = await core.handlers.journal.onThisDay({ date: '2027-02-03' });
    expect(day.map((e) => e.title)).toEqual(['Roadmap']);
    const recent = await core.handlers.journal.list({ from: '2026-03-01', to: '2026-03-31' });
    expect(recent.entries.map((e) => e.title)).toEqual(['Feedback']);
    expect(journalShardsRead(core)).toEqual([]);
    await core.dispose();

    await rm(join(dataDir, 'vault', 'derived'), { recursive: true });
    const bare = await newCore(dataDir, 'desk');
    await bare.handlers.vault.unlock({ method: 'passphrase', secret: PASSPHRASE });
    const again = await bare.handlers.journal.onThisDay({ date: '2027-02-03' });
    expect(again.map((e) => e.title)).toEqual(['Roadmap']);
    // That month's shard, and at most the newest one (read in the background at unlock for the
    // first screen, so it may or may not have been read yet); never January's.
    const read = journalShardsRead(bare);
    expect(read).toContain('journal-2026-02');
    expect(read.filter((s) => s !== 'journal-2026-03')).toEqual(['journal-2026-02']);
    await bare.dispose();
  });

  it('decrypts only the summaries of the months it shows: a search hit, a day of other years', async () => {
    const { dataDir } = await vaultWithSavedIndex();
    const core = await newCore(dataDir, 'desk');
    held.opened = [];
    await core.handlers.vault.unlock({ method: 'passphrase', secret: PASSPHRASE });
    expect(await titles(core, 'roadmap')).toEqual(['Roadmap']);
    // February's summaries only (the hit's month), not January's or March's.
    expect(summaryPiecesOpened()).toBe(1);
    expect(held.opened.length).toBeGreaterThan(1);
    const day = await core.handlers.journal.onThisDay({ date: '2027-03-09' });
    expect(day.map((e) => e.title)).toEqual(['Feedback']);
    expect(summaryPiecesOpened()).toBe(2);
    await core.journal.ready();
    // The loading after unlock reads the rest of the index, not the months' summaries.
    expect(summaryPiecesOpened()).toBe(2);
    await core.dispose();
  });

  it('finds an entry under its new words when it changed while the saved index was being loaded', async () => {
    const { dataDir, ids } = await vaultWithSavedIndex();
    const core = await newCore(dataDir, 'desk');
    // The saved file is held back until the entry's shard is open and its change is waiting.
    let release: () => void = () => undefined;
    held.until = new Promise<void>((resolve) => (release = resolve));
    await core.handlers.vault.unlock({ method: 'passphrase', secret: PASSPHRASE });
    await core.vault.store().open(journalShard, '2026-02');
    const updated = core.handlers.journal.update({
      id: ids[1],
      patch: { title: 'Zeppelin plans' },
    });
    const deleted = core.handlers.journal.delete({ id: ids[2] });
    release();
    await Promise.all([updated, deleted]);
    expect(await titles(core, 'zeppelin')).toEqual(['Zeppelin plans']);
    expect(await titles(core, 'feedback')).toEqual([]);
    expect(await titles(core, 'budget')).toEqual(['Budget review']);
    await core.dispose();
  });

  it('encodes every summary and text so they decode unchanged, and refuses what it cannot use', () => {
    const entry = (id: string, text: string) => ({
      part: '2026-01',
      text,
      summary: {
        id,
        date: '2026-01-02',
        title: `Title ${id}`,
        tags: ['win'],
        leaderId: null,
        mood: 3,
        excerpt: text.slice(0, 10),
        updatedAt: '2026-01-02T10:00:00.000Z',
      },
    });
    const parts = [
      {
        part: '2026-01',
        version: 'v1',
        indexed: true,
        entries: [entry('a', 'Zürich café — naïve 🚀 text'), entry('b', 'plain')],
      },
    ];
    const index = {
      documentCount: 2,
      nextId: 2,
      documentIds: { '0': 'a', '1': 'b' },
      serializationVersion: 2,
      index: [
        ['zurich', { '1': { '0': 1 } }],
        ['plain', { '1': { '1': 1 } }],
      ] as [string, unknown][],
    };
    const opened = decodeSavedIndex(plainPieces(encodeSavedIndex(parts, index)));
    const plain = opened?.parts.map((p) => ({
      part: p.part,
      version: p.version,
      indexed: p.indexed,
      entries: p.entries()?.map((e) => ({ part: e.part, text: e.text, summary: e.summary })),
    }));
    expect(plain).toEqual(parts);
    const dictionary = opened?.dictionary();
    // Terms in order, their postings in blocks.
    expect(dictionary?.terms).toEqual(['plain', 'zurich']);
    expect(dictionary?.documents).toEqual({
      documentCount: 2,
      nextId: 2,
      documentIds: { '0': 'a', '1': 'b' },
      serializationVersion: 2,
    });
    expect(dictionary?.block(0)).toEqual([{ '1': { '1': 1 } }, { '1': { '0': 1 } }]);
    expect(decodeSavedIndex(plainPieces([Buffer.from('junk')]))).toBeNull();
    // A catalog that reads but a dictionary that does not: refused when it is asked for.
    const pieces = encodeSavedIndex(parts, index);
    pieces[1] = Buffer.from('{"nope":true}');
    expect(decodeSavedIndex(plainPieces(pieces))?.dictionary()).toBeNull();
  });

  it('decrypts a part’s summaries only when the part is first needed, and refuses one that does not fit', () => {
    const entry = (part: string, id: string, text: string) => ({
      part,
      text,
      summary: {
        id,
        date: `${part}-02`,
        title: `Title ${id}`,
        tags: [],
        leaderId: null,
        mood: null,
        excerpt: text.slice(0, 10),
        updatedAt: `${part}-02T10:00:00.000Z`,
      },
    });
    const parts = ['2026-01', '2026-02', '2026-03'].map((part, i) => ({
      part,
      version: `v${i}`,
      indexed: true,
      entries: [
        entry(part, `${part}-a`, `First of ${part}`),
        entry(part, `${part}-b`, 'x'.repeat(i * 50)),
      ],
    }));
    const index = {
      documentCount: 0,
      nextId: 0,
      documentIds: {},
      serializationVersion: 2,
      index: [],
    };
    const encoded = encodeSavedIndex(parts, index, { textBlockBytes: 40 });
    const opened: number[] = [];
    const base = plainPieces(encoded);
    const pieces: SealedPieces = { ...base, open: (i) => (opened.push(i), base.open(i)) };
    const file = decodeSavedIndex(pieces);
    if (!file) throw new Error('expected the file to decode');
    // At open: the catalog only, with every part's ids.
    expect(opened).toEqual([0]);
    expect(file.parts.map((p) => p.ids)).toEqual(
      parts.map((p) => p.entries.map((e) => e.summary.id)),
    );
    // One part's summaries: one piece more; its texts read back as they were.
    const march = file.parts[2].entries();
    expect(opened).toHaveLength(2);
    expect(march?.map((e) => [e.summary.title, e.text])).toEqual([
      ['Title 2026-03-a', 'First of 2026-03'],
      ['Title 2026-03-b', 'x'.repeat(100)],
    ]);
    file.parts[2].entries();
    expect(opened.filter((i) => i === opened[1])).toHaveLength(1);
    expect(file.parts[0].entries()?.map((e) => e.text)).toEqual(['First of 2026-01', '']);

    // A part's piece that does not fit what the catalog says of it is refused (null), alone.
    const damaged = [...encoded];
    const partPieces = damaged
      .map((b) => b.toString())
      .flatMap((t, i) => (t.startsWith('{"date"') ? [i] : []));
    expect(partPieces).toHaveLength(3);
    damaged[partPieces[1]] = Buffer.from(
      JSON.stringify({ ...JSON.parse(damaged[partPieces[1]].toString()), textEnd: [1, 2] }),
    );
    const file2 = decodeSavedIndex(plainPieces(damaged));
    expect(file2?.parts[1].entries()).toBeNull();
    expect(file2?.parts[2].entries()).toHaveLength(2);
  });
});
