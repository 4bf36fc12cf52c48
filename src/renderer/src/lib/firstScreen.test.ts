// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  IDLE_WAIT_MAX_MS,
  PRELOAD_FALLBACK_MS,
  afterPaint,
  whenFirstScreenShown,
} from './firstScreen';

/** A stand-in for the page's paint timing: `paint()` reports the first contentful paint. */
function fakePaintTiming(): { paint: () => void; observers: () => number } {
  let live: { cb: PerformanceObserverCallback; on: boolean }[] = [];
  class FakeObserver {
    static supportedEntryTypes = ['paint'];
    private entry: { cb: PerformanceObserverCallback; on: boolean };
    constructor(cb: PerformanceObserverCallback) {
      this.entry = { cb, on: false };
      live.push(this.entry);
    }
    observe(): void {
      this.entry.on = true;
    }
    disconnect(): void {
      this.entry.on = false;
    }
  }
  vi.stubGlobal('PerformanceObserver', FakeObserver);
  return {
    paint: () => {
      const list = {
        getEntriesByName: (name: string) =>
          name === 'first-contentful-paint' ? [{ name, startTime: 1 }] : [],
      } as unknown as PerformanceObserverEntryList;
      for (const o of live.filter((x) => x.on)) o.cb(list, {} as unknown as PerformanceObserver);
      live = live.filter((x) => x.on);
    },
    observers: () => live.filter((x) => x.on).length,
  };
}

describe('whenFirstScreenShown', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.stubGlobal('requestIdleCallback', (cb: () => void) => window.setTimeout(cb, 50));
    vi.stubGlobal('cancelIdleCallback', (h: number) => window.clearTimeout(h));
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('waits for the first contentful paint, then for idle time, and starts once', () => {
    const timing = fakePaintTiming();
    const start = vi.fn();
    whenFirstScreenShown(start);
    vi.advanceTimersByTime(PRELOAD_FALLBACK_MS - 100);
    expect(start).not.toHaveBeenCalled();
    timing.paint();
    expect(start).not.toHaveBeenCalled();
    vi.advanceTimersByTime(50);
    expect(start).toHaveBeenCalledTimes(1);
    expect(timing.observers()).toBe(0);
    vi.advanceTimersByTime(PRELOAD_FALLBACK_MS);
    expect(start).toHaveBeenCalledTimes(1);
  });

  it('starts anyway when no paint is reported (a hidden window)', () => {
    fakePaintTiming();
    const start = vi.fn();
    whenFirstScreenShown(start);
    vi.advanceTimersByTime(PRELOAD_FALLBACK_MS);
    expect(start).toHaveBeenCalledTimes(1);
  });

  it('starts after the next frame where the page has no paint timing', () => {
    vi.stubGlobal('PerformanceObserver', undefined);
    vi.stubGlobal('requestAnimationFrame', (cb: () => void) => window.setTimeout(cb, 16));
    const start = vi.fn();
    whenFirstScreenShown(start);
    vi.advanceTimersByTime(16 + 50);
    expect(start).toHaveBeenCalledTimes(1);
  });

  it('never starts once cancelled', () => {
    const timing = fakePaintTiming();
    const start = vi.fn();
    const cancel = whenFirstScreenShown(start);
    timing.paint();
    cancel();
    vi.advanceTimersByTime(PRELOAD_FALLBACK_MS * 2);
    expect(start).not.toHaveBeenCalled();
    expect(timing.observers()).toBe(0);
  });
});

describe('afterPaint', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('waits for the next frame, then for idle time (bounded), before calling', () => {
    vi.useFakeTimers();
    vi.stubGlobal('requestAnimationFrame', (cb: () => void) => window.setTimeout(cb, 16));
    const idle: { cb: () => void; timeout?: number }[] = [];
    vi.stubGlobal('requestIdleCallback', (cb: () => void, o?: { timeout?: number }) =>
      idle.push({ cb, timeout: o?.timeout }),
    );
    const fn = vi.fn();
    afterPaint(fn);
    expect(idle).toHaveLength(0);
    vi.advanceTimersByTime(16);
    expect(idle).toEqual([{ cb: fn, timeout: IDLE_WAIT_MAX_MS }]);
    expect(fn).not.toHaveBeenCalled();
  });
});
