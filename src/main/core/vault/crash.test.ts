import { spawn } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { counterDef } from './testing/counter';
import { PASSPHRASE, makeUnlockedVault, makeVault } from './testing/harness';

const KILLS = 200;
const LANES = 2;
let childScript = '';

beforeAll(async () => {
  const out = await mkdtemp(join(tmpdir(), 'upward-crash-child-'));
  childScript = join(out, 'crashChild.js');
  // Split and minified: the writer starts 200 times, so it loads only what it runs.
  await build({
    entryPoints: [join(import.meta.dirname, 'testing', 'crashChild.ts')],
    bundle: true,
    splitting: true,
    minify: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outdir: out,
    logLevel: 'silent',
    banner: {
      js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
    },
  });
});

/** A started writer, waiting to be told to open the vault. */
interface Writer {
  /** Lets it open the vault, kills it at a random moment; resolves to the last number it reported. */
  runAndKill(rng: () => number): Promise<number | null>;
  /** Kills it without letting it touch the vault. */
  stop(): Promise<void>;
}

/** Starts a writer process ahead of time (node start-up overlaps the previous check). */
function startWriter(dataDir: string): Writer {
  const child = spawn(process.execPath, [childScript, dataDir, PASSPHRASE], {
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<NodeJS.Signals | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (_code, signal) => resolve(signal));
  });
  return {
    async runAndKill(rng) {
      let buffer = '';
      let last: number | null = null;
      let timer: NodeJS.Timeout | null = null;
      const kill = (): void => void child.kill('SIGKILL');
      // A quarter of the kills land while the writer opens the vault (unlock, backup,
      // lock file); the rest while it is saving: half of those from its first write on, the
      // other half only once a write is done, so a slow machine cannot turn every kill
      // into one before the first write.
      if (rng() < 0.25) timer = setTimeout(kill, rng() * 15);
      const armOn = rng() < 0.5 ? 'start' : 'saved';
      child.stdout.on('data', (chunk: Buffer) => {
        buffer += chunk.toString();
        const lines = buffer.split('\n');
        buffer = lines.pop() ?? '';
        for (const line of lines) {
          const [word, num] = line.split(' ');
          last = Number(num);
          if (word === armOn && !timer) timer = setTimeout(kill, rng() * 40);
        }
      });
      child.stdin.write('go\n');
      const signal = await exited;
      if (timer) clearTimeout(timer);
      if (signal !== 'SIGKILL') throw new Error(`the writer stopped on its own: ${stderr}`);
      return last;
    },
    async stop() {
      child.kill('SIGKILL');
      await exited;
    },
  };
}

/** A small deterministic random generator, so a failure can be replayed. */
function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Kills a writer `kills` times on one vault, checking after each kill that it opens to the last or next state. */
async function lane(seed: number, kills: number): Promise<number> {
  const rng = mulberry32(seed);
  const created = await makeUnlockedVault();
  await created.vault.dispose();
  const dataDir = created.deps.dataDir;
  let known = 0;
  let knownB = 0;
  let next = startWriter(dataDir);
  for (let i = 0; i < kills; i++) {
    const writer = next;
    const reported = await writer.runAndKill(rng);
    next = startWriter(dataDir);
    const last = reported ?? known;
    const check = await makeVault({ dataDir });
    await check.vault.handlers.unlock({ method: 'passphrase', secret: PASSPHRASE });
    const a = (await check.vault.store().open(counterDef, 'a')).data;
    const b = (await check.vault.store().open(counterDef, 'b')).data;
    await check.vault.dispose();
    const context = `kill ${i} (seed ${seed}): reported ${last}, shard a ${a.n}, shard b ${b.n}`;
    // The last state the writer reported, or the one it was writing when killed.
    expect([last, last + 1], context).toContain(a.n);
    // Shards are written in order: b is never ahead of a, and at most one write behind
    // (or untouched since the last check, when the kill came before its first write).
    expect([a.n, a.n - 1, knownB], context).toContain(b.n);
    // Each document is whole: its history matches its counter.
    expect(a.log.length, context).toBe(a.n);
    expect(b.log.at(-1) ?? 0, context).toBe(b.n);
    known = a.n;
    knownB = b.n;
  }
  await next.stop();
  return known;
}

describe('a writer killed at random moments', () => {
  it(`always leaves a vault that opens to the last or the previous state (${KILLS} SIGKILLs)`, async () => {
    const seed = Date.now() % 100_000;
    const results = await Promise.all(
      Array.from({ length: LANES }, (_, k) => lane(seed + k, KILLS / LANES)),
    );
    // The kills really landed while saving, not only between runs: about 3 kills in 8 come
    // after a finished write, each adding at least one to its lane's counter.
    expect(results.reduce((s, r) => s + r, 0)).toBeGreaterThan(KILLS / 4);
  }, 180_000);
});
