import type { Meeting } from '../../../../shared/domain/meeting';
import { AppError } from '../../errors';
import type { ServiceContext } from '../context';
import { meetingYear, meetingsShard, seriesShard } from './meetingsShard';

/** Reads and writes meetings across their year shards. */
export interface MeetingRepo {
  /** The meeting with this id, or null. */
  find(id: string): Promise<Meeting | null>;
  /** The meeting with this id; throws `not-found` when there is none. */
  get(id: string): Promise<Meeting>;
  /** The meeting materialised for one occurrence of a series, or null. */
  findByOccurrence(seriesId: string, key: string): Promise<Meeting | null>;
  /** Stores a new meeting (its year shard first, then the index). */
  insert(meeting: Meeting): Promise<void>;
  /** Changes one meeting and returns the new version. */
  update(id: string, fn: (m: Meeting) => Meeting): Promise<Meeting>;
  /** Moves a meeting to another occurrence of its series (its year shard may change). */
  rekey(id: string, key: string, start: string): Promise<Meeting>;
  /** Meetings of a series whose occurrence falls in `fromYear` or later, by occurrence. */
  ofSeries(seriesId: string, fromYear?: string): Promise<Meeting[]>;
  /** Every meeting whose occurrence year lies in [fromYear, toYear]. */
  inYears(fromYear: string, toYear: string): Promise<Meeting[]>;
}

const GONE =
  'This meeting no longer exists. Its series may have been deleted, or a backup restored.';

const byKey = (a: Meeting, b: Meeting): number => a.occurrenceKey.localeCompare(b.occurrenceKey);

/** Builds the repository on the vault behind `ctx`. */
export function createMeetingRepo(ctx: ServiceContext): MeetingRepo {
  const openYear = (year: string) => ctx.store().open(meetingsShard, year);

  async function locate(id: string): Promise<string | null> {
    const index = (await ctx.store().open(seriesShard)).data.meetingYears[id];
    if (index && (await openYear(index)).data.meetings.some((m) => m.id === id)) return index;
    // The index is written after the meeting itself: a crash in between leaves the meeting findable by a scan.
    for (const year of ctx.store().parts(meetingsShard.kind).reverse()) {
      if ((await openYear(year)).data.meetings.some((m) => m.id === id)) return year;
    }
    return null;
  }

  async function find(id: string): Promise<Meeting | null> {
    const year = await locate(id);
    if (!year) return null;
    return (await openYear(year)).data.meetings.find((m) => m.id === id) ?? null;
  }

  async function inYears(fromYear: string, toYear: string): Promise<Meeting[]> {
    const out: Meeting[] = [];
    for (const year of ctx.store().parts(meetingsShard.kind)) {
      if (year < fromYear || year > toYear) continue;
      out.push(...(await openYear(year)).data.meetings);
    }
    return out.sort(byKey);
  }

  return {
    find,
    async get(id) {
      const m = await find(id);
      if (!m) throw new AppError('not-found', GONE);
      return m;
    },
    async findByOccurrence(seriesId, key) {
      const h = await openYear(meetingYear(key));
      return (
        h.data.meetings.find((m) => m.seriesId === seriesId && m.occurrenceKey === key) ?? null
      );
    },
    async insert(meeting) {
      const year = meetingYear(meeting.occurrenceKey);
      (await openYear(year)).change((d) => {
        d.meetings.push(meeting);
      });
      (await ctx.store().open(seriesShard)).change((d) => {
        d.meetingYears[meeting.id] = year;
      });
    },
    async update(id, fn) {
      const year = await locate(id);
      if (!year) throw new AppError('not-found', GONE);
      const h = await openYear(year);
      const current = h.data.meetings.find((m) => m.id === id);
      if (!current) throw new AppError('not-found', GONE);
      const next = { ...fn(current), updatedAt: ctx.nowIso() };
      h.change((d) => {
        const i = d.meetings.findIndex((m) => m.id === id);
        if (i >= 0) d.meetings[i] = next;
      });
      return next;
    },
    async rekey(id, key, start) {
      const from = await locate(id);
      if (!from) throw new AppError('not-found', GONE);
      const current = (await openYear(from)).data.meetings.find((m) => m.id === id);
      if (!current) throw new AppError('not-found', GONE);
      const next: Meeting = {
        ...current,
        occurrenceKey: key,
        start,
        moved: false,
        updatedAt: ctx.nowIso(),
      };
      const to = meetingYear(key);
      if (to === from) {
        (await openYear(from)).change((d) => {
          const i = d.meetings.findIndex((m) => m.id === id);
          if (i >= 0) d.meetings[i] = next;
        });
        return next;
      }
      // Written to its new year before it leaves the old one: a crash in between keeps it findable.
      (await openYear(to)).change((d) => {
        d.meetings.push(next);
      });
      (await ctx.store().open(seriesShard)).change((d) => {
        d.meetingYears[id] = to;
      });
      (await openYear(from)).change((d) => {
        d.meetings = d.meetings.filter((m) => m.id !== id);
      });
      return next;
    },
    async ofSeries(seriesId, fromYear = '0000') {
      return (await inYears(fromYear, '9999')).filter((m) => m.seriesId === seriesId);
    },
    inYears,
  };
}
