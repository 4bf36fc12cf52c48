import { z } from 'zod';

/** An entity id: short, opaque, generated in core. */
export const Id = z.string().min(1).max(64);
export type Id = z.infer<typeof Id>;

/** Dates are kept within these years: far beyond honest use, and every year a shard name can hold. */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2999;

/** True for a `YYYY-MM-DD` string naming a day that exists (no 30 February, no month 13). */
function isRealDate(s: string): boolean {
  const y = Number(s.slice(0, 4));
  const m = Number(s.slice(5, 7));
  const d = Number(s.slice(8, 10));
  if (y < MIN_YEAR || y > MAX_YEAR || m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** A real calendar date without time, `YYYY-MM-DD`. */
export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Expected a date as YYYY-MM-DD')
  .refine(isRealDate, {
    message: `Expected a real calendar date between ${MIN_YEAR} and ${MAX_YEAR}`,
    abort: true,
  });
export type IsoDate = z.infer<typeof IsoDate>;

/** An instant as an ISO 8601 string in UTC (`…Z`). */
export const IsoDateTime = z.iso.datetime({ offset: true });
export type IsoDateTime = z.infer<typeof IsoDateTime>;

/** Wall-clock time of day, `HH:mm`. */
export const TimeOfDay = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Expected a time as HH:mm');
export type TimeOfDay = z.infer<typeof TimeOfDay>;

/** Short single-line text such as a list item or a title. */
export const ShortText = z.string().trim().max(500);

/** Input that names one entity. */
export const ById = z.object({ id: Id });
export type ById = z.infer<typeof ById>;
