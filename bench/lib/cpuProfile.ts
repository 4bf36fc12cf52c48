/** Reads a V8 CPU profile (the DevTools `Profiler` domain's `Profile`): where the time went. */

export interface CpuProfile {
  nodes: {
    id: number;
    callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  }[];
  samples?: number[];
  timeDeltas?: number[];
}

export interface SelfTime {
  /** The function's name (or what V8 calls the work, e.g. `(garbage collector)`). */
  name: string;
  /** Its script's file name and line (1-based), when it has one. */
  where: string;
  /** Milliseconds sampled in the function itself (not in what it called). */
  ms: number;
}

/** The `count` functions with the most self time, idle time left out. */
export function topSelfTime(profile: CpuProfile, count: number): SelfTime[] {
  const frames = new Map(profile.nodes.map((n) => [n.id, n.callFrame]));
  const byFunction = new Map<string, SelfTime>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  for (let i = 0; i < samples.length; i++) {
    // A sample's time is the gap to the next one.
    const us = deltas[i + 1] ?? 0;
    const frame = frames.get(samples[i]);
    if (!frame || frame.functionName === '(idle)' || frame.functionName === '(program)') continue;
    const file = frame.url.split('/').pop() ?? '';
    const where = file ? `${file}:${frame.lineNumber + 1}:${frame.columnNumber + 1}` : '';
    const key = `${frame.functionName}@${where}`;
    const entry = byFunction.get(key) ?? {
      name: frame.functionName || '(anonymous)',
      where,
      ms: 0,
    };
    entry.ms += us / 1000;
    byFunction.set(key, entry);
  }
  return [...byFunction.values()].sort((a, b) => b.ms - a.ms).slice(0, count);
}
