import type { Series } from '../../../../shared/domain/meeting';
import type { SeriesDraft } from '../../../../shared/ipc/areas/meetings';
import {
  isValidTimeZone,
  normalizeRrule,
  parseRrule,
  presetRrule,
  validateRrule,
} from '../../../../shared/recurrence';
import type { z } from 'zod';
import { AppError } from '../../errors';

/** The fields of a series the user sets. */
export type SeriesFields = z.output<typeof SeriesDraft>;

/** The repeat rule of a series: derived for a preset cadence, checked and normalised for a custom one. */
export function ruleFor(
  d: Pick<SeriesFields, 'cadence' | 'rrule' | 'weekday' | 'startDate'>,
): string {
  if (d.cadence !== 'custom') return presetRrule(d.cadence, d.weekday, d.startDate);
  const checked = validateRrule(d.rrule);
  if (!checked.ok) throw new AppError('invalid-input', checked.message);
  return normalizeRrule(d.rrule) ?? d.rrule;
}

/** Checks what the rule cannot: the time zone and the reminder lead times. */
export function checkFields(d: Pick<SeriesFields, 'timeZone' | 'reminderLeadMinutes'>): void {
  if (!isValidTimeZone(d.timeZone))
    throw new AppError(
      'invalid-input',
      `“${d.timeZone}” is not a time zone Upward knows. Pick one from the list.`,
    );
  if (new Set(d.reminderLeadMinutes).size !== d.reminderLeadMinutes.length) {
    throw new AppError('invalid-input', 'The same reminder time is listed twice.');
  }
}

/** The weekday a custom rule names, when it names exactly one (kept in step for display and editing). */
export function ruleWeekday(rrule: string, fallback: number): number {
  const p = parseRrule(rrule);
  return p.ok && p.rule.byDay.length === 1 ? p.rule.byDay[0].weekday : fallback;
}

/** The schedule fields whose change moves occurrences. */
export const SCHEDULE_FIELDS = [
  'cadence',
  'rrule',
  'weekday',
  'startDate',
  'time',
  'timeZone',
] as const satisfies readonly (keyof Series)[];
