import { describe, it, expect } from 'vitest';
import type { Meeting } from '../../../../shared/domain/meeting';
import {
  conflictsOf,
  emptyMeta,
  mergeStates,
  stamp,
  type SyncState,
} from '../../vault/recordMerge';
import { makeItem, touchItem } from './agenda';
import { uncarryFrom } from './carryOver';
import { meetingsShard } from './meetingsShard';
import { fixtureMeeting } from './prep/prepFixtures';

type Data = { meetings: Meeting[] };

const source = fixtureMeeting('m1', '2026-03-02T09:00:00.000Z', {
  status: 'held',
  agenda: [makeItem({ id: 'a', sectionId: 'updates', text: 'Roadmap' })],
});
const copy = makeItem({
  id: 'c',
  sectionId: 'updates',
  text: 'Roadmap',
  origin: 'carried',
  carriedFromId: 'a',
  carryCount: 1,
  carriedFromMeetingId: 'm1',
});
const next = fixtureMeeting('m2', '2026-03-16T09:00:00.000Z', { agenda: [copy] });

const clone = <T>(x: T): T => structuredClone(x);
const at = (iso: string): number => Date.parse(iso);

/** One computer's copy of the year shard, stamped by `me`. */
function side(data: Data, me: string, base?: SyncState<Data>): SyncState<Data> {
  const s: SyncState<Data> = base ? clone(base) : { data, meta: emptyMeta() };
  s.data = clone(data);
  stamp(s, me, at('2026-03-10T09:00:00.000Z'));
  return s;
}

describe('undoing a carry-over on one computer while the other changes the copy', () => {
  it('keeps both versions of the next 1:1 for the user to choose: nothing is lost', () => {
    const base = side({ meetings: [source, next] }, 'laptop');
    // The laptop reopens the held meeting: the untouched copy leaves the next 1:1.
    const undone = uncarryFrom(source, next).target;
    expect(undone.agenda).toEqual([]);
    const laptop = side({ meetings: [{ ...source, status: 'scheduled' }, undone] }, 'laptop', base);
    // Meanwhile the desktop changes the copy there.
    const touched = touchItem(
      { ...next, agenda: [{ ...copy, text: 'Roadmap, new dates' }] },
      'c',
      '2026-03-10T10:00:00.000Z',
    );
    const desktop = side({ meetings: [source, touched] }, 'desktop', base);

    const merged = mergeStates(laptop, desktop, { now: at('2026-03-10T11:00:00.000Z') });
    const conflicts = conflictsOf(merged);
    expect(conflicts.map((c) => c.key)).toEqual(['meetings/m2']);
    const versions = JSON.stringify(conflicts);
    expect(versions).toContain('Roadmap, new dates');
    // The reopened meeting itself changed on one side only: it simply arrives.
    expect(merged.data.meetings.find((m) => m.id === 'm1')?.status).toBe('scheduled');
  });

  it('reads a meeting written before the new fields the same way on both computers: no conflict', () => {
    const old = JSON.parse(JSON.stringify({ meetings: [next] })) as {
      meetings: Record<string, unknown>[];
    };
    for (const i of old.meetings[0].agenda as Record<string, unknown>[]) {
      delete i.carriedFromMeetingId;
      delete i.touchedAt;
    }
    const base = side(old as unknown as Data, 'laptop');
    const upgraded = meetingsShard.schema.parse(old);
    const laptop = side(upgraded, 'laptop', base);
    const desktop = side(meetingsShard.schema.parse(old), 'desktop', base);
    const merged = mergeStates(laptop, desktop, { now: at('2026-03-10T11:00:00.000Z') });
    expect(conflictsOf(merged)).toEqual([]);
    expect(merged.data.meetings[0].agenda[0]).toMatchObject({
      carriedFromMeetingId: null,
      touchedAt: null,
    });
  });
});
