import { z } from 'zod';
import { AgendaTemplate, Meeting, Series } from '../../../../shared/domain/meeting';
import type { ShardDef } from '../../vault/store';
import { DEFAULT_TEMPLATE } from './defaultTemplate';

const SeriesData = z.object({
  series: z.array(Series).default([]),
  templates: z.array(AgendaTemplate).default([]),
  /** Which year shard holds each meeting, by meeting id (a scan of all years is the fallback). */
  meetingYears: z.record(z.string(), z.string()).default({}),
});
/** The content of the small `series` shard. */
export type SeriesData = z.infer<typeof SeriesData>;

/** Series, agenda templates and the meeting index: small, loaded at unlock. */
export const seriesShard: ShardDef<SeriesData> = {
  kind: 'series',
  version: 1,
  schema: SeriesData,
  init: () => ({ series: [], templates: [structuredClone(DEFAULT_TEMPLATE)], meetingYears: {} }),
  // The meeting index only points to year shards; a scan of all years is its fallback.
  sync: { auto: ['meetingYears'] },
};

const MeetingsData = z.object({ meetings: z.array(Meeting).default([]) });
/** The content of one year of meetings. */
export type MeetingsData = z.infer<typeof MeetingsData>;

/** Meetings, one shard per year of their occurrence, so an autosave rewrites one year only. */
export const meetingsShard: ShardDef<MeetingsData> = {
  kind: 'meetings',
  version: 1,
  schema: MeetingsData,
  init: () => ({ meetings: [] }),
};

/** The year shard a meeting lives in: the year of its occurrence key (stable when moved). */
export function meetingYear(occurrenceKey: string): string {
  return occurrenceKey.slice(0, 4);
}
