/**
 * The process the rotation crash test kills: opens the vault with whichever of two
 * passphrases opens it, then changes the passphrase back and forth, printing each
 * passphrase once it is the vault's. Built with esbuild by the test, run with node.
 */
import { createSettingsService } from '../../services/settingsService';
import { createVaultService } from '../vaultService';

function go(): Promise<void> {
  return new Promise((resolve) => process.stdin.once('data', () => resolve()));
}

async function main(): Promise<void> {
  const [dataDir, first, second] = process.argv.slice(2);
  await go();
  const settings = await createSettingsService(dataDir);
  const vault = createVaultService(
    {
      dataDir,
      clock: { now: () => Date.now() },
      timers: {
        setTimeout: (fn, ms) => setTimeout(fn, ms),
        clearTimeout: (h) => clearTimeout(h as NodeJS.Timeout),
      },
      notifier: { show: () => undefined },
      shell: {
        chooseSavePath: async () => null,
        chooseOpenPath: async () => null,
        chooseFolder: async () => null,
        openExternal: async () => undefined,
        copyText: () => undefined,
        showInFolder: () => undefined,
        openPath: async () => undefined,
      },
      events: { emit: () => undefined },
      appVersion: 'rotation-crash-test',
      shellKind: 'bridge',
      platform: process.platform,
      scryptLogN: 10,
    },
    settings,
  );
  let current = first;
  try {
    await vault.handlers.unlock({ method: 'passphrase', secret: first });
  } catch {
    current = second;
    await vault.handlers.unlock({ method: 'passphrase', secret: second });
  }
  process.stdout.write(`open ${current === first ? 1 : 2}\n`);
  for (;;) {
    const next = current === first ? second : first;
    await vault.handlers.changePassphrase({ current, next });
    current = next;
    process.stdout.write(`rotated ${current === first ? 1 : 2}\n`);
  }
}

void main();
