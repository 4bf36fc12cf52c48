import type { Clock, Timers } from '../platform/types';

/**
 * Calls `onIdle` once no activity was reported for the configured minutes. Activity
 * only records the time (cheap on every keystroke); the timer re-arms itself for
 * whatever is left when it fires early.
 */
export class IdleTimer {
  private last = 0;
  private handle: unknown = null;

  constructor(
    private readonly timers: Timers,
    private readonly clock: Clock,
    private readonly minutes: () => number,
    private readonly onIdle: () => void,
  ) {}

  /** Starts counting from now. */
  start(): void {
    this.last = this.clock.now();
    this.arm(this.limit());
  }

  /** The user did something. */
  activity(): void {
    this.last = this.clock.now();
  }

  /** Re-reads the setting (it changed) without forgetting the last activity. */
  reschedule(): void {
    if (this.handle === null) return;
    this.stop();
    this.arm(Math.max(0, this.limit() - (this.clock.now() - this.last)));
  }

  stop(): void {
    if (this.handle !== null) this.timers.clearTimeout(this.handle);
    this.handle = null;
  }

  private limit(): number {
    return this.minutes() * 60_000;
  }

  private arm(ms: number): void {
    this.handle = this.timers.setTimeout(() => {
      this.handle = null;
      const left = this.limit() - (this.clock.now() - this.last);
      if (left <= 0) this.onIdle();
      else this.arm(left);
    }, ms);
  }
}
