import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { systemClock, systemTimers } from '../platform/real';
import { encodeShard } from './shardFormat';
import { CONFLICTS_DIR, type ConflictCopy, VaultFiles } from './vaultFiles';
import { nodeVaultFs, writeAtomic } from './vaultFs';

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

async function tempDir(): Promise<string> {
  const d = await mkdtemp(join(tmpdir(), 'upward-files-'));
  dirs.push(d);
  return d;
}

const key = randomBytes(32);
function shardBytes(text: string): { bytes: Buffer; iv: string } {
  return encodeShard(
    key,
    { vaultId: 'v', name: 'notes', kind: 'notes', part: null, schema: 1 },
    Buffer.from(text),
  );
}

describe('writing over a shard file', () => {
  it('keeps aside a version another program put there since it was read, then writes ours', async () => {
    const dir = await tempDir();
    const conflicts: ConflictCopy[] = [];
    const files = new VaultFiles(nodeVaultFs, dir, {
      timers: systemTimers,
      clock: systemClock,
      onWriteStatus: () => undefined,
      onConflict: (c) => conflicts.push(c),
    });
    const first = shardBytes('first');
    expect(await files.write('notes', first.bytes, first.iv)).toBe(true);
    // A sync client brings another version.
    const theirs = shardBytes('theirs');
    await writeFile(join(dir, 'notes.upw'), theirs.bytes);
    const ours = shardBytes('ours');
    expect(await files.write('notes', ours.bytes, ours.iv)).toBe(true);

    expect(Buffer.compare(await readFile(join(dir, 'notes.upw')), ours.bytes)).toBe(0);
    expect(conflicts).toHaveLength(1);
    const kept = await readdir(join(dir, CONFLICTS_DIR));
    expect(kept).toHaveLength(1);
    expect(Buffer.compare(await readFile(join(dir, CONFLICTS_DIR, kept[0])), theirs.bytes)).toBe(0);

    // Our own version on disk is written over without a copy.
    const next = shardBytes('next');
    expect(await files.write('notes', next.bytes, next.iv)).toBe(true);
    expect(conflicts).toHaveLength(1);
    expect((await readdir(dir)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('replaces nothing when the look before the rename fails, and leaves no temp file', async () => {
    const dir = await tempDir();
    const file = join(dir, 'notes.upw');
    await writeFile(file, 'old');
    await expect(
      writeAtomic(nodeVaultFs, file, 'new', () => Promise.reject(new Error('cannot look'))),
    ).rejects.toThrow('cannot look');
    expect(await readFile(file, 'utf8')).toBe('old');
    expect(await readdir(dir)).toEqual(['notes.upw']);
  });
});
