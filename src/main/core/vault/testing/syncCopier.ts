import { createHash } from 'node:crypto';
import { readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** A small seeded random source, so a failing run can be replayed. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The conflict-copy names the sync clients write, for a file `base.upw` and a counter. */
export const CLIENT_NAMING: Record<string, (base: string, n: number, computer: string) => string> =
  {
    dropbox: (b, n, c) => `${b} (${c}'s conflicted copy 2026-05-0${(n % 9) + 1}).upw`,
    onedrive: (b, n, c) => `${b}-${c}${n ? `-${n}` : ''}.upw`,
    icloud: (b, n) => `${b} ${n + 2}.upw`,
    gdrive: (b, n) => `${b} (${n + 1}).upw`,
    syncthing: (b, n) =>
      `${b}.sync-conflict-20260501-1015${String(n % 60).padStart(2, '0')}-ABCDEFG.upw`,
  };

function sum(bytes: Buffer | null): string {
  return bytes ? createHash('sha256').update(bytes).digest('hex') : '';
}

async function readOrNull(path: string): Promise<Buffer | null> {
  try {
    return await readFile(path);
  } catch {
    return null;
  }
}

/**
 * Plays a sync client between two copies of a vault folder: it copies changed files one
 * at a time, in random order, sometimes first as a cut-short file (still being copied),
 * and when both sides changed the same file it keeps one and writes the other beside it
 * under a conflict-copy name of the given client. Deletions are carried across too.
 */
export class SyncCopier {
  /** Content both sides agreed on at the last copy, by file name. */
  private readonly base = new Map<string, string>();
  /** Files copied half-way: from which side, and the digest of the half written. */
  private readonly partial = new Map<string, { from: 0 | 1; half: string }>();
  private counter = 0;
  conflictCopies = 0;

  constructor(
    private readonly dirs: [string, string],
    private readonly computers: [string, string],
    private readonly random: () => number,
  ) {}

  private async names(): Promise<string[]> {
    const [a, b] = await Promise.all(this.dirs.map((d) => readdir(d)));
    return [...new Set([...a, ...b])]
      .filter((n) => !n.endsWith('.tmp') && !n.endsWith('.stale') && n !== 'conflicts')
      .sort();
  }

  /** Files that differ between the two folders. */
  async pending(): Promise<string[]> {
    const out: string[] = [];
    for (const name of await this.names()) {
      const [a, b] = await Promise.all(this.dirs.map((d) => readOrNull(join(d, name))));
      if (sum(a) !== sum(b)) out.push(name);
    }
    return out;
  }

  /** Copies up to `max` of the changed files, one at a time, in random order. */
  async step(max: number, naming: string): Promise<void> {
    const todo = await this.pending();
    for (let i = todo.length - 1; i > 0; i--) {
      const j = Math.floor(this.random() * (i + 1));
      [todo[i], todo[j]] = [todo[j] as string, todo[i] as string];
    }
    for (const name of todo.slice(0, max)) await this.copyOne(name, naming);
  }

  /** Copies everything until both folders hold the same files. */
  async settle(naming: string): Promise<void> {
    for (const name of await this.pending()) await this.copyOne(name, naming, false);
  }

  private async copyOne(name: string, naming: string, mayCut = true): Promise<void> {
    const [da, db] = this.dirs;
    const [a, b] = await Promise.all([readOrNull(join(da, name)), readOrNull(join(db, name))]);
    const base = this.base.get(name) ?? '';
    const [sa, sb] = [sum(a), sum(b)];
    if (sa === sb) return void this.base.set(name, sa);
    let from: 0 | 1;
    const cut = this.partial.get(name);
    if (cut && (cut.from === 0 ? sb : sa) === cut.half) from = cut.from;
    else if (sb === base) from = 0;
    else if (sa === base) from = 1;
    else {
      // Both changed since the last copy: one wins the name, the other becomes a conflict copy.
      from = this.random() < 0.5 ? 0 : 1;
      const loser = from === 0 ? b : a;
      if (loser && name.endsWith('.upw') && a && b) {
        const computer = (this.computers[from === 0 ? 1 : 0] ?? 'PC').toUpperCase();
        const copyName = (CLIENT_NAMING[naming] ?? CLIENT_NAMING.dropbox)(
          name.slice(0, -4),
          this.counter++,
          computer,
        );
        for (const d of this.dirs) await writeFile(join(d, copyName), loser);
        this.base.set(copyName, sum(loser));
        this.conflictCopies++;
      }
    }
    const src = from === 0 ? a : b;
    const dst = join(this.dirs[from === 0 ? 1 : 0], name);
    if (!src) {
      await rm(dst, { force: true });
      this.base.set(name, '');
      return;
    }
    if (mayCut && name.endsWith('.upw') && !this.partial.has(name) && this.random() < 0.15) {
      // A file still being copied: the first half now, the rest at a later step.
      const half = src.subarray(0, Math.floor(src.length / 2));
      this.partial.set(name, { from, half: sum(half) });
      await writeFile(dst, half);
      return;
    }
    this.partial.delete(name);
    await writeFile(dst, src);
    this.base.set(name, sum(src));
  }
}
