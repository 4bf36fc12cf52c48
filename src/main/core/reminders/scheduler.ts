import type { Series } from '../../../shared/domain/meeting';
import type { Clock, Notifier, Timers } from '../platform/types';
import { describeReminder } from './describe';
import {
  dueNow,
  planKeepInTouch,
  planReminders,
  pruneFired,
  type KeepInTouchLeader,
  type MeetingState,
  type Planned,
} from './planner';

/** Plan far enough ahead that the next reminder is always known, and re-plan at least this often. */
const DEFAULT_HORIZON_MS = 8 * 86_400_000;
const DEFAULT_MAX_TIMER_MS = 60 * 60_000;
/** setTimeout's upper limit; longer delays would fire at once. */
const TIMEOUT_MAX = 2 ** 31 - 1;

/** What the scheduler re-reads on every re-plan. */
export interface SchedulerInput {
  series: readonly Series[];
  leadMinutesDefault: readonly number[];
  meetingsByKey?: ReadonlyMap<string, MeetingState>;
  keepInTouch?: {
    leaders: readonly KeepInTouchLeader[];
    lastHeld: ReadonlyMap<string, string | null>;
    weeks: number;
  } | null;
}

/** The notification text and where a click leads. */
export interface ReminderText {
  title: string;
  body: string;
  route: string;
}

/** What the scheduler is built from; the shell gives real ones, tests fakes. */
export interface ReminderSchedulerDeps {
  clock: Clock;
  timers: Timers;
  notifier: Notifier;
  /** Current series, meetings and settings. May throw (e.g. while locked): the last plan is kept then. */
  load: () => Promise<SchedulerInput> | SchedulerInput;
  /** Words of a notification; `locked` says whether the vault is locked right now. */
  describe: (r: Planned, locked: boolean) => ReminderText;
  /** Whether the vault is locked (no details in notifications then, unless allowed). */
  isLocked?: () => boolean;
  /** Ids already fired in an earlier run, so a restart shows nothing twice. */
  initialFired?: Iterable<string>;
  /** Called with the whole set of fired ids whenever it changes, to persist it. */
  onFired?: (ids: string[]) => void;
  horizonMs?: number;
  /** Longest single timer; longer waits are re-armed (also catches wall-clock changes). */
  maxTimerMs?: number;
}

/** The stateful side of reminders: one timer for the next one, re-planned on every change. */
export interface ReminderScheduler {
  /** Re-reads the input, shows what is due, and arms one timer for the next reminder. */
  replan(): Promise<void>;
  /** The machine woke up: missed reminders whose meeting has not started fire once. */
  onResume(): Promise<void>;
  /** The system time zone changed. */
  onTimeZoneChange(): Promise<void>;
  /** Stops the timer; nothing fires afterwards. */
  dispose(): void;
  /** The next reminder the timer is armed for, or null. */
  next(): Planned | null;
  /** Ids of reminders already shown (to persist across restarts). */
  firedIds(): string[];
}

/** Creates the reminder scheduler. Call `replan()` once to start it. */
export function createReminderScheduler(deps: ReminderSchedulerDeps): ReminderScheduler {
  const horizonMs = deps.horizonMs ?? DEFAULT_HORIZON_MS;
  const maxTimerMs = Math.min(deps.maxTimerMs ?? DEFAULT_MAX_TIMER_MS, TIMEOUT_MAX);
  const fired = new Set<string>(deps.initialFired ?? []);
  let upcoming: Planned[] = [];
  let handle: unknown = null;
  let disposed = false;
  let running: Promise<void> | null = null;
  let again = false;
  let dirty = false;

  const locked = (): boolean => deps.isLocked?.() ?? false;

  const text = (r: Planned): ReminderText => {
    try {
      return deps.describe(r, locked());
    } catch {
      // A reminder must never be lost to a formatting problem: fall back to the plain wording.
      return describeReminder(r, {
        now: deps.clock.now(),
        locked: true,
        detailsWhileLocked: false,
      });
    }
  };

  const fire = (r: Planned): void => {
    if (fired.has(r.id)) return;
    fired.add(r.id);
    dirty = true;
    try {
      deps.notifier.show({ id: r.id, ...text(r) });
    } catch {
      // The notifier failing must not stop later reminders.
    }
  };

  const arm = (): void => {
    if (handle !== null) deps.timers.clearTimeout(handle);
    handle = null;
    if (disposed) return;
    const next = upcoming[0];
    const wait = next ? Math.max(0, next.fireAt - deps.clock.now()) : maxTimerMs;
    handle = deps.timers.setTimeout(
      () => {
        handle = null;
        void replan();
      },
      Math.max(1, Math.min(wait, maxTimerMs)),
    );
  };

  const plan = (input: SchedulerInput, now: number): Planned[] => {
    const meetings = planReminders({
      series: input.series,
      now,
      horizonMs,
      leadMinutesDefault: input.leadMinutesDefault,
      fired,
      meetingsByKey: input.meetingsByKey,
    });
    const k = input.keepInTouch;
    const nudges = k
      ? planKeepInTouch({
          leaders: k.leaders,
          lastHeld: k.lastHeld,
          now,
          weeks: k.weeks,
          horizonMs,
          fired,
        })
      : [];
    return [...meetings, ...nudges].sort((a, b) => a.fireAt - b.fireAt || a.id.localeCompare(b.id));
  };

  const once = async (): Promise<void> => {
    let input: SchedulerInput | null;
    try {
      input = await deps.load();
    } catch {
      input = null;
    }
    if (disposed) return;
    const now = deps.clock.now();
    // Without fresh input (e.g. the vault is locked), keep the previous plan minus what has fired.
    const planned = input ? plan(input, now) : upcoming.filter((r) => !fired.has(r.id));
    for (const r of dueNow(planned, now)) fire(r);
    upcoming = planned.filter((p) => p.fireAt > now);
    const kept = pruneFired(fired, now);
    if (kept.length !== fired.size) {
      fired.clear();
      kept.forEach((id) => fired.add(id));
      dirty = true;
    }
    if (dirty) {
      dirty = false;
      try {
        deps.onFired?.([...fired]);
      } catch {
        // Persisting is best effort; the in-memory set still prevents duplicates.
      }
    }
    arm();
  };

  const replan = (): Promise<void> => {
    if (disposed) return Promise.resolve();
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      do {
        again = false;
        await once();
      } while (again && !disposed);
    })().finally(() => {
      running = null;
    });
    return running;
  };

  return {
    replan,
    onResume: replan,
    onTimeZoneChange: replan,
    dispose() {
      disposed = true;
      if (handle !== null) deps.timers.clearTimeout(handle);
      handle = null;
    },
    next: () => upcoming[0] ?? null,
    firedIds: () => [...fired],
  };
}

export { describeReminder, formatLead, meetingRoute, type ReminderFacts } from './describe';
