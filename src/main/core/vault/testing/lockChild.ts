/**
 * One of the processes of the writer-lock stress test: for each round it tries to take
 * the lock; the one that gets it proves it is alone (an exclusive marker file), then
 * either releases it or leaves it behind as if it had crashed (a lock of a process that
 * no longer runs), so the next round races to take over a stale lock.
 */
import { open, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { nodeVaultFs } from '../vaultFs';
import { acquireWriterLock, lockFileName, systemLockEnv } from '../writerLock';

const DEAD_PID = 2 ** 22 + 17;

async function main(): Promise<void> {
  const [dir, roundsArg, id] = process.argv.slice(2);
  const rounds = Number(roundsArg);
  const env = {
    ...systemLockEnv,
    host: 'stress',
    isAlive: (pid: number) => pid !== DEAD_PID && systemLockEnv.isAlive(pid),
  };
  let held = 0;
  let busy = 0;
  for (let r = 0; r < rounds; r++) {
    let lock;
    try {
      lock = await acquireWriterLock(nodeVaultFs, dir as string, env);
    } catch (err) {
      if ((err as { code?: unknown }).code !== 'busy') throw err;
      busy++;
      await new Promise((res) => setImmediate(res));
      continue;
    }
    held++;
    // Alone? A second writer would find the marker already there.
    const marker = await open(join(dir as string, 'writer'), 'wx');
    await marker.write(`${id}\n`);
    await new Promise((res) => setImmediate(res));
    await marker.close();
    await rm(join(dir as string, 'writer'));
    if (r % 3 === 0) {
      // Left behind, as by a crash: the lock of a process that no longer runs.
      await writeFile(
        join(dir as string, lockFileName('stress')),
        JSON.stringify({
          pid: DEAD_PID,
          host: 'stress',
          startedAt: Date.now(),
          token: `dead${r}${id}`,
        }),
      );
    } else await lock.release();
  }
  process.stdout.write(JSON.stringify({ held, busy }));
}

main().catch((err: unknown) => {
  process.stderr.write(String((err as Error)?.stack ?? err));
  process.exit(1);
});
