import { z } from 'zod';
import { channel } from '../channel';
import { Id, IsoDate, ShortText } from '../../domain/common';
import { SavedFile } from './leaders';

/** The themes a review draft is grouped by, in the order the document shows them. */
export const ReviewTheme = z.enum(['wins', 'commitments', 'feedback', 'priorities']);
export type ReviewTheme = z.infer<typeof ReviewTheme>;

/** Headings of the themes, in the product's words. */
export const REVIEW_THEME_LABELS: Record<ReviewTheme, string> = {
  wins: 'Wins and results',
  commitments: 'Commitments kept and missed',
  feedback: 'Feedback received',
  priorities: 'What my leaders care about',
};

/** Where a line of evidence came from: the record, and the screen that shows it. */
export const ReviewSource = z.object({
  kind: z.enum(['journal', 'goodwill', 'project', 'metric', 'action', 'agenda', 'leader']),
  id: Id,
  /** What the link says, e.g. "Journal, 3 March 2026". */
  label: z.string().max(300),
  /** The app route that opens the record. */
  route: z.string().max(300),
});
export type ReviewSource = z.infer<typeof ReviewSource>;

/** One line of evidence in a review draft. */
export const ReviewLine = z.object({
  /** Stable for the same source, so edits survive a refresh of the draft. */
  key: z.string().max(300),
  theme: ReviewTheme,
  text: ShortText,
  source: ReviewSource,
  /** From a private record (the journal, goodwill notes): left out of the document unless ticked. */
  private: z.boolean(),
});
export type ReviewLine = z.infer<typeof ReviewLine>;

/** The period and leader a review covers. */
export const ReviewScope = z.object({
  from: IsoDate,
  to: IsoDate,
  /** null for every leader. */
  leaderId: Id.nullable(),
});
export type ReviewScope = z.infer<typeof ReviewScope>;

/** Channels of the review: gather the evidence of a period, export the edited draft. */
export const reviewContract = {
  /** The evidence of a period, grouped by theme, each line linked to its source. */
  draft: channel(ReviewScope, z.object({ lines: z.array(ReviewLine).max(5000) })),
  /** Saves the lines the user kept (and edited) as a .docx; nothing else goes in. */
  exportDocx: channel(
    ReviewScope.extend({
      lines: z.array(z.object({ theme: ReviewTheme, text: ShortText.min(1) })).max(5000),
    }),
    SavedFile,
  ),
};
