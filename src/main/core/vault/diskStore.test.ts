import { readdir } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { ShardDef } from './store';
import { createFaultyFs } from './testing/faultyFs';
import { PASSPHRASE, makeUnlockedVault, makeVault, notesDef } from './testing/harness';

const journalDef: ShardDef<{ entries: { id: string; text: string }[] }> = {
  kind: 'journal',
  version: 1,
  schema: z.object({ entries: z.array(z.object({ id: z.string(), text: z.string() })) }),
  init: () => ({ entries: [] }),
};

describe('encrypted shard store', () => {
  it('coalesces a burst of keystrokes into one write, on disk within a second', async () => {
    const faulty = createFaultyFs();
    const t = await makeUnlockedVault({ fs: faulty.fs });
    const h = await t.vault.store().open(notesDef, '2026');
    const writesBefore = faulty.calls.filter(
      (c) => c.op === 'writeDurable' && c.path.includes('notes-2026'),
    ).length;
    const started = Date.now();
    for (let i = 0; i < 50; i++) h.change((d) => (d.notes[0] = { id: 'a', text: 'x'.repeat(i) }));
    // A second instance reading the folder sees the change within a second, without any flush.
    const reader = await makeVault({ dataDir: t.deps.dataDir });
    let seen = '';
    while (Date.now() - started < 1000) {
      await new Promise((r) => setTimeout(r, 50));
      if ((await readdir(t.dir)).includes('notes-2026.upw')) {
        await t.vault.lock('user');
        await reader.vault.handlers.unlock({ method: 'passphrase', secret: PASSPHRASE });
        seen = (await reader.vault.store().open(notesDef, '2026')).data.notes[0].text;
        break;
      }
    }
    expect(Date.now() - started).toBeLessThan(1000);
    expect(seen).toBe('x'.repeat(49));
    const writes =
      faulty.calls.filter((c) => c.op === 'writeDurable' && c.path.includes('notes-2026')).length -
      writesBefore;
    expect(writes).toBe(1);
    await reader.vault.dispose();
    await t.vault.dispose();
  });

  it('unlocks without loading any shard; each loads when first opened, older parts on demand', async () => {
    const t = await makeUnlockedVault();
    for (const year of ['2024', '2025', '2026']) {
      (await t.vault.store().open(journalDef, year)).change((d) =>
        d.entries.push({ id: year, text: `entry of ${year}` }),
      );
    }
    await t.vault.lock('user');
    await t.vault.handlers.unlock({ method: 'passphrase', secret: PASSPHRASE });
    expect(t.vault.loadedShards()).toEqual(['manifest']);
    expect(t.vault.store().parts('journal')).toEqual(['2024', '2025', '2026']);
    const current = await t.vault.store().open(journalDef, '2026');
    expect(current.data.entries[0].text).toBe('entry of 2026');
    expect(t.vault.loadedShards()).toEqual(['manifest', 'journal-2026']);
    expect((await t.vault.store().open(journalDef, '2024')).data.entries[0].text).toBe(
      'entry of 2024',
    );
    await t.vault.dispose();
  });

  it('opening the same shard twice gives the same document', async () => {
    const t = await makeUnlockedVault();
    const [a, b] = await Promise.all([
      t.vault.store().open(notesDef),
      t.vault.store().open(notesDef),
    ]);
    a.change((d) => d.notes.push({ id: '1', text: 'one' }));
    expect(b.data.notes).toHaveLength(1);
    await t.vault.dispose();
  });

  it('a shard file written without its manifest entry (crash in between) is listed again at unlock', async () => {
    const faulty = createFaultyFs();
    const t = await makeUnlockedVault({ fs: faulty.fs });
    // The manifest write fails for good: only the journal shard reaches the disk.
    faulty.inject({ op: 'writeDurable', code: 'EIO', match: (p) => p.includes('manifest.upw') });
    (await t.vault.store().open(journalDef, '2025')).change((d) =>
      d.entries.push({ id: 'x', text: 'saved' }),
    );
    await t.vault.store().flush();
    expect(await readdir(t.dir)).toContain('journal-2025.upw');
    // The app goes away before the manifest reaches the disk, as after a crash between the writes.
    await t.vault.dispose();
    const fresh = await makeVault({ dataDir: t.deps.dataDir });
    await fresh.vault.handlers.unlock({ method: 'passphrase', secret: PASSPHRASE });
    expect(fresh.vault.store().parts('journal')).toEqual(['2025']);
    expect((await fresh.vault.store().open(journalDef, '2025')).data.entries[0].text).toBe('saved');
    await fresh.vault.dispose();
  });

  it('refuses shard kinds that would clash with file names or the manifest', async () => {
    const t = await makeUnlockedVault();
    await expect(t.vault.store().open({ ...notesDef, kind: 'manifest' })).rejects.toThrow(
      /Invalid shard kind/,
    );
    await expect(t.vault.store().open({ ...notesDef, kind: '../x' })).rejects.toThrow(
      /Invalid shard kind/,
    );
    await expect(t.vault.store().open(notesDef, '2026/..')).rejects.toThrow(/Invalid shard part/);
    await t.vault.dispose();
  });
});
