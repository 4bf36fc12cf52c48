import { z } from 'zod';
import { Id, IsoDate, IsoDateTime, ShortText, TimeOfDay } from './common';
import { RichDoc } from './richtext';

/** How often a series repeats. `custom` uses the RFC 5545 rule in `rrule`. */
export const CadenceKind = z.enum(['weekly', 'biweekly', 'monthly', 'custom']);
export type CadenceKind = z.infer<typeof CadenceKind>;

/** A change to one occurrence of a series: skipped, or moved to another time. */
export const OccurrenceException = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('skip') }),
  z.object({ kind: z.literal('move'), start: IsoDateTime }),
]);
export type OccurrenceException = z.infer<typeof OccurrenceException>;

/** A recurring 1:1 with one leader. Times are wall-clock in `timeZone`. */
export const Series = z.object({
  id: Id,
  leaderId: Id,
  title: ShortText.default(''),
  cadence: CadenceKind,
  /** RFC 5545 RRULE body (e.g. `FREQ=WEEKLY;INTERVAL=2;BYDAY=TU`), always set, derived for presets. */
  rrule: z.string().max(500),
  /** 0 = Monday … 6 = Sunday. */
  weekday: z.number().int().min(0).max(6),
  startDate: IsoDate,
  time: TimeOfDay,
  durationMinutes: z.number().int().min(5).max(600).default(30),
  timeZone: z.string().min(1).max(64),
  reminderLeadMinutes: z.array(z.number().int().min(0).max(10080)).max(5).default([15]),
  templateId: Id.nullable().default(null),
  /** Exceptions keyed by the occurrence's original start (ISO, UTC). */
  exceptions: z.record(z.string(), OccurrenceException).default({}),
  active: z.boolean().default(true),
  /** The UID of the calendar event it was imported from, so importing it again updates it. */
  sourceUid: z.string().max(1100).optional(),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
});
export type Series = z.infer<typeof Series>;

/**
 * What a section is for, whatever the user calls it: the prep assistant and carry-over
 * use it to put items where they belong (`other` for sections the user invents).
 */
export const SectionKind = z.enum([
  'followups',
  'updates',
  'wins',
  'asks',
  'feedback',
  'help',
  'thanks',
  'other',
]);
export type SectionKind = z.infer<typeof SectionKind>;

/** One section of an agenda template. */
export const TemplateSection = z.object({
  id: Id,
  title: ShortText.min(1),
  prompt: ShortText.default(''),
  kind: SectionKind.default('other'),
});
export type TemplateSection = z.infer<typeof TemplateSection>;

/** An agenda template: the sections a new meeting's agenda starts with. */
export const AgendaTemplate = z.object({
  id: Id,
  name: ShortText.min(1),
  sections: z.array(TemplateSection).min(1).max(20),
});
export type AgendaTemplate = z.infer<typeof AgendaTemplate>;

export const AgendaItemStatus = z.enum(['open', 'discussed', 'deferred']);
export type AgendaItemStatus = z.infer<typeof AgendaItemStatus>;

/** Where an agenda item came from, so the UI can say so. */
export const AgendaItemOrigin = z.enum(['user', 'carried', 'assistant', 'action']);
export type AgendaItemOrigin = z.infer<typeof AgendaItemOrigin>;

/** One item on a meeting's agenda. */
export const AgendaItem = z.object({
  id: Id,
  sectionId: Id,
  text: ShortText.min(1),
  note: RichDoc.default(null),
  status: AgendaItemStatus.default('open'),
  origin: AgendaItemOrigin.default('user'),
  /** The item this one was carried over from (carry-over is keyed by it: repeating is harmless). */
  carriedFromId: Id.nullable().default(null),
  /** How many meetings in a row this item has been carried to (0 for a new item). */
  carryCount: z.number().int().min(0).default(0),
  /** The meeting a carried copy was carried from (null for items not carried, and copies older than this field). */
  carriedFromMeetingId: Id.nullable().default(null),
  /** When the user last changed this item here (text, decision, note, ticked, deferred, moved); null when never. */
  touchedAt: IsoDateTime.nullable().default(null),
  /** The prep assistant's suggestion this item was accepted from. */
  suggestionId: z.string().max(200).nullable().default(null),
  /** A decision reached on this item, for the follow-up message. */
  decision: ShortText.default(''),
});
export type AgendaItem = z.infer<typeof AgendaItem>;

export const MeetingStatus = z.enum(['scheduled', 'held', 'skipped']);
export type MeetingStatus = z.infer<typeof MeetingStatus>;

/** One occurrence of a series, materialised when the user first opens it. */
export const Meeting = z.object({
  id: Id,
  seriesId: Id,
  leaderId: Id,
  /** The occurrence's original start (ISO, UTC): the key that ties it to the series. */
  occurrenceKey: IsoDateTime,
  /** Actual start (differs from occurrenceKey when moved). */
  start: IsoDateTime,
  durationMinutes: z.number().int().min(5).max(600),
  status: MeetingStatus.default('scheduled'),
  moved: z.boolean().default(false),
  sections: z.array(TemplateSection).min(1),
  agenda: z.array(AgendaItem).default([]),
  prepNotes: RichDoc.default(null),
  notes: RichDoc.default(null),
  /** Suggestions of the prep assistant the user dismissed for this meeting. */
  dismissedSuggestions: z.array(z.string().max(200)).default([]),
  closedAt: IsoDateTime.nullable().default(null),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
});
export type Meeting = z.infer<typeof Meeting>;

/** Who owns an action item. */
export const ActionOwner = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('me') }),
  z.object({ kind: z.literal('leader') }),
  z.object({ kind: z.literal('other'), name: ShortText.min(1) }),
]);
export type ActionOwner = z.infer<typeof ActionOwner>;

export const ActionStatus = z.enum(['open', 'done', 'dropped']);
export type ActionStatus = z.infer<typeof ActionStatus>;

/** A commitment: what, who, by when, and where it was agreed. */
export const ActionItem = z.object({
  id: Id,
  text: ShortText.min(1),
  owner: ActionOwner,
  due: IsoDate.nullable().default(null),
  status: ActionStatus.default('open'),
  leaderId: Id.nullable().default(null),
  meetingId: Id.nullable().default(null),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
  completedAt: IsoDateTime.nullable().default(null),
});
export type ActionItem = z.infer<typeof ActionItem>;

/** A proposal of the prep assistant for one meeting, with the reason it is made. */
export const PrepSuggestion = z.object({
  /** Stable across recomputation (e.g. `overdue-action:<id>`), so dismissals stick. */
  id: z.string().min(1).max(200),
  /** The rule that made it, e.g. `overdue-actions`. */
  rule: z.string().min(1).max(60),
  /** The kind of section the item belongs in. */
  section: SectionKind,
  text: ShortText.min(1),
  /** One sentence saying why the assistant proposes it. */
  reason: z.string().min(1).max(500),
  /** A warning to read rather than an item to add (accepting it is not offered). */
  advisory: z.boolean().default(false),
});
export type PrepSuggestion = z.infer<typeof PrepSuggestion>;
