/**
 * Reads a Chromium performance trace (the `devtools.timeline` categories) taken while keys
 * were typed, and returns, per key, the main-thread work it caused: the CPU time (the trace's
 * thread time) the page's main thread spent running tasks from that key's keydown until the
 * next key's (or, for the last key, until `tailMs` later), and the part of it spent running
 * script. Thread time leaves out what a busy machine adds: waiting for a core.
 */

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  /** Thread (CPU) time, when the trace records it. */
  tdur?: number;
  args?: { name?: string; data?: { type?: string } };
}

/** Events whose time is script: event listeners, timers, frame callbacks, microtasks, compiling and running scripts. */
const SCRIPT = new Set([
  'EventDispatch',
  'FunctionCall',
  'TimerFire',
  'FireAnimationFrame',
  'FireIdleCallback',
  'RunMicrotasks',
  'V8.Execute',
  'v8.callFunction',
  'v8.run',
  'v8.compile',
  'EvaluateScript',
  'v8.evaluateModule',
  'XHRReadyStateChange',
  'MajorGC',
  'MinorGC',
  'V8.GC_SCAVENGER',
]);

/** The events not inside another of the list (same thread), in time order. */
function outermost(events: TraceEvent[]): TraceEvent[] {
  const sorted = [...events].sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const out: TraceEvent[] = [];
  let end = -Infinity;
  for (const e of sorted) {
    if (e.ts < end) continue;
    out.push(e);
    end = e.ts + (e.dur ?? 0);
  }
  return out;
}

/** CPU time of the events starting in [from, to): their thread time, or wall time when the trace has none. */
function cpuIn(events: TraceEvent[], from: number, to: number): number {
  let total = 0;
  for (const e of events) if (e.ts >= from && e.ts < to) total += e.tdur ?? e.dur ?? 0;
  return total;
}

export interface KeyWork {
  /** Milliseconds the main thread was busy (every task: script, style, layout, paint). */
  busy: number;
  /** Milliseconds of that spent in script (and its garbage collection). */
  script: number;
}

/** Per key (in the order typed), the main-thread work it caused. */
export function keyWork(traceJson: string, tailMs = 40): KeyWork[] {
  const parsed = JSON.parse(traceJson) as { traceEvents?: TraceEvent[] } | TraceEvent[];
  const events = Array.isArray(parsed) ? parsed : (parsed.traceEvents ?? []);
  // The page's main thread: where its keydown events were dispatched.
  const keydowns = events.filter(
    (e) => e.name === 'EventDispatch' && e.ph === 'X' && e.args?.data?.type === 'keydown',
  );
  if (!keydowns.length) return [];
  const { pid, tid } = keydowns[0];
  const onMain = events.filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && e.dur);
  const tasks = outermost(
    onMain.filter((e) => e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask'),
  );
  const script = outermost(onMain.filter((e) => SCRIPT.has(e.name)));
  const starts = keydowns.filter((e) => e.pid === pid && e.tid === tid).map((e) => e.ts);
  // A key's work starts with the task that dispatched its keydown.
  const taskStart = (ts: number): number =>
    tasks.find((t) => t.ts <= ts && ts < t.ts + (t.dur ?? 0))?.ts ?? ts;
  return starts.map((ts, i) => {
    const from = taskStart(ts);
    const to = i + 1 < starts.length ? taskStart(starts[i + 1]) : ts + tailMs * 1000;
    return { busy: cpuIn(tasks, from, to) / 1000, script: cpuIn(script, from, to) / 1000 };
  });
}

/**
 * CPU time (thread time) of the page's main thread from the navigation until the
 * `performance.mark` named `mark`, and the part of it spent in script.
 */
export function cpuUntilMark(traceJson: string, mark: string): KeyWork | null {
  const parsed = JSON.parse(traceJson) as { traceEvents?: TraceEvent[] } | TraceEvent[];
  const events = Array.isArray(parsed) ? parsed : (parsed.traceEvents ?? []);
  const end = events.find((e) => e.name === mark);
  if (!end) return null;
  const { pid, tid } = end;
  const start =
    events.find((e) => e.name === 'navigationStart' && e.pid === pid)?.ts ??
    Math.min(...events.filter((e) => e.pid === pid && e.tid === tid).map((e) => e.ts));
  const onMain = events.filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && e.dur);
  const tasks = outermost(
    onMain.filter((e) => e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask'),
  );
  const script = outermost(onMain.filter((e) => SCRIPT.has(e.name)));
  return {
    busy: cpuIn(tasks, start, end.ts) / 1000,
    script: cpuIn(script, start, end.ts) / 1000,
  };
}
