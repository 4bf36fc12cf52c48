import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { Id, IsoDate, IsoDateTime, TimeOfDay } from '../../../../shared/domain/common';
import { MeetingStatus, OccurrenceException, type Series } from '../../../../shared/domain/meeting';
import { meetingKey, type MeetingState } from '../../reminders/planner';
import { writeFileAtomic } from '../../vault/atomicWrite';

/** The file beside `settings.json` that lets reminders work while the vault is locked. */
export const SCHEDULE_FILE = 'reminders.json';

/** What a series needs to be planned, and nothing else: no title, no notes. */
const CachedSeries = z.object({
  id: Id,
  leaderId: Id,
  rrule: z.string().max(500),
  startDate: IsoDate,
  time: TimeOfDay,
  timeZone: z.string().min(1).max(64),
  durationMinutes: z.number().int().min(5).max(600),
  reminderLeadMinutes: z.array(z.number().int().min(0).max(10080)).max(5),
  exceptions: z.record(z.string(), OccurrenceException),
});
export type CachedSeries = z.infer<typeof CachedSeries>;

/** The state of a meeting in the planning window that was opened (held, skipped or moved). */
const CachedMeeting = z.object({
  seriesId: Id,
  key: IsoDateTime,
  status: MeetingStatus,
  start: IsoDateTime.optional(),
});

/** A leader as the keep-in-touch nudge sees it; the name only when the user allowed it. */
const CachedLeader = z.object({
  id: Id,
  addedAt: IsoDateTime,
  lastHeld: IsoDateTime.nullable(),
  name: z.string().max(200).optional(),
  /** The leader's own keep-in-touch choice (absent in files written before it existed: the general one). */
  keepInTouch: z
    .object({ on: z.boolean(), weeks: z.number().int().min(1).max(52).nullable() })
    .optional(),
});
export type CachedLeader = z.infer<typeof CachedLeader>;

/** The reminder schedule kept outside the vault, plus the ids of reminders already shown. */
export const ScheduleCache = z.object({
  version: z.literal(1),
  series: z.array(CachedSeries).default([]),
  meetings: z.array(CachedMeeting).default([]),
  leaders: z.array(CachedLeader).default([]),
  fired: z.array(z.string().max(300)).default([]),
});
export type ScheduleCache = z.infer<typeof ScheduleCache>;

/** An empty schedule: nothing to remind of until the vault is first unlocked. */
export const EMPTY_SCHEDULE: ScheduleCache = {
  version: 1,
  series: [],
  meetings: [],
  leaders: [],
  fired: [],
};

/** Reads the schedule file; a missing or damaged file reads as empty (it is rebuilt on the next unlock). */
export async function readScheduleCache(dataDir: string): Promise<ScheduleCache> {
  try {
    const parsed = ScheduleCache.safeParse(
      JSON.parse(await readFile(join(dataDir, SCHEDULE_FILE), 'utf8')),
    );
    return parsed.success ? parsed.data : EMPTY_SCHEDULE;
  } catch {
    return EMPTY_SCHEDULE;
  }
}

/** Writes the schedule file atomically, readable by the user only. */
export async function writeScheduleCache(dataDir: string, cache: ScheduleCache): Promise<void> {
  await writeFileAtomic(join(dataDir, SCHEDULE_FILE), JSON.stringify(cache, null, 2));
}

/** Keeps only exceptions that can still matter: those of meetings from a day ago onwards. */
function currentExceptions(exceptions: Series['exceptions'], since: string): Series['exceptions'] {
  return Object.fromEntries(
    Object.entries(exceptions).filter(
      ([key, ex]) => key >= since || (ex.kind === 'move' && ex.start >= since),
    ),
  );
}

/** The cached form of an active series: its recurrence and lead times only. */
export function cacheSeries(series: Series, since: string): CachedSeries {
  return {
    id: series.id,
    leaderId: series.leaderId,
    rrule: series.rrule,
    startDate: series.startDate,
    time: series.time,
    timeZone: series.timeZone,
    durationMinutes: series.durationMinutes,
    reminderLeadMinutes: [...series.reminderLeadMinutes],
    exceptions: currentExceptions(series.exceptions, since),
  };
}

/** A plannable series rebuilt from the cache (the fields the cache does not keep get neutral values). */
export function seriesFromCache(c: CachedSeries): Series {
  return {
    ...c,
    title: '',
    cadence: 'custom',
    weekday: 0,
    templateId: null,
    active: true,
    createdAt: '1970-01-01T00:00:00.000Z',
    updatedAt: '1970-01-01T00:00:00.000Z',
  };
}

/** The cached meeting states, keyed as the planner looks them up. */
export function meetingStatesFromCache(cache: ScheduleCache): Map<string, MeetingState> {
  return new Map(
    cache.meetings.map((m) => [
      meetingKey(m.seriesId, m.key),
      m.start ? { status: m.status, start: m.start } : { status: m.status },
    ]),
  );
}

/** The cache without leader names (the user turned details while locked off). */
export function withoutNames(cache: ScheduleCache): ScheduleCache {
  return { ...cache, leaders: cache.leaders.map(({ name: _name, ...rest }) => rest) };
}
