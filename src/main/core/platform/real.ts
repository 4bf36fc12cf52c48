import type { Clock, Timers } from './types';

/** The system clock. */
export const systemClock: Clock = { now: () => Date.now() };

/** The system timers. */
export const systemTimers: Timers = {
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (h) => clearTimeout(h as NodeJS.Timeout),
};
