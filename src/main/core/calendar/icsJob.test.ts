import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { prepareIcsWorker, readIcsInWorker, releaseIcsWorker } from './icsJob';
import { readIcs } from './icsImport';
import { warmUpCalendar } from './icsWarmup';

const NOW = Date.UTC(2026, 2, 1);
const bytes = (name: string): Uint8Array =>
  readFileSync(new URL(`./fixtures/${name}`, import.meta.url));

describe('readIcsInWorker', () => {
  it('reads a file in a worker thread and reports progress', async () => {
    const progress: number[] = [];
    const result = await readIcsInWorker(
      bytes('several-events.ics'),
      { now: NOW },
      { onProgress: (done) => progress.push(done) },
    );
    expect(result.series.map((s) => s.title)).toEqual([
      'Weekly with Casey',
      'Old weekly with Robin',
    ]);
    expect(progress.at(-1)).toBe(2);
  });

  it('answers a file it refuses with the same words as in the main thread', async () => {
    await expect(readIcsInWorker(bytes('contact-card.ics'), { now: NOW })).rejects.toMatchObject({
      code: 'bad-file',
      message: expect.stringMatching(/not a calendar/),
    });
  });

  it('stops at once when cancelled', async () => {
    const controller = new AbortController();
    const pending = readIcsInWorker(
      bytes('several-events.ics'),
      { now: NOW },
      { signal: controller.signal },
    );
    controller.abort();
    await expect(pending).rejects.toMatchObject({ code: 'cancelled' });
  });

  it('reads with a worker started ahead of time, and starts afresh when that one was let go', async () => {
    void prepareIcsWorker(undefined, NOW);
    const first = await readIcsInWorker(bytes('several-events.ics'), { now: NOW });
    expect(first.series).toHaveLength(2);
    void prepareIcsWorker(undefined, NOW);
    releaseIcsWorker();
    const second = await readIcsInWorker(bytes('outlook-365-multi-series.ics'), { now: NOW });
    expect(second.series).toHaveLength(3);
  });

  it('warms up on a calendar that goes through every step of a real read', () => {
    const r = readIcs(warmUpCalendar(NOW), { now: NOW });
    expect(r.series).toHaveLength(120);
    expect(r.skipped).toEqual([]);
    const weekly = r.series.filter((s) => s.rrule.startsWith('FREQ=WEEKLY'));
    expect(weekly).toHaveLength(96);
    expect(weekly.every((s) => Object.keys(s.exceptions).length === 3)).toBe(true);
    // The monthly ones take the general rule path and the words for dates that match nothing.
    expect(
      r.series.filter((s) => s.warnings.some((w) => /match no meeting/.test(w))).length,
    ).toBeGreaterThan(0);
  });
});
