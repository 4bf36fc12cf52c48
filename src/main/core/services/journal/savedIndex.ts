import { z } from 'zod';
import type { JournalSummary } from '../../../../shared/domain/journal';
import type { SealedPieces } from '../../vault/derivedFiles';
import type { CatalogEntry, SavedPartEntries } from './journalCatalog';
import { SEARCH_RULES_VERSION, type SavedDictionary } from './searchIndex';
import { readUtf8 } from '../../vault/utf8';

/**
 * The journal's catalog and search index as kept on disk (a derived file of this computer,
 * see `vault/derivedFiles.ts`), so that unlocking does not rebuild them from every shard.
 * The file is made of pieces, each sealed on its own and decrypted only when needed:
 *
 *   0: the catalog (JSON)         read at unlock: every part, the shard version it was made
 *                                 from (the IV of the shard's file, fresh for every write), and
 *                                 the ids of its entries
 *   1: the search dictionary      read at unlock: every term, and what the index knows of each
 *                                 document (MiniSearch's serialisation without its postings)
 *   2…: postings blocks           the postings of a run of terms (in term order, about
 *                                 `BLOCK_BYTES` each): read for the terms a search matches
 *   then: one piece per part      its entries' summaries, read when the part is first needed (a
 *                                 list of its months, a search showing one of its entries)
 *   then: text blocks             the entries' plain texts (UTF-8), read when a search shows one
 *
 * Summaries are kept column by column (one array per field: far quicker to parse and check than
 * one small array per entry), with where each entry's text ends in the bytes of all texts (text
 * blocks end between entries). What an unlock reads does not grow with the journal's texts and
 * summaries, only with its number of entries (their ids) and terms.
 */
export const SAVED_INDEX_FILE = 'journal-index';

/** Bumped whenever what is saved changes shape or meaning; an older file is rebuilt. */
const FORMAT = 4;

/** About how many bytes of JSON one postings block holds (a common word's postings may be more). */
const BLOCK_BYTES = 32 * 1024;
/** About how many bytes of text one text block holds. */
const TEXT_BLOCK_BYTES = 8 * 1024;

/** The pieces before the postings blocks. */
const CATALOG_PIECE = 0;
const DICTIONARY_PIECE = 1;
const FIRST_BLOCK_PIECE = 2;
/** The pieces read from disk at unlock (the catalog and the dictionary); the others when needed. */
export const SAVED_INDEX_EAGER_PIECES = FIRST_BLOCK_PIECE;

/** One part as saved: `version` null when the part had unsaved changes (it is re-read from its shard). */
export interface SavedPart {
  part: string;
  version: string | null;
  /** True when the saved index held every entry of the part. */
  indexed: boolean;
  entries: CatalogEntry[];
}

/**
 * A column of one type checked in one pass: zod's schema per item costs several times more on
 * the catalog's columns of tens of thousands of items, read at every unlock.
 */
const column = <T>(is: (v: unknown) => v is T) =>
  z.custom<T[]>((v) => Array.isArray(v) && v.every(is));
const isString = (v: unknown): v is string => typeof v === 'string';
const isStringOrNull = (v: unknown): v is string | null => v === null || typeof v === 'string';
const isNumberOrNull = (v: unknown): v is number | null => v === null || typeof v === 'number';
const isOffset = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;
const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every(isString);

const Catalog = z.object({
  format: z.literal(FORMAT),
  rules: z.literal(SEARCH_RULES_VERSION),
  parts: z.array(
    z.object({
      part: z.string(),
      version: z.string().nullable(),
      indexed: z.boolean(),
      count: z.number().int().min(0),
      /** Where the part's first text starts, in bytes from the start of all texts. */
      textStart: z.number().int().min(0),
    }),
  ),
  /** Every entry's id, part by part. */
  id: column(isString),
  /** Where each text block ends, in bytes from the start of all texts (always at an entry's end). */
  textBlockEnd: column(isOffset),
});

/** One part's summaries, column by column. */
const PartSummaries = z.object({
  date: column(isString),
  title: column(isString),
  tags: column(isStrings),
  leaderId: column(isStringOrNull),
  mood: column(isNumberOrNull),
  excerpt: column(isString),
  updatedAt: column(isString),
  /** Where each entry's text ends, in bytes from the start of all texts. */
  textEnd: column(isOffset),
});

/**
 * The dictionary: MiniSearch's serialisation without its postings (`documents`), every
 * term in order (`terms`), and where each postings block's terms end in it (`blockEnd`).
 * MiniSearch's own loader checks the inside of `documents`.
 */
const Dictionary = z.object({
  documents: z.looseObject({
    documentIds: z.custom<Record<string, string>>(
      (v) => typeof v === 'object' && v !== null && Object.values(v).every(isString),
    ),
    documentCount: z.number(),
    nextId: z.number(),
    serializationVersion: z.number(),
  }),
  terms: column(isString),
  blockEnd: column(isOffset),
});

/** A postings block: for each of its terms, MiniSearch's postings object. */
const Block = z.array(z.record(z.string(), z.unknown()));

/** MiniSearch's serialisation, as the index gives it to be saved. */
export interface IndexSerialisation {
  index: [string, unknown][];
  [key: string]: unknown;
}

/**
 * The file's pieces that summaries and texts are read from: the whole file until `compact`, then
 * only the pieces from `from` on (pieces keep their numbers).
 */
class KeptPieces {
  constructor(
    private pieces: SealedPieces,
    private readonly from: number,
  ) {}
  compact(): void {
    this.pieces = this.pieces.keepFrom(this.from);
  }
  open(i: number): Buffer | null {
    return this.pieces.open(i);
  }
}

/** Decrypted text blocks, kept until lock (then wiped). */
class TextBlocks {
  private readonly open = new Map<number, Buffer>();
  constructor(
    private readonly pieces: KeptPieces,
    private readonly firstPiece: number,
  ) {}
  /** The text of bytes `[start, end)` of text block `block`; empty when the block cannot be read. */
  text(block: number, start: number, end: number): string {
    let bytes = this.open.get(block);
    if (!bytes) {
      bytes = this.pieces.open(this.firstPiece + block) ?? Buffer.alloc(0);
      this.open.set(block, bytes);
    }
    return end <= bytes.length ? readUtf8(bytes.subarray(start, end)) : '';
  }
  wipe(): void {
    for (const b of this.open.values()) b.fill(0);
    this.open.clear();
  }
}

/** A catalog entry read from the saved file: its text is decrypted and decoded when first asked for. */
class SavedEntry implements CatalogEntry {
  private decoded: string | null = null;
  constructor(
    readonly part: string,
    readonly summary: JournalSummary,
    private readonly texts: TextBlocks,
    private readonly block: number,
    private readonly start: number,
    private readonly end: number,
  ) {}
  get text(): string {
    this.decoded ??= this.texts.text(this.block, this.start, this.end);
    return this.decoded;
  }
}

/** Encodes the catalog's parts and the index's serialisation into the saved pieces. */
export function encodeSavedIndex(
  parts: readonly SavedPart[],
  index: IndexSerialisation,
  sizes: { blockBytes?: number; textBlockBytes?: number } = {},
): Buffer[] {
  const blockBytesMax = sizes.blockBytes ?? BLOCK_BYTES;
  const textBlockBytesMax = sizes.textBlockBytes ?? TEXT_BLOCK_BYTES;
  const all = parts.flatMap((p) => p.entries);

  // Texts, cut into blocks between entries.
  const textBlocks: Buffer[] = [];
  const textBlockEnd: number[] = [];
  const textEnd: number[] = [];
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let at = 0;
  const cutText = (): void => {
    textBlocks.push(Buffer.concat(pending));
    for (const t of pending) t.fill(0);
    textBlockEnd.push(at);
    pending = [];
    pendingBytes = 0;
  };
  for (const e of all) {
    const bytes = Buffer.from(e.text, 'utf8');
    pending.push(bytes);
    pendingBytes += bytes.length;
    at += bytes.length;
    textEnd.push(at);
    if (pendingBytes >= textBlockBytesMax) cutText();
  }
  if (pending.length) cutText();

  let first = 0;
  const catalog: z.input<typeof Catalog> = {
    format: FORMAT,
    rules: SEARCH_RULES_VERSION,
    parts: parts.map((p) => {
      const textStart = first > 0 ? textEnd[first - 1] : 0;
      first += p.entries.length;
      return {
        part: p.part,
        version: p.version,
        indexed: p.indexed,
        count: p.entries.length,
        textStart,
      };
    }),
    id: all.map((e) => e.summary.id),
    textBlockEnd,
  };
  let from = 0;
  const summaries = parts.map((p) => {
    const entries = p.entries.map((e) => e.summary);
    const column = <T>(get: (s: JournalSummary) => T): T[] => entries.map(get);
    const piece: z.input<typeof PartSummaries> = {
      date: column((s) => s.date),
      title: column((s) => s.title),
      tags: column((s) => s.tags),
      leaderId: column((s) => s.leaderId),
      mood: column((s) => s.mood),
      excerpt: column((s) => s.excerpt),
      updatedAt: column((s) => s.updatedAt),
      textEnd: textEnd.slice(from, from + entries.length),
    };
    from += entries.length;
    return Buffer.from(JSON.stringify(piece), 'utf8');
  });

  // Postings, in term order so that a prefix's terms sit in few blocks.
  const { index: postings, ...documents } = index;
  const sorted = [...postings].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const terms: string[] = [];
  const blockEnd: number[] = [];
  const blocks: Buffer[] = [];
  let block: string[] = [];
  let blockBytes = 0;
  const cutBlock = (): void => {
    blocks.push(Buffer.from(`[${block.join(',')}]`, 'utf8'));
    blockEnd.push(terms.length);
    block = [];
    blockBytes = 0;
  };
  for (const [term, data] of sorted) {
    const json = JSON.stringify(data);
    terms.push(term);
    block.push(json);
    blockBytes += json.length;
    if (blockBytes >= blockBytesMax) cutBlock();
  }
  if (block.length) cutBlock();
  const dictionary: z.input<typeof Dictionary> = {
    documents: documents as z.input<typeof Dictionary>['documents'],
    terms,
    blockEnd,
  };
  return [
    Buffer.from(JSON.stringify(catalog), 'utf8'),
    Buffer.from(JSON.stringify(dictionary), 'utf8'),
    ...blocks,
    ...summaries,
    ...textBlocks,
  ];
}

/**
 * A part of a saved file opened: its entries' ids at once, their summaries decoded when first
 * asked for (then kept; null when its piece cannot be used).
 */
export interface OpenedPart extends SavedPartEntries {
  part: string;
  version: string | null;
  indexed: boolean;
}

/** A saved file opened: its catalog decoded, its dictionary still to be read (`dictionary()`). */
export interface OpenedSavedIndex {
  parts: OpenedPart[];
  /** Reads the dictionary; null when it is not one this version can use. */
  dictionary(): SavedDictionary | null;
  /** Wipes the texts decrypted so far (at lock). */
  wipe(): void;
  /**
   * Reads the rest of the file from disk in one go (blocks and texts not read yet are
   * otherwise read one by one as they are needed).
   */
  loadAll(): Promise<void>;
  /**
   * Lets go of the file's bytes but its texts' and summaries' (a copy of those is kept), once the
   * index no longer needs its blocks.
   */
  compact(): void;
}

function parseJson(bytes: Buffer | null): unknown {
  if (!bytes) return undefined;
  try {
    return JSON.parse(readUtf8(bytes));
  } catch {
    return undefined;
  } finally {
    bytes.fill(0);
  }
}

/** The first text block ending after `at` (blocks end between entries), or the count of blocks. */
function textBlockAt(textBlockEnd: readonly number[], at: number): number {
  let lo = 0;
  let hi = textBlockEnd.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (textBlockEnd[mid] > at) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * Decodes one part's summaries piece into its entries; null when it does not fit what the
 * catalog says of the part (its count, where its texts start and end).
 */
function decodePart(
  bytes: Buffer | null,
  p: { part: string; ids: readonly string[]; textStart: number; textEnd: number },
  textBlockEnd: readonly number[],
  texts: TextBlocks,
): CatalogEntry[] | null {
  const parsed = PartSummaries.safeParse(parseJson(bytes));
  if (!parsed.success) return null;
  const c = parsed.data;
  const n = p.ids.length;
  const columns = [c.date, c.title, c.tags, c.leaderId, c.mood, c.excerpt, c.updatedAt, c.textEnd];
  if (columns.some((col) => col.length !== n)) return null;
  if ((n > 0 ? c.textEnd[n - 1] : p.textStart) !== p.textEnd) return null;
  const entries: CatalogEntry[] = [];
  let start = p.textStart;
  let block = textBlockAt(textBlockEnd, start);
  let blockStart = block > 0 ? textBlockEnd[block - 1] : 0;
  for (let i = 0; i < n; i++) {
    const end = c.textEnd[i];
    while (block < textBlockEnd.length && start >= textBlockEnd[block]) {
      blockStart = textBlockEnd[block];
      block++;
    }
    const fits = block < textBlockEnd.length ? end <= textBlockEnd[block] : end === start;
    if (end < start || !fits) return null;
    const summary: JournalSummary = {
      id: p.ids[i],
      date: c.date[i],
      title: c.title[i],
      tags: c.tags[i],
      leaderId: c.leaderId[i],
      mood: c.mood[i],
      excerpt: c.excerpt[i],
      updatedAt: c.updatedAt[i],
    };
    entries.push(
      new SavedEntry(p.part, summary, texts, block, start - blockStart, end - blockStart),
    );
    start = end;
  }
  return entries;
}

/**
 * Decodes the saved pieces' catalog; null when it is not one this version can use (it is then
 * rebuilt). Only the catalog is decrypted here: the dictionary when asked for, a part's summaries
 * when first needed, postings blocks when a search needs them, texts when shown.
 */
export function decodeSavedIndex(pieces: SealedPieces): OpenedSavedIndex | null {
  if (pieces.count < FIRST_BLOCK_PIECE) return null;
  const parsed = Catalog.safeParse(parseJson(pieces.open(CATALOG_PIECE)));
  if (!parsed.success) return null;
  const c = parsed.data;
  if (c.parts.reduce((sum, p) => sum + p.count, 0) !== c.id.length) return null;
  const firstText = pieces.count - c.textBlockEnd.length;
  const firstPart = firstText - c.parts.length;
  if (firstPart < FIRST_BLOCK_PIECE) return null;
  const textBytes = c.textBlockEnd.at(-1) ?? 0;
  for (let i = 0; i < c.parts.length; i++) {
    const next = i + 1 < c.parts.length ? c.parts[i + 1].textStart : textBytes;
    if (c.parts[i].textStart > next || (i === 0 && c.parts[i].textStart !== 0)) return null;
  }
  const kept = new KeptPieces(pieces, firstPart);
  const texts = new TextBlocks(kept, firstText);
  let at = 0;
  const parts = c.parts.map((p, i): OpenedPart => {
    const ids = c.id.slice(at, at + p.count);
    at += p.count;
    const textEnd = i + 1 < c.parts.length ? c.parts[i + 1].textStart : textBytes;
    let decoded: CatalogEntry[] | null | undefined;
    return {
      part: p.part,
      version: p.version,
      indexed: p.indexed,
      ids,
      entries() {
        if (decoded === undefined) {
          const range = { part: p.part, ids, textStart: p.textStart, textEnd };
          decoded = decodePart(kept.open(firstPart + i), range, c.textBlockEnd, texts);
        }
        return decoded;
      },
    };
  });
  const blockCount = firstPart - FIRST_BLOCK_PIECE;
  let sealedIndex: SealedPieces | null = pieces;
  return {
    parts,
    wipe: () => texts.wipe(),
    compact: () => kept.compact(),
    // The dictionary, the summaries and the texts share these pieces: what is read here serves all.
    loadAll: async () => void (await pieces.loadAll()),
    dictionary() {
      const from = sealedIndex;
      // The dictionary is read once; the pieces stay with it, for its blocks.
      sealedIndex = null;
      if (!from) return null;
      const d = Dictionary.safeParse(parseJson(from.open(DICTIONARY_PIECE)));
      if (!d.success) return null;
      const { documents, terms, blockEnd } = d.data;
      if (blockEnd.length !== blockCount || (blockCount > 0 && blockEnd.at(-1) !== terms.length))
        return null;
      for (let b = 1; b < blockEnd.length; b++) if (blockEnd[b] <= blockEnd[b - 1]) return null;
      return {
        documents,
        terms,
        blockEnd,
        block(b) {
          const postings = Block.safeParse(parseJson(from.open(FIRST_BLOCK_PIECE + b)));
          const size = blockEnd[b] - (b > 0 ? blockEnd[b - 1] : 0);
          return postings.success && postings.data.length === size ? postings.data : null;
        },
      };
    },
  };
}
