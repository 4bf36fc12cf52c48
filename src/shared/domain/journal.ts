import { z } from 'zod';
import { Id, IsoDate, IsoDateTime, ShortText } from './common';
import { RichDoc } from './richtext';

export const Mood = z.number().int().min(1).max(5);
export type Mood = z.infer<typeof Mood>;

/** What each mood step means, 1 to 5: the same words wherever a mood is picked, shown or exported. */
export const MOOD_LABELS = ['', 'Rough', 'Low', 'Steady', 'Good', 'Great'] as const;

export const Tag = z.string().trim().toLowerCase().min(1).max(40);

/** What separates the blocks (heading, paragraph, list item) of an entry in its excerpt. */
export const EXCERPT_BREAK = ' · ';

/** A dated journal entry about the relationship. */
export const JournalEntry = z.object({
  id: Id,
  date: IsoDate,
  title: ShortText.default(''),
  body: RichDoc.default(null),
  tags: z.array(Tag).max(30).default([]),
  leaderId: Id.nullable().default(null),
  mood: Mood.nullable().default(null),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
});
export type JournalEntry = z.infer<typeof JournalEntry>;

/** The tag that marks an entry as a win for the dashboard and the prep assistant. */
export const WIN_TAG = 'win';

/** A journal entry without its body: what the list, filters and search results show. */
export const JournalSummary = z.object({
  id: Id,
  date: IsoDate,
  title: z.string(),
  tags: z.array(z.string()),
  leaderId: Id.nullable(),
  mood: Mood.nullable(),
  /** The first words of the body, plain text. */
  excerpt: z.string(),
  updatedAt: IsoDateTime,
});
export type JournalSummary = z.infer<typeof JournalSummary>;

/** The fields a user writes; everything else is set by the app. */
export const JournalDraft = z.object({
  date: IsoDate,
  title: ShortText,
  body: RichDoc,
  tags: z.array(Tag).max(30),
  leaderId: Id.nullable(),
  mood: Mood.nullable(),
});
export type JournalDraft = z.infer<typeof JournalDraft>;

/** A reflection prompt that starts an entry, tied to one of the practices. */
export const ReflectionPrompt = z.object({
  id: z.string().max(60),
  practice: z.string().max(80),
  title: z.string().max(120),
  /** Questions the new entry starts with, one per line. */
  questions: z.array(z.string().max(300)).min(1).max(6),
  tags: z.array(z.string().max(40)).max(5),
});
export type ReflectionPrompt = z.infer<typeof ReflectionPrompt>;
