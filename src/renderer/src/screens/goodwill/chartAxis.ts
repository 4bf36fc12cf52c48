import type { BalanceSpan } from '../../../../shared/domain/goodwill';
import {
  formatDayMonth,
  formatMonthName,
  formatMonthYear,
  type DateStyle,
} from '../../../../shared/dateTime';

/** One point of the balance chart: noon UTC of its day, so it sits on the same day everywhere. */
export interface ChartPoint {
  t: number;
  date: string;
  balance: number;
  moved: boolean;
}

/** How far apart the axis' ticks are. */
export type TickUnit = 'week' | 'month' | 'year';

const DAY = 86_400_000;
const noonOf = (y: number, m: number, d: number): number => Date.UTC(y, m, d, 12);
const isoOf = (t: number): string => new Date(t).toISOString().slice(0, 10);

/** The span of the time axis: the whole chosen period, ending today (the last point). */
export function chartDomain(
  points: readonly ChartPoint[],
  span: BalanceSpan,
): { from: number; to: number } {
  const to = points.at(-1)?.t ?? noonOf(2000, 0, 1);
  const first = points[0]?.t ?? to;
  const from = span === 'year' ? Math.min(first, to - 364 * DAY) : first;
  // One day is no axis: a ledger born today still shows the month around it.
  return { from: Math.min(from, to - 30 * DAY), to };
}

/** Ticks on calendar boundaries across the domain: weeks, months, or years, about a dozen of them. */
export function chartTicks(domain: { from: number; to: number }): {
  unit: TickUnit;
  values: number[];
} {
  const days = (domain.to - domain.from) / DAY;
  const values: number[] = [];
  if (days <= 100) {
    for (let t = domain.from; t <= domain.to; t += 7 * DAY) values.push(t);
    return { unit: 'week', values };
  }
  const start = new Date(domain.from);
  if (days <= 3 * 366) {
    const step = Math.max(1, Math.ceil(days / 30.5 / 13));
    for (let m = start.getUTCMonth() + 1; ; m += step) {
      const t = noonOf(start.getUTCFullYear(), m, 1);
      if (t > domain.to) break;
      values.push(t);
    }
    return { unit: 'month', values };
  }
  const step = Math.max(1, Math.ceil(days / 365 / 12));
  for (let y = start.getUTCFullYear() + 1; ; y += step) {
    const t = noonOf(y, 0, 1);
    if (t > domain.to) break;
    values.push(t);
  }
  return { unit: 'year', values };
}

/** A tick's words, the user's way: "Dec 7" for weeks, "Jan 2027" or "Feb" for months, "2027" for years. */
export function tickLabel(t: number, unit: TickUnit, style: DateStyle): string {
  const date = isoOf(t);
  if (unit === 'week') return formatDayMonth(date, style);
  if (unit === 'year') return date.slice(0, 4);
  const month = Number(date.slice(5, 7));
  return month === 1 || style.dateFormat === 'iso'
    ? formatMonthYear(date, style, 'short')
    : formatMonthName(month, style, 'short');
}
