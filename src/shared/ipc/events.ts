import { z } from 'zod';
import { UpdateStatus } from './areas/updates';

/** Events main sends to the renderer, each with its payload schema. */
export const events = {
  /** The vault was locked (by the user, idle time, sleep or screen lock). */
  locked: z.object({ reason: z.enum(['user', 'idle', 'suspend', 'screen-lock', 'shutdown']) }),
  /** Vault data changed outside the UI's own calls (reload, restore, files changed on disk). */
  dataChanged: z.object({ area: z.string().max(40) }),
  /** A write failed or recovered; message is null once everything is on disk again. */
  writeStatus: z.object({ message: z.string().nullable() }),
  /** A key rotation (passphrase or recovery code change) re-encrypted `done` of `total` files. */
  rekeyProgress: z.object({ done: z.number().int().min(0), total: z.number().int().min(1) }),
  /** Progress of reading a calendar file for import. */
  icsProgress: z.object({ done: z.number().int(), total: z.number().int() }),
  /** Go to a screen (a notification, the tray or a menu asked for it). */
  navigate: z.object({ route: z.string().max(500) }),
  /** The user opened an encrypted copy (a `.upward` file) with Upward: offer to import it. */
  archiveOpened: z.object({ name: z.string().max(500) }),
  /** Run a command of the UI (from the menu or the tray). */
  /** An update check, download or install step changed what Settings shows. */
  updateStatus: UpdateStatus,
  command: z.object({ id: z.enum(['lock', 'new-journal-entry', 'command-palette', 'settings']) }),
};
export type Events = typeof events;
export type EventName = keyof Events;
export type EventPayload<E extends EventName> = z.infer<Events[E]>;

/** The wire name of an event. */
export function eventChannel(name: EventName): string {
  return `event:${name}`;
}
