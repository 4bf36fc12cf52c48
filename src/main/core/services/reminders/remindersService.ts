import type { Settings } from '../../../../shared/domain/settings';
import type { NextOneOnOneInfo, UpcomingReminder } from '../../../../shared/ipc/areas/reminders';
import { isoUtc } from '../../../../shared/recurrence';
import type { Handlers } from '../../ipc/dispatch';
import { describeReminder, meetingRoute } from '../../reminders/describe';
import { meetingKey, planKeepInTouch, planReminders, type Planned } from '../../reminders/planner';
import {
  createReminderScheduler,
  type ReminderScheduler,
  type ReminderText,
  type SchedulerInput,
} from '../../reminders/scheduler';
import type { ServiceContext } from '../context';
import { watchClock, type ClockWatch } from './clockWatch';
import { loadLiveSchedule, type LiveFacts, type ReminderSources } from './liveSchedule';
import { nextMeetingAcross } from './nextMeeting';
import {
  EMPTY_SCHEDULE,
  meetingStatesFromCache,
  readScheduleCache,
  seriesFromCache,
  withoutNames,
  writeScheduleCache,
  type ScheduleCache,
} from './scheduleCache';
import { trayModel, type TrayModel } from './trayModel';

/** Plan this far ahead for the list of upcoming reminders (the scheduler uses the same). */
const HORIZON_MS = 8 * 86_400_000;

/** What the reminders service is built from, besides the service context. */
export interface RemindersDeps extends ReminderSources {
  isUnlocked(): boolean;
  /** Whether a vault exists (before the first run the tray offers less). */
  hasVault(): Promise<boolean>;
  /** Settings changes (lead times, details while locked, keep-in-touch weeks). */
  onSettingsChange(fn: (s: Settings) => void): void;
  /** The system time zone with its offset; tests give their own. */
  zone?: (now: number) => string;
  /** The user's zone for the tray's wording; tests give their own. */
  localTimeZone?: () => string;
}

/** Reminders: the scheduler, the schedule kept outside the vault, the next 1:1, the tray's words. */
export interface RemindersService {
  handlers: Handlers['reminders'];
  /** Reads the schedule file and starts planning; call once. */
  start(): Promise<void>;
  /** Re-plans now (data changed); resolves when the plan is current. */
  refresh(): Promise<void>;
  /** The machine woke up: a reminder missed while asleep fires once if its meeting has not started. */
  onResume(): Promise<void>;
  /** The system time zone changed. */
  onTimeZoneChange(): Promise<void>;
  /** The next 1:1; the leader's name only when unlocked or allowed while locked. */
  next(): Promise<NextOneOnOneInfo | null>;
  /** The tray menu as plain data. */
  tray(): Promise<TrayModel>;
  /** Called whenever what the tray shows may have changed. */
  onUpdate(fn: () => void): void;
  /** Stops timers and finishes writing the schedule file. */
  dispose(): Promise<void>;
}

/** Builds the reminders service. Nothing runs until `start()`. */
export function createRemindersService(ctx: ServiceContext, deps: RemindersDeps): RemindersService {
  const { clock, timers, notifier, dataDir } = ctx.deps;
  const listeners: (() => void)[] = [];
  let stored: ScheduleCache = EMPTY_SCHEDULE;
  let live: { schedule: Omit<ScheduleCache, 'fired'>; facts: LiveFacts } | null = null;
  let scheduler: ReminderScheduler | null = null;
  let watch: ClockWatch | null = null;
  let running: Promise<void> = Promise.resolve();
  let writes: Promise<void> = Promise.resolve();
  let written = '';
  let lastSignature = '';

  const locked = (): boolean => !deps.isUnlocked();
  const allowNames = (): boolean => ctx.settings().detailsWhileLocked;

  /** Queues a write of the schedule file when its content changed; failures are retried with the next change. */
  const persist = (next: ScheduleCache): Promise<void> => {
    stored = next;
    const text = JSON.stringify(next);
    writes = writes.then(async () => {
      if (text === written) return;
      try {
        await writeScheduleCache(dataDir, next);
        written = text;
      } catch {
        // Reminders keep working from memory; the next change tries again.
      }
    });
    return writes;
  };

  /** The schedule reminders work from: the vault's while unlocked, else the file's. */
  const schedule = (): Omit<ScheduleCache, 'fired'> => live?.schedule ?? stored;

  /** A leader's name if it may be shown now. */
  const nameOf = (leaderId: string): string | undefined => {
    if (live) return live.facts.names.get(leaderId);
    return allowNames() ? stored.leaders.find((l) => l.id === leaderId)?.name : undefined;
  };

  const inputFrom = (s: Omit<ScheduleCache, 'fired'>): SchedulerInput => {
    const settings = ctx.settings();
    return {
      series: s.series.map(seriesFromCache),
      leadMinutesDefault: settings.reminderLeadMinutes,
      meetingsByKey: meetingStatesFromCache({ ...s, fired: [] }),
      keepInTouch: {
        leaders: s.leaders.map((l) => ({
          id: l.id,
          since: l.addedAt,
          keepInTouch: l.keepInTouch,
        })),
        lastHeld: new Map(s.leaders.map((l) => [l.id, l.lastHeld])),
        weeks: settings.keepInTouchWeeks,
      },
    };
  };

  const load = async (): Promise<SchedulerInput> => {
    if (deps.isUnlocked()) {
      try {
        const fresh = await loadLiveSchedule(deps, clock.now());
        if (deps.isUnlocked()) {
          live = fresh;
          const kept = allowNames()
            ? fresh.schedule
            : withoutNames({ ...fresh.schedule, fired: [] });
          void persist({ ...kept, fired: stored.fired });
        }
      } catch {
        // A shard that cannot be read right now: keep planning from what is known.
      }
    }
    return inputFrom(schedule());
  };

  const describe = (r: Planned, isLocked: boolean, now = clock.now()): ReminderText => {
    const leaderName = isLocked && !allowNames() ? undefined : nameOf(r.leaderId);
    const facts =
      r.kind === 'meeting' && live && !isLocked
        ? {
            leaderName,
            agendaItems: live.facts.agendaItems.get(meetingKey(r.seriesId, r.occurrenceKey)) ?? 0,
            openActions: live.facts.openActions.get(r.leaderId) ?? 0,
          }
        : { leaderName };
    return describeReminder(r, { now, locked: isLocked, detailsWhileLocked: allowNames(), facts });
  };

  const next = (): NextOneOnOneInfo | null => {
    const s = schedule();
    const found = nextMeetingAcross(
      s.series.map(seriesFromCache),
      clock.now(),
      meetingStatesFromCache({ ...s, fired: [] }),
    );
    if (!found) return null;
    const { series, occurrence } = found;
    const name = locked() && !allowNames() ? undefined : nameOf(series.leaderId);
    return {
      seriesId: series.id,
      leaderId: series.leaderId,
      key: occurrence.key,
      start: occurrence.start,
      end: occurrence.end,
      timeZone: series.timeZone,
      leaderName: name ?? null,
      route: meetingRoute(series.id, occurrence.key),
    };
  };

  /** Tells the tray and, when something visible changed, the UI. */
  const announce = (): void => {
    const signature = JSON.stringify([next(), scheduler?.next()?.id ?? null, locked()]);
    listeners.forEach((fn) => fn());
    if (signature === lastSignature) return;
    lastSignature = signature;
    ctx.changed('reminders');
  };

  const replan = (): Promise<void> => {
    const run = (scheduler?.replan() ?? Promise.resolve()).then(() => writes).then(announce);
    running = run.catch(() => undefined);
    return run;
  };

  const upcoming = (limit: number): UpcomingReminder[] => {
    const now = clock.now();
    const input = inputFrom(schedule());
    const fired = new Set(scheduler?.firedIds() ?? stored.fired);
    const k = input.keepInTouch;
    const planned: Planned[] = [
      ...planReminders({ ...input, now, horizonMs: HORIZON_MS, fired }),
      ...(k ? planKeepInTouch({ ...k, now, horizonMs: HORIZON_MS, fired }) : []),
    ].sort((a, b) => a.fireAt - b.fireAt || a.id.localeCompare(b.id));
    return planned.slice(0, limit).map((r) => ({
      id: r.id,
      kind: r.kind,
      fireAt: isoUtc(Math.max(r.fireAt, now)),
      meetingStart: r.kind === 'meeting' ? isoUtc(r.meetingStart) : null,
      leadMinutes: r.kind === 'meeting' ? r.leadMinutes : null,
      ...describe(r, locked(), Math.max(r.fireAt, now)),
    }));
  };

  ctx.onLock(() => {
    // Names and counts read from the vault leave memory with the vault.
    live = null;
    void replan();
  });
  ctx.onUnlock(() => void replan());
  deps.onSettingsChange((s) => {
    // The file follows the choice at once: names leave it (even while locked), or join it from what the vault showed.
    if (!s.detailsWhileLocked && stored.leaders.some((l) => l.name !== undefined))
      void persist(withoutNames(stored));
    if (s.detailsWhileLocked && live) void persist({ ...live.schedule, fired: stored.fired });
    void replan();
  });

  return {
    handlers: {
      upcoming: async (input) => {
        await running;
        return upcoming(input?.limit ?? 10);
      },
      next: async () => {
        await running;
        return next();
      },
    },
    async start() {
      stored = await readScheduleCache(dataDir);
      written = JSON.stringify(stored);
      scheduler = createReminderScheduler({
        clock,
        timers,
        notifier,
        load,
        describe: (r, isLocked) => describe(r, isLocked),
        isLocked: locked,
        initialFired: stored.fired,
        onFired: (ids) => void persist({ ...stored, fired: ids }),
      });
      watch = watchClock(
        { clock, timers, zone: deps.zone },
        {
          zoneChanged: () => void scheduler?.onTimeZoneChange().then(announce),
          jumped: () => void scheduler?.onResume().then(announce),
          tick: announce,
        },
      );
      await replan();
    },
    refresh: replan,
    onResume: async () => {
      watch?.check();
      await scheduler?.onResume();
      announce();
    },
    onTimeZoneChange: async () => {
      await scheduler?.onTimeZoneChange();
      announce();
    },
    next: async () => {
      await running;
      return next();
    },
    async tray() {
      await running;
      return trayModel({
        next: next(),
        locked: locked(),
        hasVault: await deps.hasVault(),
        now: clock.now(),
        timeZone: deps.localTimeZone?.() ?? Intl.DateTimeFormat().resolvedOptions().timeZone,
        dateFormat: ctx.settings(),
      });
    },
    onUpdate: (fn) => void listeners.push(fn),
    async dispose() {
      watch?.dispose();
      scheduler?.dispose();
      await running;
      await writes;
    },
  };
}
