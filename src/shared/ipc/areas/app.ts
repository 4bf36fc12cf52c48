import { z } from 'zod';
import { channel } from '../channel';
import { Settings } from '../../domain/settings';
import { patchOf } from '../../domain/patch';

export const AppInfo = z.object({
  version: z.string(),
  platform: z.string(),
  /** `electron` in the real app; `bridge` when the UI runs in a browser against the core (tests). */
  shell: z.enum(['electron', 'bridge']),
});
export type AppInfo = z.infer<typeof AppInfo>;

/** A file path the app wrote an export to. */
const ExportedPath = z.object({ path: z.string().min(1).max(4096) });

/** The longest mail body the mail app is handed; mail apps cut longer `mailto:` links. */
export const MAIL_BODY_MAX = 8000;

/** App-wide channels: information, settings, links. */
export const appContract = {
  info: channel(z.undefined(), AppInfo),
  /** Opens an http(s) or mailto link in the system browser; anything else is refused. */
  openExternal: channel(z.object({ url: z.string().max(2000) }), z.object({ opened: z.boolean() })),
  /** The user is active (typing, clicking): pushes back auto-lock. */
  activity: channel(z.undefined(), z.null()),
  /** Copies plain text to the system clipboard. */
  copyText: channel(z.object({ text: z.string().max(1_000_000) }), z.null()),
  /** Shows a file this session exported in the system file manager; any other path is refused. */
  showInFolder: channel(ExportedPath, z.object({ done: z.boolean() })),
  /** Opens a file this session exported in its usual app; any other path is refused. */
  openFile: channel(ExportedPath, z.object({ done: z.boolean() })),
  /** Opens a new message in the mail app with this subject and body (a `mailto:` link, nothing else). */
  openMail: channel(
    z.object({ subject: z.string().max(500), body: z.string().max(MAIL_BODY_MAX) }),
    z.object({ done: z.boolean() }),
  ),
};

export const settingsContract = {
  get: channel(z.undefined(), Settings),
  /** Changes only the settings it names; every other one keeps its value. */
  update: channel(patchOf(Settings), Settings),
};
