import type { BenchRecord } from './figures';

/** What a record is held to: the field compared, the limit it must not pass, and how to say it. */
export interface Target {
  field: 'median_ms' | 'p95_ms' | 'kb' | 'mb';
  limit: number;
  text: string;
}

type Rule = (r: BenchRecord, all: readonly BenchRecord[]) => Target | null;

const find = (
  all: readonly BenchRecord[],
  figure: string,
  size: string,
  impl: string,
): BenchRecord | undefined =>
  all.find((x) => x.figure === figure && x.size === size && x.impl === impl);

/** A fixed limit for one figure at ten years (and at thirty, where no growth rule applies). */
const fixed =
  (
    figure: string,
    impl: string | null,
    field: Target['field'],
    limit: number,
    unit: string,
  ): Rule =>
  (r) =>
    r.figure === figure &&
    (impl === null || r.impl === impl) &&
    (r.size === '10-years' || (r.size === '30-years' && !GROWTH.has(figure)))
      ? { field, limit, text: `${field.replace(/_ms$/, '')} ≤ ${limit} ${unit}` }
      : null;

/** Figures whose thirty-year cost must stay within 1.5× their ten-year cost. */
const GROWTH = new Set(['unlock', 'autosave', 'search-first', 'journal-open', 'dashboard-open']);

/** The calendar figures have their own sizes; every size is held to the limit. */
const calendar =
  (figure: string, limit: number): Rule =>
  (r) =>
    r.figure === figure && r.impl.startsWith('upward')
      ? { field: 'median_ms', limit, text: `median ≤ ${limit} ms` }
      : null;

const RULES: Rule[] = [
  calendar('ics-import', 500),
  calendar('ics-exdates', 100),
  fixed('unlock', 'upward', 'median_ms', 1000, 'ms'),
  fixed('search', 'upward', 'p95_ms', 30, 'ms'),
  fixed('palette-search', 'upward', 'p95_ms', 50, 'ms'),
  fixed('search-first', 'upward', 'median_ms', 150, 'ms'),
  fixed('on-this-day', 'upward', 'median_ms', 50, 'ms'),
  fixed('journal-open', 'upward', 'median_ms', 200, 'ms'),
  fixed('dashboard-open', 'upward', 'median_ms', 300, 'ms'),
  fixed('cold-start', 'upward', 'median_ms', 250, 'ms'),
  fixed('entry-js', 'upward', 'kb', 150, 'KB gzipped'),
  fixed('typing', 'upward', 'p95_ms', 6, 'ms'),
  fixed('memory', 'main', 'mb', 80, 'MB'),
  fixed('memory', 'renderer', 'mb', 30, 'MB'),
  // Encrypted autosave against lowdb writing the same shard just as durably.
  (r, all) => {
    if (r.figure !== 'autosave' || r.impl !== 'upward' || r.size !== '10-years') return null;
    const base = find(all, 'autosave', r.size, 'lowdb-fsync')?.median_ms;
    return base === undefined
      ? null
      : {
          field: 'median_ms',
          limit: 1.3 * base,
          text: `median ≤ 1.3× lowdb-fsync (${(1.3 * base).toFixed(2)})`,
        };
  },
  // Thirty years costs no more than 1.5× ten years.
  (r, all) => {
    if (r.size !== '30-years' || !GROWTH.has(r.figure) || r.impl !== 'upward') return null;
    const base = find(all, r.figure, '10-years', r.impl)?.median_ms;
    return base === undefined
      ? null
      : {
          field: 'median_ms',
          limit: 1.5 * base,
          text: `median ≤ 1.5× 10-years (${(1.5 * base).toFixed(0)})`,
        };
  },
];

/** The target a record is held to, if any. */
export function targetOf(r: BenchRecord, all: readonly BenchRecord[]): Target | null {
  for (const rule of RULES) {
    const t = rule(r, all);
    if (t) return t;
  }
  return null;
}

/** True when the record meets its target; null when it has none or lacks the field. */
export function meets(r: BenchRecord, t: Target | null): boolean | null {
  const v = t ? r[t.field] : undefined;
  return t && v !== undefined ? v <= t.limit : null;
}
