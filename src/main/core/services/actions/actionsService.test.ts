import { describe, it, expect } from 'vitest';
import { createWorld } from '../meetings/testSupport';

describe('action items', () => {
  it('creates an item owned by me by default, open and not overdue', async () => {
    const w = createWorld('2026-03-10T09:00:00.000Z');
    const a = await w.actionsApi.create({
      text: 'Send the hiring plan',
      leaderId: 'dana',
      due: '2026-03-20',
    });
    expect(a).toMatchObject({
      text: 'Send the hiring plan',
      owner: { kind: 'me' },
      status: 'open',
      overdue: false,
      completedAt: null,
    });
  });

  it('flags an open item as overdue once its date has passed, and lists overdue items first', async () => {
    const w = createWorld('2026-03-10T09:00:00.000Z');
    await w.actionsApi.create({ text: 'Later', due: '2026-03-30' });
    await w.actionsApi.create({ text: 'Undated' });
    await w.actionsApi.create({ text: 'Late', due: '2026-03-09' });
    const list = await w.actionsApi.list({});
    expect(list.map((a) => [a.text, a.overdue])).toEqual([
      ['Late', true],
      ['Later', false],
      ['Undated', false],
    ]);
    w.setNow('2026-04-01T09:00:00.000Z');
    expect((await w.actionsApi.list({ overdue: true })).map((a) => a.text)).toEqual([
      'Late',
      'Later',
    ]);
  });

  it('filters by status, owner and leader', async () => {
    const w = createWorld();
    w.leaders.set('sam', { name: 'Sam Ode', goals: [] });
    const mine = await w.actionsApi.create({ text: 'Mine', leaderId: 'dana' });
    await w.actionsApi.create({ text: 'Hers', leaderId: 'dana', owner: { kind: 'leader' } });
    await w.actionsApi.create({
      text: 'Theirs',
      leaderId: 'sam',
      owner: { kind: 'other', name: 'Priya' },
    });
    await w.actionsApi.setStatus({ id: mine.id, status: 'done' });
    expect((await w.actionsApi.list({})).map((a) => a.text)).toEqual(['Hers', 'Theirs']);
    expect((await w.actionsApi.list({ status: 'done' })).map((a) => a.text)).toEqual(['Mine']);
    expect(
      (await w.actionsApi.list({ status: 'all', leaderId: 'dana' })).map((a) => a.text).sort(),
    ).toEqual(['Hers', 'Mine']);
    expect((await w.actionsApi.list({ owner: 'other' })).map((a) => a.text)).toEqual(['Theirs']);
  });

  it('records when an item was completed, clears it when reopened, and is never overdue once done', async () => {
    const w = createWorld('2026-03-10T09:00:00.000Z');
    const a = await w.actionsApi.create({ text: 'Late', due: '2026-03-01' });
    const done = await w.actionsApi.setStatus({ id: a.id, status: 'done' });
    expect(done).toMatchObject({
      status: 'done',
      completedAt: '2026-03-10T09:00:00.000Z',
      overdue: false,
    });
    const reopened = await w.actionsApi.setStatus({ id: a.id, status: 'open' });
    expect(reopened).toMatchObject({ status: 'open', completedAt: null, overdue: true });
  });

  it('tells every view that action items changed when one is completed anywhere', async () => {
    const w = createWorld();
    let heard = 0;
    w.actions.onChange(() => heard++);
    const a = await w.actionsApi.create({ text: 'Call the vendor' });
    w.changes.length = 0;
    await w.actionsApi.setStatus({ id: a.id, status: 'done' });
    expect(w.changes).toEqual(['actions']);
    expect(heard).toBe(2);
  });

  it('edits text, owner and date, and refuses an empty text with a sentence', async () => {
    const w = createWorld();
    const a = await w.actionsApi.create({ text: 'Draft' });
    const edited = await w.actionsApi.update({
      id: a.id,
      text: 'Draft the budget',
      owner: { kind: 'other', name: 'Priya' },
      due: '2026-04-01',
    });
    expect(edited).toMatchObject({
      text: 'Draft the budget',
      owner: { kind: 'other', name: 'Priya' },
      due: '2026-04-01',
    });
    await expect(w.actionsApi.update({ id: a.id, text: '   ' })).rejects.toThrow(
      /Say what needs doing/,
    );
  });

  it('deletes an item entered by mistake, and says so when it is already gone', async () => {
    const w = createWorld();
    const a = await w.actionsApi.create({ text: 'Oops' });
    await w.actionsApi.remove({ id: a.id });
    expect(await w.actionsApi.list({ status: 'all' })).toEqual([]);
    await expect(w.actionsApi.setStatus({ id: a.id, status: 'done' })).rejects.toMatchObject({
      code: 'not-found',
    });
  });
});
