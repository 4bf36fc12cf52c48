import type { Clock, Timers } from './types';

/** Node runs a timer longer than this after 1 ms instead; the fake does the same so tests catch it. */
const TIMEOUT_MAX = 2 ** 31 - 1;

interface FakeTimer {
  id: number;
  due: number;
  fn: () => void;
}

/** A Clock and Timers pair that tests drive by hand, including a machine going to sleep. */
export interface FakeTime {
  clock: Clock;
  timers: Timers;
  /** The wall-clock time now (epoch ms). */
  now(): number;
  /** Lets time pass while awake: timers fire in order, each at its due time. */
  advance(ms: number): void;
  /** Like `advance`, but lets promises started by each timer settle before the next one fires. */
  tick(ms: number): Promise<void>;
  /**
   * Sleep: the wall clock moves on but no timer fires, and pending timers lose the slept time
   * (like the monotonic clocks timers run on). Call `resume()` to wake up before advancing again.
   */
  jump(ms: number): void;
  /** Wakes the machine after `jump`. */
  resume(): void;
  /** Sets the wall clock without touching timers (the user changes the system time). */
  setWallClock(ms: number): void;
  /** How many timers are pending. */
  pending(): number;
  /** The delays (ms) asked for, in order, as given to setTimeout. */
  requestedDelays(): number[];
}

/** Creates fake time starting at the given wall-clock instant. */
export function createFakeTime(startMs: number): FakeTime {
  let wall = startMs;
  let awake = 0;
  let asleep = false;
  let nextId = 1;
  let queue: FakeTimer[] = [];
  const delays: number[] = [];

  const timers: Timers = {
    setTimeout(fn, ms) {
      delays.push(ms);
      const delay = ms >= 1 && ms <= TIMEOUT_MAX ? ms : 1;
      const timer = { id: nextId++, due: awake + delay, fn };
      queue.push(timer);
      return timer.id;
    },
    clearTimeout(handle) {
      queue = queue.filter((t) => t.id !== handle);
    },
  };

  /** Runs the next timer due by `target`; false when there is none. */
  const runNext = (target: number): boolean => {
    if (asleep) throw new Error('The fake machine is asleep: call resume() first.');
    const next = queue
      .filter((t) => t.due <= target)
      .sort((a, b) => a.due - b.due || a.id - b.id)[0];
    if (!next) return false;
    queue = queue.filter((t) => t !== next);
    wall += next.due - awake;
    awake = next.due;
    next.fn();
    return true;
  };
  const settle = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

  return {
    clock: { now: () => wall },
    timers,
    now: () => wall,
    advance(ms) {
      const target = awake + ms;
      while (runNext(target));
      wall += target - awake;
      awake = target;
    },
    async tick(ms) {
      const target = awake + ms;
      await settle();
      while (runNext(target)) await settle();
      wall += target - awake;
      awake = target;
      await settle();
    },
    jump(ms) {
      asleep = true;
      wall += ms;
    },
    resume() {
      asleep = false;
    },
    setWallClock(ms) {
      wall = ms;
    },
    pending: () => queue.length,
    requestedDelays: () => [...delays],
  };
}
