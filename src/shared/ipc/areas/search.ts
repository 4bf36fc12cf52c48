import { z } from 'zod';
import { channel } from '../channel';
import { IsoDate } from '../../domain/common';
import { TextRange } from './journal';

/** The kinds of content the palette finds, in the order it shows their groups. */
export const SearchKind = z.enum([
  'leader',
  'meeting',
  'agenda',
  'action',
  'journal',
  'goodwill',
  'project',
]);
export type SearchKind = z.infer<typeof SearchKind>;

/** What a group of results is called in the palette. */
export const SEARCH_KIND_LABELS: Record<SearchKind, string> = {
  leader: 'Leaders',
  meeting: '1:1s',
  agenda: 'Agenda items',
  action: 'Action items',
  journal: 'Journal entries',
  goodwill: 'Goodwill entries',
  project: 'Projects',
};

/** One thing found: what it is called, a line of context, where the words matched, and where it opens. */
export const ContentHit = z.object({
  kind: SearchKind,
  /** Unique among all hits. */
  key: z.string(),
  title: z.string(),
  titleRanges: z.array(TextRange),
  /** A line of context (a profile field, a snippet, the leader's name). */
  detail: z.string(),
  detailRanges: z.array(TextRange),
  /** The day it belongs to, for the UI to write in the user's format; null when it has none. */
  date: IsoDate.nullable(),
  /** The in-app address that opens it. */
  route: z.string(),
});
export type ContentHit = z.infer<typeof ContentHit>;

/** Channels of the search area: one search over everything in the vault. */
export const searchContract = {
  /**
   * Leaders, 1:1s, agenda items, action items, journal entries, goodwill entries and
   * projects matching the words; prefix and typo tolerant, best first within each kind.
   */
  everything: channel(
    z.object({
      query: z.string().trim().max(200),
      perKind: z.number().int().min(1).max(50).default(5),
    }),
    z.object({
      groups: z.array(z.object({ kind: SearchKind, hits: z.array(ContentHit) })),
    }),
  ),
};
