import { z } from 'zod';

/** An entity id: short, opaque, generated in core. */
export const Id = z.string().min(1).max(64);
export type Id = z.infer<typeof Id>;

/** A calendar date without time, `YYYY-MM-DD`. */
export const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Expected a date as YYYY-MM-DD');
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
