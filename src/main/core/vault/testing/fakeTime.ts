import type { Clock, Timers } from '../../platform/types';

interface Pending {
  id: number;
  at: number;
  fn: () => void;
}

/** A clock and timers that move only when a test says so. */
export class FakeTime implements Clock, Timers {
  private t: number;
  private nextId = 1;
  private timers: Pending[] = [];

  constructor(start = Date.UTC(2026, 10, 26, 10, 0, 0)) {
    this.t = start;
  }

  now(): number {
    return this.t;
  }

  setTimeout(fn: () => void, ms: number): unknown {
    const id = this.nextId++;
    this.timers.push({ id, at: this.t + Math.max(0, ms), fn });
    return id;
  }

  clearTimeout(handle: unknown): void {
    this.timers = this.timers.filter((p) => p.id !== handle);
  }

  /** Moves time forward, running every timer that falls due on the way, in order. */
  async advance(ms: number): Promise<void> {
    const end = this.t + ms;
    for (;;) {
      const due = this.timers
        .filter((p) => p.at <= end)
        .sort((a, b) => a.at - b.at || a.id - b.id)[0];
      if (!due) break;
      this.timers = this.timers.filter((p) => p !== due);
      this.t = Math.max(this.t, due.at);
      due.fn();
      await settle();
    }
    this.t = end;
  }

  /** Number of timers waiting. */
  pending(): number {
    return this.timers.length;
  }
}

/** Lets promise callbacks and quick I/O run. */
export async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) await new Promise((r) => setImmediate(r));
}
