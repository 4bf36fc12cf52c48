/**
 * The writer the crash test kills: opens the vault given on the command line and
 * saves a growing counter to two shards in a loop, printing each number once it is
 * on disk. Built with esbuild by the test and run with plain node; it starts up
 * ahead of time and touches the vault only once told to go.
 */
import { createSettingsService } from '../../services/settingsService';
import { createVaultService } from '../vaultService';
import { counterDef } from './counter';
import { plainDeps } from '../../testing/testDeps';

/** Resolves when the test says go (a line on stdin), so start-up can overlap the previous check. */
function go(): Promise<void> {
  return new Promise((resolve) => process.stdin.once('data', () => resolve()));
}

async function main(): Promise<void> {
  const [dataDir, secret] = process.argv.slice(2);
  await go();
  const settings = await createSettingsService(dataDir);
  const vault = createVaultService(plainDeps(dataDir, 'crash-test'), settings);
  await vault.handlers.unlock({ method: 'passphrase', secret });
  const a = await vault.store().open(counterDef, 'a');
  const b = await vault.store().open(counterDef, 'b');
  let n = a.data.n;
  process.stdout.write(`start ${n}\n`);
  // Some bulk so that writes take long enough to be interrupted in the middle.
  const pad = 'x'.repeat(64 * 1024);
  for (;;) {
    n++;
    a.change((d) => {
      d.n = n;
      d.log.push(n);
      d.pad = pad;
    });
    b.change((d) => {
      d.n = n;
      d.log.push(n);
    });
    await vault.store().flush();
    process.stdout.write(`saved ${n}\n`);
  }
}

void main();
