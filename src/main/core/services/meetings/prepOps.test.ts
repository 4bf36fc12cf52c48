import { describe, it, expect } from 'vitest';
import type { WinsProvider } from './prep/types';
import { BIWEEKLY_DANA, createWorld } from './testSupport';

const FIRST = '2026-03-02T09:00:00.000Z';
const SECOND = '2026-03-16T09:00:00.000Z';

describe('prep assistant in a meeting', () => {
  it('proposes the leader’s goals and wins since the last 1:1, each with a reason, not the actions Follow-ups lists', async () => {
    const queries: Parameters<WinsProvider>[0][] = [];
    const w = createWorld('2026-03-01T06:00:00.000Z', {
      wins: async (q) => {
        queries.push(q);
        return [{ id: 'e1', date: '2026-03-09', title: 'Shipped search' }];
      },
    });
    w.leaders.set('dana', { name: 'Dana Reyes', goals: [{ id: 'g1', text: 'Cut churn by half' }] });
    const { series } = await w.api.createSeries(BIWEEKLY_DANA);
    const first = (await w.api.open({ seriesId: series.id, key: FIRST })).meeting;
    const plan = await w.actionsApi.create({
      text: 'Send the plan',
      leaderId: 'dana',
      meetingId: first.id,
      due: '2026-03-05',
    });
    await w.api.close({ id: first.id, early: true });
    w.setNow('2026-03-12T09:00:00.000Z');
    const opened = await w.api.open({ seriesId: series.id, key: SECOND });
    const second = opened.meeting;
    const suggestions = await w.api.suggestions({ meetingId: second.id });
    // The overdue item is already listed under Follow-ups on this meeting: not proposed again.
    expect(opened.followUps.map((a) => a.id)).toEqual([plan.id]);
    expect(suggestions.map((s) => s.id)).toEqual(['win:e1', 'goal:g1']);
    expect(suggestions.every((s) => s.reason.length > 20)).toBe(true);
    expect(queries.at(-1)).toEqual({ leaderId: 'dana', since: '2026-03-02', until: '2026-03-12' });
  });

  it('accepting puts the item in the right section, marked as from the assistant, and it is no longer proposed', async () => {
    const w = createWorld('2026-03-01T06:00:00.000Z');
    w.leaders.set('dana', { name: 'Dana Reyes', goals: [{ id: 'g1', text: 'Cut churn by half' }] });
    const { series } = await w.api.createSeries(BIWEEKLY_DANA);
    const m = (await w.api.open({ seriesId: series.id, key: FIRST })).meeting;
    const view = await w.api.acceptSuggestion({ meetingId: m.id, suggestionId: 'goal:g1' });
    expect(view.meeting.agenda).toEqual([
      expect.objectContaining({
        sectionId: 'updates',
        text: 'Progress toward: Cut churn by half',
        origin: 'assistant',
        suggestionId: 'goal:g1',
      }),
    ]);
    expect(await w.api.suggestions({ meetingId: m.id })).toEqual([]);
    await expect(
      w.api.acceptSuggestion({ meetingId: m.id, suggestionId: 'goal:g1' }),
    ).rejects.toMatchObject({ code: 'not-found' });
  });

  it('dismissing hides a suggestion for this meeting only', async () => {
    const w = createWorld('2026-03-01T06:00:00.000Z');
    w.leaders.set('dana', { name: 'Dana Reyes', goals: [{ id: 'g1', text: 'Cut churn by half' }] });
    const { series } = await w.api.createSeries(BIWEEKLY_DANA);
    const m = (await w.api.open({ seriesId: series.id, key: FIRST })).meeting;
    await w.api.dismissSuggestion({ meetingId: m.id, suggestionId: 'goal:g1' });
    expect(await w.api.suggestions({ meetingId: m.id })).toEqual([]);
    const n = (await w.api.open({ seriesId: series.id, key: SECOND })).meeting;
    expect((await w.api.suggestions({ meetingId: n.id })).map((s) => s.id)).toEqual(['goal:g1']);
  });

  it('hands the goodwill standing to the rules when the goodwill bank provides it', async () => {
    const asked: string[] = [];
    const w = createWorld('2026-03-01T06:00:00.000Z', {
      goodwill: async (leaderId) => {
        asked.push(leaderId);
        return { balance: -2, low: true };
      },
    });
    const { series } = await w.api.createSeries(BIWEEKLY_DANA);
    const m = (await w.api.open({ seriesId: series.id, key: FIRST })).meeting;
    await w.api.suggestions({ meetingId: m.id });
    expect(asked).toEqual(['dana']);
  });
});
