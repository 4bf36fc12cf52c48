import { spawn } from 'node:child_process';
import { mkdtemp, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROTATION_DIR } from './keyRotation';
import { counterDef } from './testing/counter';
import { PASSPHRASE, makeUnlockedVault, makeVault, type TestVault } from './testing/harness';

const KILLS = 16;
/** The longest a kill waits after the vault is open. */
const MAX_WINDOW_MS = 4000;
const OTHER = 'the other passphrase of this test';
let childScript = '';

beforeAll(async () => {
  const out = await mkdtemp(join(tmpdir(), 'upward-rotate-child-'));
  childScript = join(out, 'rotateChild.js');
  await build({
    entryPoints: [join(import.meta.dirname, 'testing', 'rotateChild.ts')],
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

function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** What one killed run saw. */
interface KilledRun {
  /** Passphrase changes it finished. */
  rotations: number;
  /** True when the kill landed while a change was under way. */
  midRotation: boolean;
  /** The longest change it finished, in milliseconds (0 when none). */
  longest: number;
}

/**
 * Runs the rotating child and kills it at a random moment within `windowMs` after it opened
 * the vault.
 */
async function runAndKill(
  dataDir: string,
  rng: () => number,
  windowMs: number,
): Promise<KilledRun> {
  const child = spawn(process.execPath, [childScript, dataDir, PASSPHRASE, OTHER], {
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  const exited = new Promise<NodeJS.Signals | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (_code, signal) => resolve(signal));
  });
  let rotations = 0;
  let started = 0;
  let startedAt = 0;
  let longest = 0;
  let midRotation = false;
  let timer: NodeJS.Timeout | null = null;
  let buffer = '';
  child.stdout.on('data', (chunk: Buffer) => {
    buffer += chunk.toString();
    const lines = buffer.split('\n');
    buffer = lines.pop() ?? '';
    for (const line of lines) {
      if (line.startsWith('rotating')) {
        started++;
        startedAt = performance.now();
      }
      if (line.startsWith('rotated')) {
        rotations++;
        longest = Math.max(longest, performance.now() - startedAt);
      }
      if (line.startsWith('open') && !timer)
        timer = setTimeout(() => {
          midRotation = started > rotations;
          child.kill('SIGKILL');
        }, rng() * windowMs);
    }
  });
  child.stdin.write('go\n');
  const signal = await exited;
  if (timer) clearTimeout(timer);
  if (signal !== 'SIGKILL') throw new Error(`the rotating process stopped on its own: ${stderr}`);
  return { rotations, midRotation, longest };
}

/** Opens the vault with either passphrase; fails the test if neither opens it. */
async function openWithEither(dataDir: string, context: string): Promise<TestVault> {
  const t = await makeVault({ dataDir });
  for (const secret of [PASSPHRASE, OTHER]) {
    try {
      await t.vault.handlers.unlock({ method: 'passphrase', secret });
      return t;
    } catch (err) {
      if ((err as { code?: string }).code !== 'wrong-passphrase')
        throw new Error(`${context}: ${(err as Error).message}`, { cause: err });
    }
  }
  throw new Error(`${context}: neither the old nor the new passphrase opens the vault`);
}

describe('a passphrase change killed at random moments', () => {
  it(`always leaves a vault that opens with the old or the new passphrase (${KILLS} SIGKILLs)`, async () => {
    const seed = Date.now() % 100_000;
    const rng = mulberry32(seed);
    const made = await makeUnlockedVault();
    // Several shards with some bulk, so kills land in the middle of a rotation.
    for (const part of ['a', 'b', 'c', 'd', 'e', 'f']) {
      (await made.vault.store().open(counterDef, part)).change((d) => {
        d.n = part.charCodeAt(0);
        d.log.push(d.n);
        d.pad = part.repeat(96 * 1024);
      });
    }
    await made.vault.dispose();
    const dataDir = made.deps.dataDir;
    let rotations = 0;
    let midRotation = 0;
    // Kills land within this long after the vault is open. It follows how long a change takes on
    // this machine (a busy one takes longer), so kills also land after whole changes, between and
    // inside later ones: doubled while no run has finished one, then three times the longest seen.
    let windowMs = 120;
    let longest = 0;
    for (let i = 0; i < KILLS; i++) {
      const run = await runAndKill(dataDir, rng, windowMs);
      rotations += run.rotations;
      if (run.midRotation) midRotation++;
      longest = Math.max(longest, run.longest);
      windowMs = Math.min(longest > 0 ? Math.max(120, longest * 3) : windowMs * 2, MAX_WINDOW_MS);
      const context = `kill ${i} (seed ${seed})`;
      const check = await openWithEither(dataDir, context);
      for (const part of ['a', 'b', 'c', 'd', 'e', 'f']) {
        const d = (await check.vault.store().open(counterDef, part)).data;
        expect(d.n, `${context}, shard ${part}`).toBe(part.charCodeAt(0));
        expect(d.pad.length, `${context}, shard ${part}`).toBe(96 * 1024);
      }
      expect(await readdir(check.dir), context).not.toContain(ROTATION_DIR);
      await check.vault.dispose();
    }
    // The kills really landed inside changes, and after whole ones, not only before the first one.
    expect(midRotation, `seed ${seed}`).toBeGreaterThan(0);
    expect(rotations, `seed ${seed}`).toBeGreaterThan(0);
  }, 120_000);
});
