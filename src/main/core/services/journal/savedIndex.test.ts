import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { plainToRichText } from '../../../../shared/domain/richtext';
import { createCore, type Core } from '../../core';
import { createTestDeps } from '../../testing/testDeps';
import { DiskStore } from '../../vault/diskStore';
import { decodeSavedIndex, encodeSavedIndex } from './savedIndex';

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
    expect(decodeSavedIndex(encodeSavedIndex(parts, index))?.parts).toEqual(parts);
    expect(decodeSavedIndex(Buffer.from('junk'))).toBeNull();
    const bytes = encodeSavedIndex(parts, { nope: true });
    expect(decodeSavedIndex(bytes)).toBeNull();
  });
});
