import type { JournalSummary } from '../../../../shared/domain/journal';

/** Words for the five moods, low to high. */
export const MOOD_WORDS = ['', 'Low', 'Flat', 'Steady', 'Good', 'Great'] as const;

/** A row of the journal list: a month heading, or an entry. */
export type ListRow =
  | { kind: 'month'; key: string; label: string }
  | { kind: 'entry'; key: string; entry: JournalSummary };

/**
 * Formatters made once: `toLocaleDateString` builds a new one at every call (about a
 * millisecond each), which a list of ten years' months paid again at every save.
 */
let monthFormat: Intl.DateTimeFormat | null = null;
let weekdayFormat: Intl.DateTimeFormat | null = null;

/** The month heading of a date, e.g. "March 2026". */
export function monthLabel(date: string): string {
  const [y, m] = date.split('-').map(Number);
  monthFormat ??= new Intl.DateTimeFormat(undefined, { month: 'long', year: 'numeric' });
  return monthFormat.format(new Date(y, m - 1, 1));
}

/** Day of month and short weekday of a date, for the list's date column. */
export function dayParts(date: string): { day: string; weekday: string } {
  const [y, m, d] = date.split('-').map(Number);
  weekdayFormat ??= new Intl.DateTimeFormat(undefined, { weekday: 'short' });
  return { day: String(d), weekday: weekdayFormat.format(new Date(y, m - 1, d)) };
}

/** Entries (newest first) interleaved with a heading at each new month. */
export function toRows(entries: readonly JournalSummary[]): ListRow[] {
  const rows: ListRow[] = [];
  let month = '';
  for (const e of entries) {
    const m = e.date.slice(0, 7);
    if (m !== month) {
      month = m;
      rows.push({ kind: 'month', key: `m${m}`, label: monthLabel(e.date) });
    }
    rows.push({ kind: 'entry', key: e.id, entry: e });
  }
  return rows;
}

/** Sorts summaries the way the list shows them: newest date first, then last edited. */
export function newestFirst(a: JournalSummary, b: JournalSummary): number {
  // ISO dates and times order as plain strings; a collator (`localeCompare`) costs far more
  // on a list of ten years, sorted again at every save.
  const by = (x: string, y: string): number => (x < y ? -1 : x > y ? 1 : 0);
  return by(b.date, a.date) || by(b.updatedAt, a.updatedAt);
}
