import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../core';
import { createTestDeps } from '../testing/testDeps';

let core: Core;
let vaultDir: string;

beforeAll(async () => {
  const deps = await createTestDeps();
  vaultDir = join(deps.dataDir, 'vault');
  core = await createCore(deps, { checkOutput: true });
  await core.dispatch('vault:create', { passphrase: 'a long enough passphrase' });
});
afterAll(() => core.dispose());

async function ok<T>(channel: string, payload?: unknown): Promise<T> {
  const r = await core.dispatch(channel, payload);
  if (!r.ok) throw new Error(`${channel}: ${r.error.message}`);
  return r.value as T;
}

async function journalFile(): Promise<Buffer> {
  const name = (await readdir(vaultDir)).find((f) => /^journal-[\d-]+\.upw$/.test(f));
  if (!name) throw new Error('no journal shard yet');
  return readFile(join(vaultDir, name));
}

describe('"saved" means on disk', () => {
  it('vault:whenSaved resolves only once the change is in the file, and writes stay coalesced', async () => {
    const entry = await ok<{ id: string }>('journal:create', { title: 'One', date: '2026-03-02' });
    expect(await ok('vault:whenSaved')).toEqual({ saved: true, message: null });
    const before = await journalFile();

    await ok('journal:update', { id: entry.id, patch: { title: 'Two' } });
    await ok('journal:update', { id: entry.id, patch: { title: 'Three' } });
    // The calls answer once the change is in memory: the file still holds the old version.
    expect(Buffer.compare(await journalFile(), before)).toBe(0);

    const waits = [ok('vault:whenSaved'), ok('vault:whenSaved')];
    expect(await Promise.all(waits)).toEqual([
      { saved: true, message: null },
      { saved: true, message: null },
    ]);
    const after = await journalFile();
    expect(Buffer.compare(after, before)).not.toBe(0);

    // Nothing new to write: answers at once, without another write.
    expect(await ok('vault:whenSaved')).toEqual({ saved: true, message: null });
    expect(Buffer.compare(await journalFile(), after)).toBe(0);
  });
});
