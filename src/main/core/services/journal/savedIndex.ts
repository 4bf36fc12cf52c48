import { z } from 'zod';
import type { CatalogEntry } from './journalCatalog';
import { SEARCH_RULES_VERSION } from './searchIndex';

/**
 * The journal's catalog and search index as kept on disk (a derived file of this computer,
 * see `vault/derivedFiles.ts`), so that unlocking does not rebuild them from every shard:
 *
 *   u32 big-endian length of the JSON | JSON (UTF-8) | every entry's plain text (UTF-8)
 *
 * The JSON holds, per journal part, the shard version it was made from (the IV of the
 * shard's file, fresh for every write) and compact summaries pointing into the text that
 * follows; and MiniSearch's own serialisation of the index. The texts are kept out of the
 * JSON because one long string decodes far faster than thousands of small ones parse.
 */
export const SAVED_INDEX_FILE = 'journal-index';

/** Bumped whenever what is saved changes shape or meaning; an older file is rebuilt. */
const FORMAT = 1;

/** One part as saved: `version` null when the part had unsaved changes (it is re-read from its shard). */
export interface SavedPart {
  part: string;
  version: string | null;
  /** True when the saved index held every entry of the part. */
  indexed: boolean;
  entries: CatalogEntry[];
}

const Entry = z.tuple([
  z.string(), // id
  z.string(), // date
  z.string(), // title
  z.array(z.string()), // tags
  z.string().nullable(), // leaderId
  z.number().nullable(), // mood
  z.string(), // excerpt
  z.string(), // updatedAt
  z.number().int().min(0), // text start
  z.number().int().min(0), // text end
]);

const Saved = z.object({
  format: z.literal(FORMAT),
  rules: z.literal(SEARCH_RULES_VERSION),
  parts: z.array(
    z.object({
      part: z.string(),
      version: z.string().nullable(),
      indexed: z.boolean(),
      entries: z.array(Entry),
    }),
  ),
  /** MiniSearch's serialisation; its own loader checks the inside. */
  index: z.looseObject({
    documentCount: z.number(),
    nextId: z.number(),
    serializationVersion: z.number(),
    index: z.array(z.unknown()),
  }),
});

/** Encodes the catalog's parts and the index's serialisation into the saved form. */
export function encodeSavedIndex(parts: readonly SavedPart[], index: unknown): Buffer {
  const texts: string[] = [];
  let at = 0;
  const json = {
    format: FORMAT,
    rules: SEARCH_RULES_VERSION,
    parts: parts.map((p) => ({
      part: p.part,
      version: p.version,
      indexed: p.indexed,
      entries: p.entries.map(({ summary: s, text }) => {
        texts.push(text);
        const start = at;
        at += text.length;
        return [
          s.id,
          s.date,
          s.title,
          s.tags,
          s.leaderId,
          s.mood,
          s.excerpt,
          s.updatedAt,
          start,
          at,
        ];
      }),
    })),
    index,
  };
  const head = Buffer.from(JSON.stringify(json), 'utf8');
  const body = Buffer.from(texts.join(''), 'utf8');
  const out = Buffer.allocUnsafe(4 + head.length + body.length);
  out.writeUInt32BE(head.length, 0);
  head.copy(out, 4);
  body.copy(out, 4 + head.length);
  return out;
}

/** Decodes the saved form; null when it is not one this version can use (it is then rebuilt). */
export function decodeSavedIndex(bytes: Buffer): { parts: SavedPart[]; index: unknown } | null {
  if (bytes.length < 4) return null;
  const headLength = bytes.readUInt32BE(0);
  if (4 + headLength > bytes.length) return null;
  let raw: unknown;
  try {
    raw = JSON.parse(bytes.toString('utf8', 4, 4 + headLength));
  } catch {
    return null;
  }
  const parsed = Saved.safeParse(raw);
  if (!parsed.success) return null;
  const text = bytes.toString('utf8', 4 + headLength);
  const parts: SavedPart[] = [];
  for (const p of parsed.data.parts) {
    const entries: CatalogEntry[] = [];
    for (const [
      id,
      date,
      title,
      tags,
      leaderId,
      mood,
      excerpt,
      updatedAt,
      start,
      end,
    ] of p.entries) {
      if (end < start || end > text.length) return null;
      entries.push({
        part: p.part,
        text: text.slice(start, end),
        summary: { id, date, title, tags, leaderId, mood, excerpt, updatedAt },
      });
    }
    parts.push({ part: p.part, version: p.version, indexed: p.indexed, entries });
  }
  return { parts, index: parsed.data.index };
}
