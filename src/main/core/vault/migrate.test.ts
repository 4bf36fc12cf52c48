import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { runMigrations } from './migrate';
import { readShardHeader } from './shardFormat';
import type { ShardDef } from './store';
import { PASSPHRASE, makeUnlockedVault } from './testing/harness';

/** A shard kind as it was at version 1: a flat list of titles. */
const v1: ShardDef<{ titles: string[] }> = {
  kind: 'items',
  version: 1,
  schema: z.object({ titles: z.array(z.string()) }),
  init: () => ({ titles: [] }),
};

/** The same kind at version 3: objects (v1→v2), then a done flag (v2→v3). */
const Item3 = z.object({ title: z.string(), done: z.boolean() });
const v3: ShardDef<{ items: z.infer<typeof Item3>[] }> = {
  kind: 'items',
  version: 3,
  schema: z.object({ items: z.array(Item3) }),
  init: () => ({ items: [] }),
  migrations: {
    1: (d) => ({ items: (d as { titles: string[] }).titles.map((title) => ({ title })) }),
    2: (d) => ({
      items: (d as { items: { title: string }[] }).items.map((i) => ({ ...i, done: false })),
    }),
  },
};

describe('the migration runner', () => {
  it('applies each step in order, from the stored version up to the current one', () => {
    expect(runMigrations(v3, 1, { titles: ['a'] })).toEqual({
      items: [{ title: 'a', done: false }],
    });
    expect(runMigrations(v3, 2, { items: [{ title: 'b' }] })).toEqual({
      items: [{ title: 'b', done: false }],
    });
    expect(runMigrations(v3, 3, { items: [] })).toEqual({ items: [] });
  });

  it('refuses data from a newer version, and a gap in the steps', () => {
    expect(() => runMigrations(v1, 2, {})).toThrow(/schema version 2/);
    expect(() =>
      runMigrations({ ...v3, migrations: { 1: v3.migrations![1] } }, 1, { titles: [] }),
    ).toThrow(/from schema version 2/);
  });

  it('a shard saved at an old version opens migrated; it is rewritten at the new version only when changed', async () => {
    const t = await makeUnlockedVault();
    (await t.vault.store().open(v1)).change((d) => d.titles.push('prepare the 1:1'));
    await t.vault.lock('user');
    const file = join(t.dir, 'items.upw');
    const before = await readFile(file);

    await t.vault.handlers.unlock({ method: 'passphrase', secret: PASSPHRASE });
    const h = await t.vault.store().open(v3);
    expect(h.data.items).toEqual([{ title: 'prepare the 1:1', done: false }]);
    await t.vault.store().flush();
    expect((await readFile(file)).equals(before)).toBe(true);

    h.change((d) => (d.items[0].done = true));
    await t.vault.lock('user');
    expect(readShardHeader(await readFile(file), 'items.upw').header.schema).toBe(3);
    await t.vault.handlers.unlock({ method: 'passphrase', secret: PASSPHRASE });
    expect((await t.vault.store().open(v3)).data.items).toEqual([
      { title: 'prepare the 1:1', done: true },
    ]);
    await t.vault.dispose();
  });

  it('a migration that produces data of the wrong shape stops with a clear error, leaving the file as it was', async () => {
    const t = await makeUnlockedVault();
    (await t.vault.store().open(v1)).change((d) => d.titles.push('x'));
    await t.vault.store().flush();
    const before = await readFile(join(t.dir, 'items.upw'));
    await t.vault.lock('user');
    await t.vault.handlers.unlock({ method: 'passphrase', secret: PASSPHRASE });
    const broken = { ...v3, migrations: { ...v3.migrations, 2: (d: unknown) => d } };
    await expect(t.vault.store().open(broken)).rejects.toMatchObject({
      code: 'corrupt',
      message: expect.stringContaining('items.upw'),
    });
    await t.vault.lock('user');
    expect((await readFile(join(t.dir, 'items.upw'))).equals(before)).toBe(true);
    await t.vault.dispose();
  });
});
