import { z } from 'zod';
import { channel } from '../channel';

/**
 * Where an update check stands. `idle`: nothing checked since the app started; `available`: a
 * newer version is on the release page, nothing downloaded yet; `ready`: downloaded and checked,
 * installed when the user restarts to update.
 */
export const UpdatePhase = z.discriminatedUnion('phase', [
  z.object({ phase: z.literal('idle') }),
  z.object({ phase: z.literal('checking') }),
  z.object({ phase: z.literal('up-to-date') }),
  z.object({ phase: z.literal('available'), version: z.string().max(100) }),
  z.object({
    phase: z.literal('downloading'),
    version: z.string().max(100),
    percent: z.number().min(0).max(100),
  }),
  z.object({ phase: z.literal('ready'), version: z.string().max(100) }),
  z.object({ phase: z.literal('error'), message: z.string().max(1000) }),
]);
export type UpdatePhase = z.infer<typeof UpdatePhase>;

/** What the Settings screen shows about updates. */
export const UpdateStatus = z.object({
  /** The user's setting: checks are allowed. */
  enabled: z.boolean(),
  /** Null when this copy of Upward can check; otherwise why not, in words for the user. */
  unavailable: z.string().max(500).nullable(),
  /** When the release page was last asked (ISO time), by this computer. */
  lastCheckedAt: z.string().max(40).nullable(),
  current: z.string().max(100),
  state: UpdatePhase,
});
export type UpdateStatus = z.infer<typeof UpdateStatus>;

/** Update checks: only when the user turned them on, download and install only when asked. */
export const updatesContract = {
  status: channel(z.undefined(), UpdateStatus),
  /** Asks the release page now (the user pressed "Check now"); refused while checks are off. */
  checkNow: channel(z.undefined(), UpdateStatus),
  /** Downloads the update found by the last check (the user said yes). */
  download: channel(z.undefined(), UpdateStatus),
  /** Quits and installs the downloaded update (the user pressed "Restart and update"). */
  restartToUpdate: channel(z.undefined(), z.null()),
};
