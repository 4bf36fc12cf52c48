import { z } from 'zod';
import { Id, IsoDate, IsoDateTime, ShortText } from './common';
import { RichDoc } from './richtext';

export const Mood = z.number().int().min(1).max(5);
export type Mood = z.infer<typeof Mood>;

export const Tag = z.string().trim().toLowerCase().min(1).max(40);

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
