import type { Series } from '../../../../shared/domain/meeting';
import {
  isOccurrenceStart,
  isoUtc,
  seriesOccurrences,
  type Occurrence,
} from '../../../../shared/recurrence';

const DAY = 86_400_000;

/** The canonical form of an occurrence key (ISO UTC with milliseconds), or null when it is not a date. */
export function normalizeKey(key: string): string | null {
  const ms = Date.parse(key);
  return Number.isNaN(ms) ? null : isoUtc(ms);
}

/** One occurrence of a series by its key (original start), with any skip or move applied; null when the series has no such occurrence. */
export function occurrenceAt(series: Series, key: string): Occurrence | null {
  const k = normalizeKey(key);
  if (!k || !isOccurrenceStart(series, k)) return null;
  const ex = series.exceptions[k];
  const start = Date.parse(ex?.kind === 'move' ? ex.start : k);
  return (
    seriesOccurrences(series, isoUtc(start), isoUtc(start + 1)).find((o) => o.key === k) ?? null
  );
}

/** Occurrences (skipped ones included) starting after an instant, in order, at most `max` of them within ~3 years. */
export function occurrencesAfter(series: Series, afterIso: string, max = 40): Occurrence[] {
  const after = Date.parse(afterIso) + 1;
  const out: Occurrence[] = [];
  for (
    let from = after, span = 35 * DAY;
    from < after + 1100 * DAY && out.length < max;
    from += span, span *= 2
  ) {
    out.push(...seriesOccurrences(series, isoUtc(from), isoUtc(from + span)));
  }
  return out.slice(0, max);
}

/** Occurrences whose start lies in [from, to). */
export function occurrencesBetween(series: Series, fromIso: string, toIso: string): Occurrence[] {
  return seriesOccurrences(series, fromIso, toIso);
}
