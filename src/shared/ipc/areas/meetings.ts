import { z } from 'zod';
import { SectionChoice } from '../../domain/exportSections';
import { channel } from '../channel';
import { ById, Id, IsoDate, IsoDateTime, ShortText, TimeOfDay } from '../../domain/common';
import { RichDoc } from '../../domain/richtext';
import { patchOf } from '../../domain/patch';
import {
  AgendaItemStatus,
  AgendaTemplate,
  CadenceKind,
  Meeting,
  MeetingStatus,
  PrepSuggestion,
  Series,
  TemplateSection,
} from '../../domain/meeting';
import { ActionView } from './actions';

/** What the user fills in to create a series (the recurrence rule is derived for presets). */
export const SeriesDraft = z.object({
  leaderId: Id,
  title: ShortText.default(''),
  cadence: CadenceKind,
  /** Only read for `custom`: an RRULE body such as `FREQ=MONTHLY;BYDAY=1TU`. */
  rrule: z.string().trim().max(500).default(''),
  weekday: z.number().int().min(0).max(6),
  startDate: IsoDate,
  time: TimeOfDay,
  durationMinutes: z.number().int().min(5).max(600).default(30),
  timeZone: z.string().min(1).max(64),
  reminderLeadMinutes: z.array(z.number().int().min(0).max(10080)).max(5).default([15]),
  templateId: Id.nullable().default(null),
});
export type SeriesDraft = z.input<typeof SeriesDraft>;

/** When a series meets, as the screens put it in words (with `describeRrule`, the user's way). */
export const ScheduleFields = z.object({
  rrule: z.string(),
  startDate: z.string(),
  time: z.string(),
  timeZone: z.string(),
  weekday: z.number().int(),
});
export type ScheduleFields = z.infer<typeof ScheduleFields>;

/** What keeping a UTC series in its calendar's zone changes (`describeZoneConsequence` writes it). */
export const ZoneConsequence = z.object({
  utcTime: z.string(),
  zone: z.string(),
  zoneTimes: z.array(z.string()),
  zoneTime: z.string(),
  differ: z.number().int(),
  of: z.number().int(),
  shift: z.enum(['earlier', 'later']),
});

/** One repeating event of a calendar file, as the import picker shows it. */
export const IcsCandidate = z.object({
  /** Identifies the series within the file (its UID, or its place when it has none). */
  key: z.string(),
  uid: z.string().nullable(),
  title: z.string(),
  organiser: z.string().nullable(),
  attendees: z.array(z.string()),
  /** When it meets (the picker writes it in words, the user's way). */
  schedule: ScheduleFields,
  timeZone: z.string(),
  /** The next meetings (up to three), ISO UTC. */
  nextStarts: z.array(IsoDateTime),
  ended: z.boolean(),
  /** The series already in Upward from the same UID (an import updates it). */
  existing: z.object({ seriesId: Id, leaderId: Id, leaderName: z.string() }).nullable(),
  warnings: z.array(z.string()),
  /** For times written in UTC in a calendar that names its zone: the series kept in that zone instead. */
  zoneChoice: z
    .object({
      zone: z.string(),
      schedule: ScheduleFields,
      nextStarts: z.array(IsoDateTime),
      consequence: ZoneConsequence,
    })
    .nullable(),
});
export type IcsCandidate = z.infer<typeof IcsCandidate>;

/** A calendar file read for import: its series and what could not be read. */
export const IcsFileView = z.object({
  token: z.string(),
  fileName: z.string(),
  series: z.array(IcsCandidate),
  skipped: z.array(z.string()),
  singleEvents: z.number().int(),
  /** How the file was read, when the user should know (e.g. its text encoding was a guess). */
  notices: z.array(z.string()),
});
export type IcsFileView = z.infer<typeof IcsFileView>;

/** One occurrence of a series as the schedule shows it. */
export const OccurrenceView = z.object({
  seriesId: Id,
  leaderId: Id,
  leaderName: z.string(),
  title: z.string(),
  /** The occurrence's original start: identifies it within the series. */
  key: IsoDateTime,
  start: IsoDateTime,
  end: IsoDateTime,
  timeZone: z.string(),
  status: z.enum(['scheduled', 'skipped']),
  moved: z.boolean(),
  /** Set once the meeting was opened (its agenda exists). */
  meetingId: Id.nullable(),
  meetingStatus: MeetingStatus.nullable(),
  agendaCount: z.number().int(),
});
export type OccurrenceView = z.infer<typeof OccurrenceView>;

/** A series with what its list needs. */
export const SeriesView = z.object({
  series: Series,
  leaderName: z.string(),
  next: OccurrenceView.nullable(),
});
export type SeriesView = z.infer<typeof SeriesView>;

/** A meeting in a history list. */
export const MeetingSummary = z.object({
  id: Id,
  seriesId: Id,
  leaderId: Id,
  leaderName: z.string(),
  title: z.string(),
  start: IsoDateTime,
  status: MeetingStatus,
  moved: z.boolean(),
  agendaCount: z.number().int(),
  discussedCount: z.number().int(),
  closedAt: IsoDateTime.nullable(),
});
export type MeetingSummary = z.infer<typeof MeetingSummary>;

/** A meeting with everything its screen shows. */
export const MeetingView = z.object({
  meeting: Meeting,
  title: z.string(),
  leaderName: z.string(),
  timeZone: z.string(),
  /** Open action items of this leader from before this meeting (and those completed since it was prepared). */
  followUps: z.array(ActionView),
  /** Action items agreed in this meeting. */
  actions: z.array(ActionView),
  /** The meeting of the same series before this one, if it was opened. */
  previousMeetingId: Id.nullable(),
  /** The occurrence after this one, where undiscussed items go when it closes. */
  next: z.object({ key: IsoDateTime, start: IsoDateTime, meetingId: Id.nullable() }).nullable(),
});
export type MeetingView = z.infer<typeof MeetingView>;

/** What undoing a hold or a skip did to the next 1:1: copies taken back, copies kept because the user changed them there. */
export const CarryUndone = z.object({ removed: z.number().int(), kept: z.number().int() });
export type CarryUndone = z.infer<typeof CarryUndone>;

/** An occurrence after a skip, move or restore, with what a restore took back from the next 1:1. */
const OccurrenceChanged = OccurrenceView.extend({ carryUndone: CarryUndone });

const MeetingRef = z.object({ meetingId: Id });
const ItemRef = z.object({ meetingId: Id, itemId: Id });
const OccurrenceRef = z.object({ seriesId: Id, key: IsoDateTime });
const Saved = z.object({ path: z.string().nullable() });

/** Channels of the meetings area: series, meetings and their agendas, the prep assistant, exports. */
export const meetingsContract = {
  listSeries: channel(z.object({ leaderId: Id.optional() }).optional(), z.array(SeriesView)),
  createSeries: channel(SeriesDraft, SeriesView),
  updateSeries: channel(patchOf(SeriesDraft).extend({ id: Id }), SeriesView),
  /** Deletes the series and its future schedule; meetings already held stay in the record. */
  deleteSeries: channel(ById, z.null()),
  skipOccurrence: channel(OccurrenceRef, OccurrenceChanged),
  moveOccurrence: channel(OccurrenceRef.extend({ start: IsoDateTime }), OccurrenceChanged),
  /** Undoes a skip or a move; a skipped meeting's untouched carried copies leave the next 1:1. */
  restoreOccurrence: channel(OccurrenceRef, OccurrenceChanged),
  upcoming: channel(
    z
      .object({
        leaderId: Id.optional(),
        days: z.number().int().min(1).max(400).default(60),
        limit: z.number().int().min(1).max(200).default(20),
      })
      .optional(),
    z.array(OccurrenceView),
  ),
  history: channel(
    z
      .object({ leaderId: Id.optional(), limit: z.number().int().min(1).max(200).default(20) })
      .optional(),
    z.array(MeetingSummary),
  ),
  /** Opens one occurrence: creates its agenda from the series' template the first time. */
  open: channel(OccurrenceRef, MeetingView),
  get: channel(ById, MeetingView),

  agendaAdd: channel(
    MeetingRef.extend({ sectionId: Id, text: ShortText.min(1, 'An agenda item needs some text') }),
    MeetingView,
  ),
  agendaUpdate: channel(
    ItemRef.extend({
      text: ShortText.min(1, 'An agenda item needs some text').optional(),
      decision: ShortText.optional(),
      note: RichDoc.optional(),
    }),
    MeetingView,
  ),
  agendaSetStatus: channel(ItemRef.extend({ status: AgendaItemStatus }), MeetingView),
  /** Moves an item to a position in a section (drag and drop, or Alt+arrow keys). */
  agendaMove: channel(
    ItemRef.extend({ sectionId: Id, index: z.number().int().min(0).max(1000) }),
    MeetingView,
  ),
  agendaDelete: channel(ItemRef, MeetingView),
  /** Autosave of the private prep notes and the meeting notes. */
  saveNotes: channel(
    MeetingRef.extend({ prepNotes: RichDoc.optional(), notes: RichDoc.optional() }),
    z.object({ updatedAt: IsoDateTime }),
  ),
  /** Marks the meeting held and carries undiscussed items to the next one (repeating is harmless). */
  close: channel(
    ById.extend({
      /** Set once the user confirmed holding a meeting that has not started yet. */
      early: z.boolean().default(false),
    }),
    MeetingView.extend({ carried: z.number().int() }),
  ),
  /** Opens a held meeting again; its untouched carried copies leave the next 1:1. */
  reopen: channel(ById, MeetingView.extend({ carryUndone: CarryUndone })),

  listTemplates: channel(z.undefined(), z.array(AgendaTemplate)),
  createTemplate: channel(
    z.object({
      name: ShortText.min(1, 'A template needs a name'),
      sections: z
        .array(TemplateSection.partial({ id: true }))
        .min(1)
        .max(20),
    }),
    AgendaTemplate,
  ),
  updateTemplate: channel(
    z.object({
      id: Id,
      name: ShortText.min(1, 'A template needs a name').optional(),
      sections: z
        .array(TemplateSection.partial({ id: true }))
        .min(1)
        .max(20)
        .optional(),
    }),
    AgendaTemplate,
  ),
  deleteTemplate: channel(ById, z.null()),

  suggestions: channel(MeetingRef, z.array(PrepSuggestion)),
  acceptSuggestion: channel(
    MeetingRef.extend({ suggestionId: z.string().min(1).max(200) }),
    MeetingView,
  ),
  dismissSuggestion: channel(
    MeetingRef.extend({ suggestionId: z.string().min(1).max(200) }),
    z.null(),
  ),

  /** The follow-up as text to copy, with the subject and body a mail app is opened with. */
  followUpText: channel(
    MeetingRef.extend({ sections: SectionChoice }),
    z.object({ text: z.string(), subject: z.string(), body: z.string() }),
  ),
  /** Saves the agenda as .docx with the parts ticked (keys of AGENDA_SECTIONS); the shareable ones when left out. */
  exportAgenda: channel(MeetingRef.extend({ sections: SectionChoice }), Saved),
  exportFollowUp: channel(MeetingRef.extend({ sections: SectionChoice }), Saved),
  exportSeriesIcs: channel(ById, Saved),
  exportMeetingIcs: channel(OccurrenceRef, Saved),
  /** Asks for an .ics file and reads it in the background (progress: `icsProgress`); null when the dialog is cancelled. */
  readIcs: channel(z.undefined(), IcsFileView.nullable()),
  /** Stops the read in progress; it then answers `cancelled`. */
  cancelReadIcs: channel(z.undefined(), z.null()),
  /** Imports the ticked series of the file last read, each linked to a leader; a series already imported (same UID) is updated. */
  importIcsSeries: channel(
    z.object({
      token: z.string().min(1).max(100),
      picks: z
        .array(
          z.object({
            key: z.string().min(1).max(1100),
            leaderId: Id,
            /** Keep the series in the zone the calendar names instead of the file's UTC times. */
            useCalendarZone: z.boolean().default(false),
          }),
        )
        .min(1, 'Tick at least one series to import')
        .max(500),
    }),
    z.object({
      imported: z.array(z.object({ series: SeriesView, updated: z.boolean() })),
      /** What the user should know about how the file was read. */ warnings: z.array(z.string()),
    }),
  ),
};
