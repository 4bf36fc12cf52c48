import { describe, expect, it } from 'vitest';
import { createFakeTime } from '../../platform/fakeTime';
import { watchClock } from './clockWatch';

const START = Date.parse('2026-03-09T08:00:00.000Z');

function setup(): {
  time: ReturnType<typeof createFakeTime>;
  zone: { value: string };
  seen: string[];
  watch: ReturnType<typeof watchClock>;
} {
  const time = createFakeTime(START);
  const zone = { value: 'Europe/Berlin|-60' };
  const seen: string[] = [];
  const watch = watchClock(
    { clock: time.clock, timers: time.timers, zone: () => zone.value },
    {
      zoneChanged: () => seen.push('zone'),
      jumped: () => seen.push('jump'),
      tick: () => seen.push('tick'),
    },
  );
  return { time, zone, seen, watch };
}

describe('the clock watch', () => {
  it('reports a time-zone change within a minute (the user travelled)', () => {
    const { time, zone, seen } = setup();
    time.advance(60_000);
    expect(seen).toEqual(['tick']);
    zone.value = 'America/New_York|300';
    time.advance(60_000);
    expect(seen).toEqual(['tick', 'zone', 'tick']);
  });

  it('reports a wall clock that jumped (a sleep nobody announced, or the clock was set)', () => {
    const { time, seen } = setup();
    time.jump(3 * 3_600_000);
    time.resume();
    time.advance(60_000);
    expect(seen).toEqual(['jump', 'tick']);
    time.setWallClock(time.now() - 10 * 60_000);
    time.advance(60_000);
    expect(seen).toEqual(['jump', 'tick', 'jump', 'tick']);
  });

  it('looks at once when asked (on resume) and stops when disposed', () => {
    const { time, zone, seen, watch } = setup();
    zone.value = 'Asia/Tokyo|-540';
    watch.check();
    expect(seen).toEqual(['zone', 'tick']);
    watch.dispose();
    time.advance(10 * 60_000);
    expect(seen).toEqual(['zone', 'tick']);
    expect(time.pending()).toBe(0);
  });
});
