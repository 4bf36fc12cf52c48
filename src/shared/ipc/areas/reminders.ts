import { z } from 'zod';
import { channel } from '../channel';
import { Id, IsoDateTime } from '../../domain/common';

/**
 * The next 1:1 across all active series. Its time is always known (also while the vault is
 * locked); the leader's name only while unlocked or when the user allowed details while locked.
 */
export const NextOneOnOneInfo = z.object({
  seriesId: Id,
  leaderId: Id,
  /** The occurrence's original start: with `seriesId`, what `meetings.open` takes. */
  key: IsoDateTime,
  start: IsoDateTime,
  end: IsoDateTime,
  /** The series' own time zone. */
  timeZone: z.string(),
  leaderName: z.string().nullable(),
  /** The route that opens this meeting's agenda. */
  route: z.string(),
});
export type NextOneOnOneInfo = z.infer<typeof NextOneOnOneInfo>;

/** A reminder still to come, worded as its notification will read. */
export const UpcomingReminder = z.object({
  id: z.string(),
  kind: z.enum(['meeting', 'keep-in-touch']),
  fireAt: IsoDateTime,
  /** Start of the meeting it is for (null for a keep-in-touch nudge). */
  meetingStart: IsoDateTime.nullable(),
  /** Minutes before the meeting (null for a keep-in-touch nudge). */
  leadMinutes: z.number().int().nullable(),
  title: z.string(),
  body: z.string(),
  route: z.string(),
});
export type UpcomingReminder = z.infer<typeof UpcomingReminder>;

/** Channels of the reminders area: what the tray and the UI show about what comes next. */
export const remindersContract = {
  /** Reminders still to come, soonest first. */
  upcoming: channel(
    z.object({ limit: z.number().int().min(1).max(50).default(10) }).optional(),
    z.array(UpcomingReminder),
  ),
  /** The next 1:1, or null when no active series has one. */
  next: channel(z.undefined(), NextOneOnOneInfo.nullable()),
};
