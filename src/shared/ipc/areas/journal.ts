import { z } from 'zod';
import { channel } from '../channel';
import { ById, Id, IsoDate } from '../../domain/common';
import {
  JournalDraft,
  JournalEntry,
  JournalSummary,
  ReflectionPrompt,
  Tag,
} from '../../domain/journal';
import { SavedFile } from './leaders';
import { patchOf } from '../../domain/patch';

/** Filters of the journal list and of the export; all optional, combined with "and". */
export const JournalFilter = z.object({
  tag: Tag.optional(),
  leaderId: Id.optional(),
  from: IsoDate.optional(),
  to: IsoDate.optional(),
});
export type JournalFilter = z.infer<typeof JournalFilter>;

/** A half-open range `[start, end)` of characters to highlight. */
export const TextRange = z.tuple([z.number().int().min(0), z.number().int().min(0)]);
export type TextRange = z.infer<typeof TextRange>;

/** One search result: the entry, and where the words matched in its title and in a snippet of its body. */
export const SearchHit = z.object({
  entry: JournalSummary,
  score: z.number(),
  titleRanges: z.array(TextRange),
  snippet: z.string(),
  snippetRanges: z.array(TextRange),
});
export type SearchHit = z.infer<typeof SearchHit>;

/** Channels of the journal area. */
export const journalContract = {
  /**
   * Entries newest first, without bodies, for the list. With `limit`, only the newest
   * matches are returned, reading no more years than needed (the first screen of the
   * list); `complete` says whether every match is there.
   */
  list: channel(
    JournalFilter.extend({ limit: z.number().int().min(1).max(100_000).optional() }).default({}),
    z.object({ entries: z.array(JournalSummary), complete: z.boolean() }),
  ),
  get: channel(ById, JournalEntry),
  /** Starts an entry; missing fields take today's date and empty values. */
  create: channel(JournalDraft.partial(), JournalEntry),
  /** Saves some fields (autosave sends only what changed). */
  update: channel(ById.extend({ patch: patchOf(JournalDraft) }), JournalEntry),
  delete: channel(ById, z.null()),
  /** Every tag in use with how many entries carry it, most used first (autocomplete and filters). */
  tags: channel(z.undefined(), z.array(z.object({ tag: z.string(), count: z.number().int() }))),
  /** Entries written on this month and day in earlier years, newest first. */
  onThisDay: channel(z.object({ date: IsoDate.optional() }).default({}), z.array(JournalSummary)),
  /** Full-text search: prefix and typo tolerant, best first. */
  search: channel(
    z.object({
      query: z.string().trim().max(200),
      limit: z.number().int().min(1).max(200).default(50),
    }),
    z.object({ hits: z.array(SearchHit) }),
  ),
  /** Reflection prompts to start an entry. */
  prompts: channel(z.undefined(), z.array(ReflectionPrompt)),
  /** Saves the entries of a date range (optionally one tag or leader) as .docx. */
  exportRange: channel(JournalFilter, SavedFile.extend({ count: z.number().int() })),
};
