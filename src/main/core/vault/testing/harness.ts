import { z } from 'zod';
import { VaultStatus } from '../../../../shared/ipc/areas/vault';
import { createSettingsService, type SettingsService } from '../../services/settingsService';
import { createTestDeps } from '../../testing/testDeps';
import type { CoreDeps } from '../../platform/types';
import type { ShardDef } from '../store';
import { createVaultService, type VaultServiceImpl } from '../vaultService';
import type { VaultFs } from '../vaultFs';
import type { LockEnv } from '../writerLock';
import type { FakeTime } from './fakeTime';

/** The passphrase test vaults are made with. */
export const PASSPHRASE = 'correct horse battery staple';

/** A small shard kind for tests: a list of notes. */
export const Notes = z.object({ notes: z.array(z.object({ id: z.string(), text: z.string() })) });
export type Notes = z.infer<typeof Notes>;
export const notesDef: ShardDef<Notes> = {
  kind: 'notes',
  version: 1,
  schema: Notes,
  init: () => ({ notes: [] }),
};

/** A vault service over a fresh temp folder, with events recorded. */
export interface TestVault {
  deps: CoreDeps & { emitted: { name: string; payload: unknown }[] };
  settings: SettingsService;
  vault: VaultServiceImpl;
  dir: string;
  status(): Promise<VaultStatus>;
}

/** Builds a vault service for a test; pass `dataDir` to open the same vault as another instance. */
export async function makeVault(
  opts: {
    scryptLogN?: number;
    fs?: VaultFs;
    time?: FakeTime;
    dataDir?: string;
    lockEnv?: LockEnv;
    shell?: Partial<CoreDeps['shell']>;
  } = {},
): Promise<TestVault> {
  const base = await createTestDeps({
    ...(opts.time ? { clock: opts.time, timers: opts.time } : {}),
    ...(opts.scryptLogN ? { scryptLogN: opts.scryptLogN } : {}),
  });
  const deps = {
    ...base,
    ...(opts.dataDir ? { dataDir: opts.dataDir } : {}),
    shell: { ...base.shell, ...opts.shell },
  };
  const settings = await createSettingsService(deps.dataDir);
  const vault = createVaultService(deps, settings, { fs: opts.fs, lockEnv: opts.lockEnv });
  return {
    deps,
    settings,
    vault,
    dir: settings.vaultDir(),
    status: async () => VaultStatus.parse(await vault.handlers.status(undefined)),
  };
}

/** Builds a vault service and creates the vault; returns the recovery code too. */
export async function makeUnlockedVault(
  opts: Parameters<typeof makeVault>[0] = {},
): Promise<TestVault & { recoveryCode: string }> {
  const t = await makeVault(opts);
  const { recoveryCode } = await t.vault.handlers.create({ passphrase: PASSPHRASE });
  return { ...t, recoveryCode };
}

/** Error code of a rejected promise (fails the test when it resolves). */
export async function codeOf(p: unknown): Promise<string> {
  try {
    await p;
  } catch (err) {
    return String((err as { code?: unknown }).code);
  }
  throw new Error('expected an error');
}

/** Events of one name recorded so far. */
export function eventsNamed(t: TestVault, name: string): unknown[] {
  return t.deps.emitted.filter((e) => e.name === name).map((e) => e.payload);
}

/** Adds a note to the test vault's notes shard and waits until it is on disk. */
export async function addNote(t: TestVault, text: string): Promise<void> {
  (await t.vault.store().open(notesDef)).change((d) => d.notes.push({ id: text, text }));
  await t.vault.store().flush();
}

/** The texts of the notes in the test vault's notes shard, in order. */
export async function noteTexts(t: TestVault): Promise<string[]> {
  return (await t.vault.store().open(notesDef)).data.notes.map((n) => n.text);
}
