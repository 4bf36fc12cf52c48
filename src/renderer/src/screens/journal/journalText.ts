import { dateTileParts, formatMonthYear } from '../../../../shared/dateTime';
import { displayStyle } from '../../lib/format';
import { EXCERPT_BREAK, MOOD_LABELS, type JournalSummary } from '../../../../shared/domain/journal';

/** Words for the five moods, low to high. */
export const MOOD_WORDS = MOOD_LABELS;

/** A row of the journal list: a month heading, or an entry. */
export type ListRow =
  | { kind: 'month'; key: string; label: string }
  | { kind: 'entry'; key: string; entry: JournalSummary };

/** The month heading of a date, e.g. "March 2026". */
export function monthLabel(date: string): string {
  return formatMonthYear(date, displayStyle());
}

/** Day of month and short weekday of a date, for the list's date column. */
export function dayParts(date: string): { day: string; weekday: string } {
  const { day, weekday } = dateTileParts(date, displayStyle());
  return { day, weekday };
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

/**
 * The heading and preview of a list row, kept apart: the title over the text, or, for an
 * entry without a title, its first block (often a heading) over the blocks after it.
 */
export function rowText(e: Pick<JournalSummary, 'title' | 'excerpt'>): {
  heading: string;
  preview: string;
  untitled: boolean;
} {
  if (e.title.trim()) return { heading: e.title, preview: e.excerpt, untitled: false };
  const at = e.excerpt.indexOf(EXCERPT_BREAK);
  if (!e.excerpt) return { heading: 'Untitled entry', preview: '', untitled: true };
  return at < 0
    ? { heading: e.excerpt, preview: '', untitled: true }
    : {
        heading: e.excerpt.slice(0, at),
        preview: e.excerpt.slice(at + EXCERPT_BREAK.length),
        untitled: true,
      };
}
