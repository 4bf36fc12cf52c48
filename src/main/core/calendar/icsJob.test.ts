import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readIcsInWorker } from './icsJob';

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
});
