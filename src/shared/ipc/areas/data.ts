import { z } from 'zod';
import { channel } from '../channel';

/** What an import brought in, and what it could not, in words. */
export const ImportReport = z.object({
  /** False when the user cancelled the file or folder dialog. */
  chosen: z.boolean(),
  /** Entries (or records) brought in. */
  imported: z.number().int().min(0),
  /** What was left out or skipped, one sentence each. */
  leftOut: z.array(z.string()),
});
export type ImportReport = z.infer<typeof ImportReport>;

/** Channels of "your data": the open export and imports from other apps. */
export const dataContract = {
  /** Saves the whole vault, NOT encrypted, as a zip of Markdown and JSON (the user confirmed the warning). */
  exportOpen: channel(
    z.object({ understood: z.literal(true) }),
    z.object({ path: z.string().nullable(), counts: z.record(z.string(), z.number().int()) }),
  ),
  /** Brings an open export into this (empty) vault: everything, or nothing. */
  importOpen: channel(z.undefined(), ImportReport),
  /** Brings in the entries of a Day One JSON export (.zip or .json). */
  importDayOne: channel(z.undefined(), ImportReport),
  /** Brings in a folder of Markdown notes as journal entries. */
  importMarkdownFolder: channel(z.undefined(), ImportReport),
};
