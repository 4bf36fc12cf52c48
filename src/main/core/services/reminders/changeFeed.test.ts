import { describe, expect, it } from 'vitest';
import { createChangeFeed, notifyAfter } from './changeFeed';

describe('the change feed', () => {
  it('passes every event on to the UI and tells listeners which area changed', () => {
    const sent: string[] = [];
    const heard: string[] = [];
    const feed = createChangeFeed({ emit: (name) => sent.push(name) });
    feed.onDataChanged((area) => heard.push(area));
    feed.onDataChanged(() => {
      throw new Error('a broken listener');
    });
    feed.sink.emit('locked', { reason: 'user' });
    feed.sink.emit('dataChanged', { area: 'series' });
    feed.sink.emit('dataChanged', { nonsense: true });
    expect(sent).toEqual(['locked', 'dataChanged', 'dataChanged']);
    expect(heard).toEqual(['series']);
  });

  it('runs the follow-up only after a named handler succeeded', async () => {
    let after = 0;
    const handlers = notifyAfter(
      {
        rename: async (input: { ok: boolean }) => {
          if (!input.ok) throw new Error('refused');
          return 'done';
        },
        read: async () => 'read',
      },
      ['rename'],
      () => after++,
    );
    await expect(handlers.rename({ ok: true })).resolves.toBe('done');
    await expect(handlers.rename({ ok: false })).rejects.toThrow('refused');
    await handlers.read();
    expect(after).toBe(1);
  });
});
