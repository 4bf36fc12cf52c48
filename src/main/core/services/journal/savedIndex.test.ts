import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { plainToRichText } from '../../../../shared/domain/richtext';
import { createCore, type Core } from '../../core';
import { createTestDeps } from '../../testing/testDeps';
import { DiskStore } from '../../vault/diskStore';
import type * as DerivedModule from '../../vault/derivedFiles';
import { journalShard } from './journalShard';
import { decodeSavedIndex, encodeSavedIndex } from './savedIndex';

/** Derived files are read only once `held.until` has resolved (to hold the saved index back). */
const held = vi.hoisted(() => ({ until: Promise.resolve() }));
vi.mock('../../vault/derivedFiles', async (importOriginal) => {
  const real = await importOriginal<typeof DerivedModule>();
  return {
    ...real,
    createDerivedFiles: (env: Parameters<typeof real.createDerivedFiles>[0]) => {
      const files = real.createDerivedFiles(env);
      return {
        ...files,
        read: async (name: string) => {
          await held.until;
          return files.read(name);
        },
      };
    },
  };
});
afterEach(() => {
  held.until = Promise.resolve();
});

const PASSPHRASE = 'a saved index passphrase';
const temps: string[] = [];
afterAll(async () => {
  await Promise.all(temps.map((d) => rm(d, { recursive: true, force: true })));
});

async function newCore(dataDir: string, computerName: string): Promise<Core> {
  return createCore(await createTestDeps({ dataDir, computerName }), { checkOutput: true });
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
    const index = { documentCount: 0, nextId: 0, serializationVersion: 2, index: [] };
    const opened = decodeSavedIndex(encodeSavedIndex(parts, index));
    const plain = opened?.parts.map((p) => ({
      ...p,
      entries: p.entries.map((e) => ({ part: e.part, text: e.text, summary: e.summary })),
    }));
    expect(plain).toEqual(parts);
    expect(opened?.index()).toEqual(index);
    expect(decodeSavedIndex(Buffer.from('junk'))).toBeNull();
    // A catalog that reads but an index that does not: the index is refused when it is asked for.
    expect(decodeSavedIndex(encodeSavedIndex(parts, { nope: true }))?.index()).toBeNull();
  });
});
