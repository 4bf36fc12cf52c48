import { isoUtc } from '../../../../shared/recurrence';
import { meetingKey } from '../../reminders/planner';
import type { ActionsService } from '../actions/actionsService';
import type { LeadersService } from '../leaders/leadersService';
import type { MeetingsService } from '../meetings/meetingsService';
import { cacheSeries, type ScheduleCache } from './scheduleCache';

const DAY = 86_400_000;
/** Meeting states are kept for this window: longer than the planner's horizon plus the longest lead time. */
const MEETING_WINDOW_DAYS = 35;

/** The services reminders read while the vault is unlocked. */
export interface ReminderSources {
  meetings: Pick<MeetingsService, 'allSeries' | 'meetingsInYears'>;
  actions: Pick<ActionsService, 'all'>;
  leaders: Pick<LeadersService, 'list' | 'get' | 'names'>;
}

/** What only the unlocked vault knows, for the words of a notification. */
export interface LiveFacts {
  names: Map<string, string>;
  /** Agenda items per meeting, by `meetingKey`. */
  agendaItems: Map<string, number>;
  /** Open action items per leader id. */
  openActions: Map<string, number>;
}

/** The schedule read from the vault: everything the cache could hold (names included), and the live facts. */
export interface LiveSchedule {
  schedule: Omit<ScheduleCache, 'fired'>;
  facts: LiveFacts;
}

const yearOf = (ms: number): string => String(new Date(ms).getUTCFullYear());

/** Reads what reminders need from the unlocked vault. */
export async function loadLiveSchedule(src: ReminderSources, now: number): Promise<LiveSchedule> {
  const since = isoUtc(now - DAY);
  const windowEnd = isoUtc(now + MEETING_WINDOW_DAYS * DAY);
  const allSeries = (await src.meetings.allSeries()).filter((s) => s.active);
  const names = await src.leaders.names();
  const meetings = await src.meetings.meetingsInYears(
    yearOf(now - 366 * DAY),
    yearOf(now + MEETING_WINDOW_DAYS * DAY),
  );

  const lastHeld = new Map<string, string>();
  const agendaItems = new Map<string, number>();
  const states: ScheduleCache['meetings'] = [];
  for (const m of meetings) {
    if (m.status === 'held' && m.start <= isoUtc(now) && (lastHeld.get(m.leaderId) ?? '') < m.start)
      lastHeld.set(m.leaderId, m.start);
    if (m.occurrenceKey < since || m.occurrenceKey > windowEnd) continue;
    agendaItems.set(meetingKey(m.seriesId, m.occurrenceKey), m.agenda.length);
    if (m.status !== 'scheduled' || m.moved)
      states.push({
        seriesId: m.seriesId,
        key: m.occurrenceKey,
        status: m.status,
        ...(m.moved ? { start: m.start } : {}),
      });
  }

  const leaders: ScheduleCache['leaders'] = [];
  for (const summary of await src.leaders.list({ includeArchived: false })) {
    const full = await src.leaders.get(summary.id).catch(() => null);
    if (!full) continue;
    leaders.push({
      id: full.id,
      addedAt: full.createdAt,
      lastHeld: lastHeld.get(full.id) ?? null,
      name: full.name,
      keepInTouch: full.keepInTouch,
    });
  }

  const openActions = new Map<string, number>();
  for (const a of await src.actions.all()) {
    if (a.status === 'open' && a.leaderId)
      openActions.set(a.leaderId, (openActions.get(a.leaderId) ?? 0) + 1);
  }

  return {
    schedule: {
      version: 1,
      series: allSeries.map((s) => cacheSeries(s, since)).sort((a, b) => a.id.localeCompare(b.id)),
      meetings: states.sort(
        (a, b) => a.seriesId.localeCompare(b.seriesId) || a.key.localeCompare(b.key),
      ),
      leaders: leaders.sort((a, b) => a.id.localeCompare(b.id)),
    },
    facts: { names, agendaItems, openActions },
  };
}
