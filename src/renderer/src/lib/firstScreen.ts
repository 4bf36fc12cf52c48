/** How long the app behind the first screen waits at most for that screen to be reported shown. */
export const PRELOAD_FALLBACK_MS = 1500;

/** How long work put off until the page is idle waits at most, once what it waits for is shown. */
export const IDLE_WAIT_MAX_MS = 200;

/**
 * Calls `start` once the first screen is on the screen: when the page reports its first
 * contentful paint (the frame has been presented, not only drawn), in the idle time after it.
 * Fetching and evaluating the rest earlier competes with that frame's raster on a small
 * machine and delays it. Without paint timing (or when no frame is shown, e.g. a hidden
 * window), after the next frame, or after `PRELOAD_FALLBACK_MS` at most. Returns a cancel.
 */
export function whenFirstScreenShown(start: () => void): () => void {
  let done = false;
  const timers: number[] = [];
  let frame = 0;
  let idle: number | null = null;
  const run = (): void => {
    if (done) return;
    done = true;
    start();
  };
  const soon = (): void => {
    if (typeof requestIdleCallback === 'function')
      idle = requestIdleCallback(run, { timeout: IDLE_WAIT_MAX_MS });
    else timers.push(window.setTimeout(run, 0));
  };
  timers.push(window.setTimeout(run, PRELOAD_FALLBACK_MS));
  let observer: PerformanceObserver | null = null;
  if (
    typeof PerformanceObserver === 'function' &&
    PerformanceObserver.supportedEntryTypes.includes('paint')
  ) {
    observer = new PerformanceObserver((list) => {
      if (list.getEntriesByName('first-contentful-paint').length === 0) return;
      observer?.disconnect();
      soon();
    });
    observer.observe({ type: 'paint', buffered: true });
  } else {
    frame = requestAnimationFrame(soon);
  }
  return () => {
    done = true;
    observer?.disconnect();
    cancelAnimationFrame(frame);
    if (idle !== null) cancelIdleCallback(idle);
    for (const t of timers) window.clearTimeout(t);
  };
}

/**
 * Says on the page's root element (`data-first-screen-shown`) that the first screen has been
 * shown: what is drawn only after it (the vault screens' background glow) comes in then.
 */
export function markFirstScreenShown(): void {
  document.documentElement.dataset.firstScreenShown = '';
}

/**
 * Calls `fn` once what has just been rendered is on the screen and the page is idle: after the
 * next frame, in idle time (or `IDLE_WAIT_MAX_MS` at most). For work a screen does after its
 * first view (the rest of a list, say), so that it does not hold back that view's frame.
 */
export function afterPaint(fn: () => void): void {
  requestAnimationFrame(() => {
    if (typeof requestIdleCallback === 'function')
      requestIdleCallback(fn, { timeout: IDLE_WAIT_MAX_MS });
    else window.setTimeout(fn, 0);
  });
}
