import { localTimeZone } from '../../../../shared/dateTime';
import type { Clock, Timers } from '../../platform/types';

/** How often the watch looks at the clock. */
export const CLOCK_WATCH_MS = 60_000;
/** A wall clock further than this from where a steady minute would have put it has jumped (sleep, or the user set it). */
const JUMP_TOLERANCE_MS = 30_000;

/** The system time zone as the process sees it, with its current offset (a zone's rules can change too). */
export function systemTimeZone(now: number): string {
  return `${localTimeZone()}|${new Date(now).getTimezoneOffset()}`;
}

/** What the watch reports. */
export interface ClockWatchEvents {
  /** The system time zone (or its offset) changed. */
  zoneChanged(): void;
  /** The wall clock moved by more than the time that passed: the machine slept or the clock was set. */
  jumped(): void;
  /** A minute passed (for labels such as "today at 10:00"). */
  tick(): void;
}

/** A running watch. */
export interface ClockWatch {
  /** Looks now (e.g. on resume from sleep) instead of waiting for the next minute. */
  check(): void;
  dispose(): void;
}

/**
 * Watches the clock once a minute. Electron has no event for a time-zone change and a sleep is
 * not always reported, so this is how reminders learn about both.
 */
export function watchClock(
  deps: { clock: Clock; timers: Timers; zone?: (now: number) => string; intervalMs?: number },
  on: ClockWatchEvents,
): ClockWatch {
  const interval = deps.intervalMs ?? CLOCK_WATCH_MS;
  const zoneOf = deps.zone ?? systemTimeZone;
  let zone = zoneOf(deps.clock.now());
  let expected = deps.clock.now() + interval;
  let handle: unknown = null;
  let disposed = false;

  const look = (fromTimer: boolean): void => {
    const now = deps.clock.now();
    const current = zoneOf(now);
    if (current !== zone) {
      zone = current;
      on.zoneChanged();
    }
    if (fromTimer && Math.abs(now - expected) > JUMP_TOLERANCE_MS) on.jumped();
    on.tick();
  };
  const arm = (): void => {
    if (disposed) return;
    expected = deps.clock.now() + interval;
    handle = deps.timers.setTimeout(() => {
      handle = null;
      try {
        look(true);
      } finally {
        arm();
      }
    }, interval);
  };
  arm();

  return {
    check() {
      look(false);
    },
    dispose() {
      disposed = true;
      if (handle !== null) deps.timers.clearTimeout(handle);
      handle = null;
    },
  };
}
