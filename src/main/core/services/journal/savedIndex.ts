import { z } from 'zod';
import type { JournalSummary } from '../../../../shared/domain/journal';
import type { CatalogEntry } from './journalCatalog';
import { SEARCH_RULES_VERSION } from './searchIndex';

/**
 * The journal's catalog and search index as kept on disk (a derived file of this computer,
 * see `vault/derivedFiles.ts`), so that unlocking does not rebuild them from every shard:
 *
 *   u32 length | catalog JSON | u32 length | index JSON | every entry's plain text (UTF-8)
 *
 * The catalog holds, per journal part, the shard version it was made from (the IV of the
 * shard's file, fresh for every write), and the entries' summaries column by column (one
 * array per field: far quicker to parse and check than one small array per entry), with
 * where each entry's text ends in the bytes that follow. The index is MiniSearch's own
 * serialisation. The three are read in that order and only as needed: the catalog answers
 * lists and "on this day" before the index is loaded, and an entry's text is decoded only
 * when a search shows it (the texts stay as bytes until then).
 */
export const SAVED_INDEX_FILE = 'journal-index';

/** Bumped whenever what is saved changes shape or meaning; an older file is rebuilt. */
const FORMAT = 2;

/** One part as saved: `version` null when the part had unsaved changes (it is re-read from its shard). */
export interface SavedPart {
  part: string;
  version: string | null;
  /** True when the saved index held every entry of the part. */
  indexed: boolean;
  entries: CatalogEntry[];
}

const Catalog = z.object({
  format: z.literal(FORMAT),
  rules: z.literal(SEARCH_RULES_VERSION),
  parts: z.array(
    z.object({
      part: z.string(),
      version: z.string().nullable(),
      indexed: z.boolean(),
      count: z.number().int().min(0),
    }),
  ),
  id: z.array(z.string()),
  date: z.array(z.string()),
  title: z.array(z.string()),
  tags: z.array(z.array(z.string())),
  leaderId: z.array(z.string().nullable()),
  mood: z.array(z.number().nullable()),
  excerpt: z.array(z.string()),
  updatedAt: z.array(z.string()),
  /** Where each entry's text ends, in bytes from the start of the texts. */
  textEnd: z.array(z.number().int().min(0)),
});

/** MiniSearch's serialisation; its own loader checks the inside. */
const Index = z.looseObject({
  documentCount: z.number(),
  nextId: z.number(),
  serializationVersion: z.number(),
  index: z.array(z.unknown()),
});

/** A catalog entry read from the saved file: its text is decoded from the saved bytes when first asked for. */
class SavedEntry implements CatalogEntry {
  private decoded: string | null = null;
  constructor(
    readonly part: string,
    readonly summary: JournalSummary,
    private readonly texts: Buffer,
    private readonly start: number,
    private readonly end: number,
  ) {}
  get text(): string {
    this.decoded ??= this.texts.toString('utf8', this.start, this.end);
    return this.decoded;
  }
}

/** Encodes the catalog's parts and the index's serialisation into the saved form. */
export function encodeSavedIndex(parts: readonly SavedPart[], index: unknown): Buffer {
  const texts: Buffer[] = [];
  let at = 0;
  const all = parts.flatMap((p) => p.entries);
  const column = <T>(get: (s: JournalSummary) => T): T[] => all.map((e) => get(e.summary));
  const catalog: z.input<typeof Catalog> = {
    format: FORMAT,
    rules: SEARCH_RULES_VERSION,
    parts: parts.map((p) => ({
      part: p.part,
      version: p.version,
      indexed: p.indexed,
      count: p.entries.length,
    })),
    id: column((s) => s.id),
    date: column((s) => s.date),
    title: column((s) => s.title),
    tags: column((s) => s.tags),
    leaderId: column((s) => s.leaderId),
    mood: column((s) => s.mood),
    excerpt: column((s) => s.excerpt),
    updatedAt: column((s) => s.updatedAt),
    textEnd: all.map((e) => {
      const bytes = Buffer.from(e.text, 'utf8');
      texts.push(bytes);
      at += bytes.length;
      return at;
    }),
  };
  const head = Buffer.from(JSON.stringify(catalog), 'utf8');
  const body = Buffer.from(JSON.stringify(index), 'utf8');
  const out = Buffer.allocUnsafe(8 + head.length + body.length + at);
  out.writeUInt32BE(head.length, 0);
  head.copy(out, 4);
  out.writeUInt32BE(body.length, 4 + head.length);
  body.copy(out, 8 + head.length);
  let to = 8 + head.length + body.length;
  for (const t of texts) {
    t.copy(out, to);
    to += t.length;
    t.fill(0);
  }
  return out;
}

/** A saved file opened: its catalog decoded, its index still to be read (`index()`). */
export interface OpenedSavedIndex {
  parts: SavedPart[];
  /** The entries' texts (a copy: the file's bytes can be wiped once the index is read). */
  texts: Buffer;
  /** Parses the index's serialisation; null when it is not one this version can use. */
  index(): unknown;
}

/** Reads one length-prefixed segment; null when it does not fit. */
function segment(bytes: Buffer, at: number): { start: number; end: number } | null {
  if (at + 4 > bytes.length) return null;
  const length = bytes.readUInt32BE(at);
  const end = at + 4 + length;
  return end > bytes.length ? null : { start: at + 4, end };
}

function parseJson(bytes: Buffer, at: { start: number; end: number }): unknown {
  try {
    return JSON.parse(bytes.toString('utf8', at.start, at.end));
  } catch {
    return undefined;
  }
}

/**
 * Decodes the saved form's catalog; null when it is not one this version can use (it is then
 * rebuilt). `bytes` must stay untouched while the entries are in use: their texts are read
 * from it when first needed.
 */
export function decodeSavedIndex(bytes: Buffer): OpenedSavedIndex | null {
  const head = segment(bytes, 0);
  const body = head && segment(bytes, head.end);
  if (!head || !body) return null;
  const parsed = Catalog.safeParse(parseJson(bytes, head));
  if (!parsed.success) return null;
  const c = parsed.data;
  const n = c.id.length;
  const columns = [c.date, c.title, c.tags, c.leaderId, c.mood, c.excerpt, c.updatedAt, c.textEnd];
  if (columns.some((col) => col.length !== n)) return null;
  if (c.parts.reduce((sum, p) => sum + p.count, 0) !== n) return null;
  const texts = Buffer.from(bytes.subarray(body.end));
  const parts: SavedPart[] = [];
  let i = 0;
  let start = 0;
  for (const p of c.parts) {
    const entries: CatalogEntry[] = [];
    for (const last = i + p.count; i < last; i++) {
      const end = c.textEnd[i];
      if (end < start || end > texts.length) return null;
      const summary: JournalSummary = {
        id: c.id[i],
        date: c.date[i],
        title: c.title[i],
        tags: c.tags[i],
        leaderId: c.leaderId[i],
        mood: c.mood[i],
        excerpt: c.excerpt[i],
        updatedAt: c.updatedAt[i],
      };
      entries.push(new SavedEntry(p.part, summary, texts, start, end));
      start = end;
    }
    parts.push({ part: p.part, version: p.version, indexed: p.indexed, entries });
  }
  return {
    parts,
    texts,
    index() {
      const index = Index.safeParse(parseJson(bytes, body));
      return index.success ? index.data : null;
    },
  };
}
