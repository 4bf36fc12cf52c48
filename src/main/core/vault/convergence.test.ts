import { cp, mkdtemp, readdir, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppError } from '../errors';
import { FakeTime } from './testing/fakeTime';
import {
  PASSPHRASE,
  type TestVault,
  makeUnlockedVault,
  makeVault,
  notesDef,
} from './testing/harness';
import { CLIENT_NAMING, SyncCopier, seeded } from './testing/syncCopier';
import { systemLockEnv } from './writerLock';

const PARTS = ['2026-04', '2026-05'];
const NAMINGS = Object.keys(CLIENT_NAMING);

interface Side {
  name: string;
  t: TestVault;
  time: FakeTime;
  edits: number;
}

/** Every version of every record one side holds: the one shown and those in conflict. */
async function view(s: Side): Promise<Map<string, { shown: string | null; others: string[] }>> {
  const out = new Map<string, { shown: string | null; others: string[] }>();
  const store = s.t.vault.store();
  for (const part of PARTS) {
    const h = await store.open(notesDef, part);
    for (const n of h.data.notes) out.set(`${part}/${n.id}`, { shown: n.text, others: [] });
  }
  for (const c of await s.t.vault.conflicts()) {
    const part = c.shard.slice('notes-'.length);
    for (const k of c.conflicts) {
      const key = `${part}/${k.key.slice('notes/'.length)}`;
      const texts = k.versions.map((v) =>
        v.deleted ? 'deleted' : String((v.value as { text: string }).text),
      );
      const [shown, ...others] = texts;
      out.set(key, { shown: out.get(key)?.shown ?? shown ?? null, others });
    }
  }
  return out;
}

async function openSide(name: string, dir: string | null, from?: TestVault): Promise<Side> {
  const time = new FakeTime();
  const lockEnv = { ...systemLockEnv, host: name, now: () => time.now() };
  if (!from) {
    const t = await makeUnlockedVault({ time, lockEnv });
    return { name, t, time, edits: 0 };
  }
  const t = await makeVault({ time, lockEnv });
  await t.settings.setVaultDir(dir as string);
  await t.vault.handlers.unlock({ method: 'passphrase', secret: PASSPHRASE });
  return { name, t, time, edits: 0 };
}

describe('two computers, one synced folder', () => {
  it('converge to the same content through a sync client, and never lose an acknowledged edit', async () => {
    const random = seeded(Number(process.env.UPWARD_SYNC_SEED ?? 20260501));
    const a = await openSide('laptop', null);
    for (const part of PARTS)
      (await a.t.vault.store().open(notesDef, part)).change((d) =>
        d.notes.push({ id: 'shared', text: `start ${part}` }),
      );
    await a.t.vault.store().flush();
    const dirB = join(await mkdtemp(join(tmpdir(), 'upward-two-')), 'vault');
    await cp(a.t.dir, dirB, { recursive: true, filter: (src) => !src.endsWith('.lock') });
    const b = await openSide('desktop', dirB, a.t);
    const copier = new SyncCopier([a.t.dir, dirB], ['laptop', 'desktop'], random);

    /** What each acknowledged edit replaced, as that computer saw it (to tell superseded from lost). */
    const replaced = new Map<string, Set<string>>();
    const acknowledged: { key: string; text: string }[] = [];
    const ids = ['shared', 'r1', 'r2', 'r3', 'r4'];
    /** The deletions made of each record. */
    const deletions = new Map<string, string[]>();
    /** The versions a record stands for: its text, or every deletion made of it. */
    const tokens = (key: string, text: string): string[] =>
      text === 'deleted' ? (deletions.get(key) ?? []) : [text];

    async function edit(s: Side): Promise<void> {
      const part = PARTS[Math.floor(random() * PARTS.length)] as string;
      const id = ids[Math.floor(random() * ids.length)] as string;
      const key = `${part}/${id}`;
      const store = s.t.vault.store();
      let h;
      try {
        h = await store.open(notesDef, part);
      } catch {
        return;
      }
      const before = h.data.notes.find((n) => n.id === id)?.text ?? 'absent';
      const del = random() < 0.2 && before !== 'absent';
      const text = `${del ? 'del:' : ''}${s.name}-${++s.edits}`;
      try {
        h.change((d) => {
          const at = d.notes.findIndex((n) => n.id === id);
          if (del) d.notes.splice(at, 1);
          else if (at >= 0) d.notes[at] = { id, text };
          else d.notes.push({ id, text });
        });
      } catch (err) {
        // A part still on its way from the other computer is read-only: nothing acknowledged.
        expect(err).toBeInstanceOf(AppError);
        expect((err as AppError).code).toBe('waiting-for-sync');
        return;
      }
      await store.flush();
      acknowledged.push({ key, text });
      replaced.set(text, new Set(before === 'absent' ? tokens(key, 'deleted') : [before]));
      if (del) deletions.set(key, [...(deletions.get(key) ?? []), text]);
    }

    async function resolveOne(s: Side): Promise<void> {
      const list = await s.t.vault.conflicts();
      const shard = list[0];
      const c = shard?.conflicts[0];
      if (!shard || !c) return;
      const pick = c.versions[Math.floor(random() * c.versions.length)];
      if (!pick) return;
      try {
        await s.t.vault.resolveConflict(shard.shard, c.key, pick.h);
      } catch (err) {
        expect((err as AppError).code).toBe('waiting-for-sync');
        return;
      }
      // The user chose: every other version is replaced by their choice.
      const key = `${shard.shard.slice('notes-'.length)}/${c.key.slice('notes/'.length)}`;
      const textOf = (v: (typeof c.versions)[number]): string =>
        v.deleted ? 'deleted' : String((v.value as { text: string }).text);
      for (const chosen of tokens(key, textOf(pick))) {
        const set = replaced.get(chosen) ?? new Set<string>();
        for (const v of c.versions)
          if (v !== pick) for (const t of tokens(key, textOf(v))) set.add(t);
        replaced.set(chosen, set);
      }
    }

    const ROUNDS = 200;
    for (let round = 0; round < ROUNDS; round++) {
      const naming = NAMINGS[round % NAMINGS.length] as string;
      for (const s of [a, b]) {
        const n = Math.floor(random() * 3);
        for (let i = 0; i < n; i++) await edit(s);
        if (random() < 0.1) await resolveOne(s);
      }
      await copier.step(1 + Math.floor(random() * 3), naming);
      for (const s of [random() < 0.5 ? a : b]) await s.t.vault.syncWithDisk();
      if (random() < 0.3) await (random() < 0.5 ? a : b).t.vault.syncWithDisk();
    }

    // Quiet: the sync client finishes, both apps look, until nothing moves.
    for (let i = 0; i < 30; i++) {
      await copier.settle('dropbox');
      await a.t.vault.syncWithDisk();
      await a.t.vault.store().flush();
      await copier.settle('dropbox');
      await b.t.vault.syncWithDisk();
      await b.t.vault.store().flush();
      if (!(await copier.pending()).length) break;
    }
    expect(await copier.pending()).toEqual([]);
    expect(copier.conflictCopies).toBeGreaterThan(0);
    // Settled: looking again writes nothing (no back-and-forth through the sync client).
    const files = async (): Promise<string[]> => (await readdir(a.t.dir)).sort();
    const stamps = async (): Promise<number[]> =>
      Promise.all((await files()).map(async (f) => (await stat(join(a.t.dir, f))).mtimeMs));
    const before = await stamps();
    await a.t.vault.syncWithDisk();
    await b.t.vault.syncWithDisk();
    await a.t.vault.store().flush();
    await b.t.vault.store().flush();
    expect(await copier.pending()).toEqual([]);
    expect(await stamps()).toEqual(before);

    const va = await view(a);
    const vb = await view(b);
    expect([...va.entries()].sort()).toEqual([...vb.entries()].sort());
    expect((await a.t.status()).waiting).toEqual([]);

    // No lost edit: each is shown, waits in a conflict, or was replaced by a later one.
    const lost: string[] = [];
    for (const { key, text } of acknowledged) {
      const v = va.get(key);
      const present = v
        ? [v.shown ?? 'deleted', ...v.others].flatMap((x) => tokens(key, x))
        : tokens(key, 'deleted');
      const seen = new Set<string>();
      const walk = (t: string): void => {
        if (seen.has(t)) return;
        seen.add(t);
        for (const r of replaced.get(t) ?? []) walk(r);
      };
      present.forEach(walk);
      if (!seen.has(text)) lost.push(`${key}: ${text}`);
    }
    expect(lost).toEqual([]);
    expect(acknowledged.length).toBeGreaterThan(ROUNDS / 2);
    await a.t.vault.dispose();
    await b.t.vault.dispose();
  }, 120_000);
});
