import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listChannels } from '../../../shared/ipc/contract';
import { ErrorCode } from '../../../shared/ipc/result';
import { createCore, type Core } from '../core';
import { createTestDeps } from '../testing/testDeps';

let core: Core;

beforeAll(async () => {
  core = await createCore(await createTestDeps(), { checkOutput: true });
  // An unlocked vault exercises the handlers behind the lock too.
  await core.dispatch('vault:create', { passphrase: 'a long enough passphrase' });
});
afterAll(() => core.dispose());

const channels = listChannels();

describe('every channel, given random payloads', () => {
  it('answers a typed envelope, never throws, and rejects what its schema rejects', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...channels),
        fc.anything({
          withNullPrototype: true,
          withBigInt: true,
          withDate: true,
          withMap: true,
          withSet: true,
        }),
        async (ch, payload) => {
          // Destructive channels are exercised only with payloads their schema rejects.
          const fits = ch.channel.input.safeParse(payload).success;
          if (
            fits &&
            /^(vault:(lock|openExisting|deleteBackups|restoreBackup|importArchive|move|create|changePassphrase|regenerateRecoveryCode))$/.test(
              ch.name,
            )
          )
            return;
          const result = await core.dispatch(ch.name, payload);
          expect(typeof result.ok).toBe('boolean');
          if (!fits) {
            expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
          }
          if (!result.ok) {
            expect(ErrorCode.options).toContain(result.error.code);
            expect(result.error.message.length).toBeGreaterThan(0);
          }
        },
      ),
      { numRuns: Math.max(300, channels.length * 20) },
    );
  });

  it('rejects unknown channels with a typed error', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string(), async (name) => {
        fc.pre(!channels.some((c) => c.name === name));
        const result = await core.dispatch(name, {});
        expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
      }),
    );
  });
});
