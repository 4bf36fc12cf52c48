import { hostname } from 'node:os';
import { join } from 'node:path';
import type { CoreDeps } from '../../src/main/core/platform/types';
import { systemClock, systemTimers } from '../../src/main/core/platform/real';
import { createSettingsService } from '../../src/main/core/services/settingsService';
import { createVaultService, type VaultServiceImpl } from '../../src/main/core/vault/vaultService';
import type { FigureContext } from './figures';
import { type SyntheticVault, syntheticVault } from './synthetic';

/** The passphrase of bench vaults. */
export const BENCH_PASSPHRASE = 'bench: a long enough passphrase';

/** Core dependencies for the bench: real clock and timers, real key-derivation cost, no UI. */
export function benchDeps(dataDir: string): CoreDeps {
  return {
    dataDir,
    clock: systemClock,
    timers: systemTimers,
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
    appVersion: 'bench',
    shellKind: 'bridge',
    platform: process.platform,
    computerName: hostname(),
  };
}

/** A real, encrypted vault on disk holding a synthetic history. */
export interface BenchVault {
  dataDir: string;
  vaultDir: string;
  data: SyntheticVault;
  /** A new app instance over the vault, still locked. */
  instance: () => Promise<VaultServiceImpl>;
}

/**
 * Builds an encrypted vault from the synthetic data of the context's size (key
 * derivation at the real cost), then makes a backup so that timed unlocks do not.
 */
export async function buildBenchVault(ctx: FigureContext): Promise<BenchVault> {
  const dataDir = await ctx.tempDir();
  const data = syntheticVault(ctx.size);
  const instance = async (): Promise<VaultServiceImpl> =>
    createVaultService(benchDeps(dataDir), await createSettingsService(dataDir));
  const vault = await instance();
  await vault.handlers.create({ passphrase: BENCH_PASSPHRASE });
  for (const shard of data.shards) {
    const h = await vault.store().open(shard.def, shard.part);
    h.change((d) => Object.assign(d as object, structuredClone(shard.data)));
  }
  await vault.store().flush();
  await vault.handlers.backupNow(undefined);
  await vault.dispose();
  return { dataDir, vaultDir: join(dataDir, 'vault'), data, instance };
}
