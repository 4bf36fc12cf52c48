/**
 * The process the rotation crash test kills: opens the vault with whichever of two
 * passphrases opens it, then changes the passphrase back and forth, printing when each
 * change starts and each passphrase once it is the vault's. Built with esbuild by the test, run with node.
 */
import { createSettingsService } from '../../services/settingsService';
import { createVaultService } from '../vaultService';
import { plainDeps } from '../../testing/testDeps';

function go(): Promise<void> {
  return new Promise((resolve) => process.stdin.once('data', () => resolve()));
}

async function main(): Promise<void> {
  const [dataDir, first, second] = process.argv.slice(2);
  await go();
  const settings = await createSettingsService(dataDir);
  const vault = createVaultService(plainDeps(dataDir, 'rotation-crash-test'), settings);
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
    process.stdout.write('rotating\n');
    await vault.handlers.changePassphrase({ current, next });
    current = next;
    process.stdout.write(`rotated ${current === first ? 1 : 2}\n`);
  }
}

void main();
