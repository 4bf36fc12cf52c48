import { describe, it, expect } from 'vitest';
import { meetingsShard } from './meetingsShard';
import { BIWEEKLY_DANA, createWorld } from './testSupport';

const FIRST = '2026-03-02T09:00:00.000Z';
const SECOND = '2026-03-16T09:00:00.000Z';
const THIRD = '2026-03-30T08:00:00.000Z';

async function withSeries(now = '2026-03-01T06:00:00.000Z') {
  const w = createWorld(now);
  const { series } = await w.api.createSeries(BIWEEKLY_DANA);
  return { w, series };
}

describe('meetings and carry-over', () => {
  it('opens a meeting with the default agenda sections, once per occurrence', async () => {
    const { w, series } = await withSeries();
    const a = await w.api.open({ seriesId: series.id, key: FIRST });
    expect(a.meeting.sections.map((s) => s.title)).toEqual([
      'Follow-ups',
      'Updates',
      'Wins',
      'Asks & decisions',
      'Feedback for me',
      'How can I help you?',
      'Thanks',
    ]);
    const again = await w.api.open({ seriesId: series.id, key: FIRST });
    expect(again.meeting.id).toBe(a.meeting.id);
    expect(a.next).toMatchObject({ key: SECOND, meetingId: null });
  });

  it('refuses to hold a meeting that has not started unless the user confirmed it', async () => {
    const { w, series } = await withSeries();
    const m = (await w.api.open({ seriesId: series.id, key: FIRST })).meeting;
    await expect(w.api.close({ id: m.id })).rejects.toThrow(/has not started yet/);
    expect((await w.api.get({ id: m.id })).meeting.status).toBe('scheduled');
    expect((await w.api.close({ id: m.id, early: true })).meeting.status).toBe('held');
  });

  it('carries undiscussed and deferred items to the next meeting when one is closed', async () => {
    const { w, series } = await withSeries();
    const m = (await w.api.open({ seriesId: series.id, key: FIRST })).meeting;
    await w.api.agendaAdd({ meetingId: m.id, sectionId: 'updates', text: 'Roadmap' });
    await w.api.agendaAdd({ meetingId: m.id, sectionId: 'asks', text: 'Conference budget' });
    const v = await w.api.agendaAdd({ meetingId: m.id, sectionId: 'updates', text: 'Hiring' });
    const [roadmap, budget] = v.meeting.agenda;
    await w.api.agendaSetStatus({ meetingId: m.id, itemId: roadmap.id, status: 'discussed' });
    await w.api.agendaSetStatus({ meetingId: m.id, itemId: budget.id, status: 'deferred' });
    const closed = await w.api.close({ id: m.id, early: true });
    expect(closed.meeting).toMatchObject({ status: 'held', closedAt: '2026-03-01T06:00:00.000Z' });
    expect(closed.carried).toBe(2);
    const next = await w.api.open({ seriesId: series.id, key: SECOND });
    expect(next.meeting.agenda.map((i) => [i.text, i.origin, i.status])).toEqual([
      ['Hiring', 'carried', 'open'],
      ['Conference budget', 'carried', 'open'],
    ]);
    expect(next.previousMeetingId).toBe(m.id);
  });

  it('carries exactly once: closing again changes nothing', async () => {
    const { w, series } = await withSeries();
    const m = (await w.api.open({ seriesId: series.id, key: FIRST })).meeting;
    await w.api.agendaAdd({ meetingId: m.id, sectionId: 'asks', text: 'Budget' });
    await w.api.close({ id: m.id, early: true });
    expect((await w.api.close({ id: m.id, early: true })).carried).toBe(0);
    await w.api.reopen({ id: m.id });
    await w.api.close({ id: m.id, early: true });
    const next = await w.api.open({ seriesId: series.id, key: SECOND });
    expect(next.meeting.agenda.map((i) => i.text)).toEqual(['Budget']);
  });

  it('carries into a next meeting that was already prepared, at the top of its section', async () => {
    const { w, series } = await withSeries();
    const m = (await w.api.open({ seriesId: series.id, key: FIRST })).meeting;
    const n = (await w.api.open({ seriesId: series.id, key: SECOND })).meeting;
    await w.api.agendaAdd({ meetingId: n.id, sectionId: 'asks', text: 'New ask' });
    await w.api.agendaAdd({ meetingId: m.id, sectionId: 'asks', text: 'Old ask' });
    await w.api.close({ id: m.id, early: true });
    expect((await w.api.get({ id: n.id })).meeting.agenda.map((i) => i.text)).toEqual([
      'Old ask',
      'New ask',
    ]);
  });

  it('skips over a skipped meeting when carrying, and a skipped meeting passes its items on', async () => {
    const { w, series } = await withSeries();
    const m = (await w.api.open({ seriesId: series.id, key: FIRST })).meeting;
    await w.api.agendaAdd({ meetingId: m.id, sectionId: 'asks', text: 'Budget' });
    await w.api.skipOccurrence({ seriesId: series.id, key: SECOND });
    await w.api.close({ id: m.id, early: true });
    const third = await w.api.open({ seriesId: series.id, key: THIRD });
    expect(third.meeting.agenda.map((i) => i.text)).toEqual(['Budget']);
    // Now skip the third one too: its items go on to the fourth.
    await w.api.skipOccurrence({ seriesId: series.id, key: THIRD });
    const fourth = await w.api.open({ seriesId: series.id, key: '2026-04-13T08:00:00.000Z' });
    expect(fourth.meeting.agenda.map((i) => [i.text, i.carryCount])).toEqual([['Budget', 2]]);
  });

  it('completes a carry-over a crash interrupted, when the next meeting is opened', async () => {
    const { w, series } = await withSeries();
    const m = (await w.api.open({ seriesId: series.id, key: FIRST })).meeting;
    await w.api.agendaAdd({ meetingId: m.id, sectionId: 'asks', text: 'Budget' });
    // The meeting was written as held, but the next one never was (a crash between the two writes).
    const year = await w.store.open(meetingsShard, '2026');
    year.change((d) => {
      d.meetings[0] = { ...d.meetings[0], status: 'held', closedAt: FIRST };
    });
    const next = await w.api.open({ seriesId: series.id, key: SECOND });
    expect(next.meeting.agenda.map((i) => i.text)).toEqual(['Budget']);
    expect((await w.api.get({ id: next.meeting.id })).meeting.agenda).toHaveLength(1);
  });

  it('shows open action items of earlier meetings under Follow-ups, and updates when one is completed elsewhere', async () => {
    const { w, series } = await withSeries();
    const m = (await w.api.open({ seriesId: series.id, key: FIRST })).meeting;
    const a = await w.actionsApi.create({
      text: 'Send the plan',
      leaderId: 'dana',
      meetingId: m.id,
      due: '2026-03-10',
    });
    await w.actionsApi.create({
      text: 'Approve headcount',
      leaderId: 'dana',
      meetingId: m.id,
      owner: { kind: 'leader' },
    });
    const first = await w.api.get({ id: m.id });
    expect(first.actions.map((x) => x.text)).toEqual(['Send the plan', 'Approve headcount']);
    expect(first.followUps).toEqual([]);
    await w.api.close({ id: m.id, early: true });
    w.setNow('2026-03-12T09:00:00.000Z');
    const next = await w.api.open({ seriesId: series.id, key: SECOND });
    expect(next.followUps.map((x) => [x.text, x.overdue])).toEqual([
      ['Send the plan', true],
      ['Approve headcount', false],
    ]);
    await w.actionsApi.setStatus({ id: a.id, status: 'done' });
    const after = await w.api.get({ id: next.meeting.id });
    expect(after.followUps.map((x) => [x.text, x.status])).toEqual([
      ['Approve headcount', 'open'],
      ['Send the plan', 'done'],
    ]);
  });

  it('saves prep and meeting notes, dropping anything the editor does not allow', async () => {
    const { w, series } = await withSeries();
    const m = (await w.api.open({ seriesId: series.id, key: FIRST })).meeting;
    const doc = {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            {
              type: 'text',
              text: 'Ask about',
              marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }],
            },
          ],
        },
      ],
    };
    await w.api.saveNotes({ meetingId: m.id, prepNotes: doc });
    const saved = (await w.api.get({ id: m.id })).meeting.prepNotes;
    expect(JSON.stringify(saved)).not.toContain('javascript');
    expect(JSON.stringify(saved)).toContain('Ask about');
  });

  it('reorders items and records decisions', async () => {
    const { w, series } = await withSeries();
    const m = (await w.api.open({ seriesId: series.id, key: FIRST })).meeting;
    await w.api.agendaAdd({ meetingId: m.id, sectionId: 'updates', text: 'A' });
    const v = await w.api.agendaAdd({ meetingId: m.id, sectionId: 'updates', text: 'B' });
    const b = v.meeting.agenda[1];
    const moved = await w.api.agendaMove({
      meetingId: m.id,
      itemId: b.id,
      sectionId: 'updates',
      index: 0,
    });
    expect(moved.meeting.agenda.map((i) => i.text)).toEqual(['B', 'A']);
    const decided = await w.api.agendaUpdate({
      meetingId: m.id,
      itemId: b.id,
      decision: 'Go with vendor B',
    });
    expect(decided.meeting.agenda[0].decision).toBe('Go with vendor B');
  });

  it('lists past meetings newest first, with what was discussed', async () => {
    const { w, series } = await withSeries();
    const m = (await w.api.open({ seriesId: series.id, key: FIRST })).meeting;
    const v = await w.api.agendaAdd({ meetingId: m.id, sectionId: 'updates', text: 'A' });
    await w.api.agendaSetStatus({
      meetingId: m.id,
      itemId: v.meeting.agenda[0].id,
      status: 'discussed',
    });
    await w.api.close({ id: m.id, early: true });
    w.setNow('2026-03-20T09:00:00.000Z');
    const history = await w.api.history({});
    expect(history.map((h) => [h.start, h.status, h.discussedCount])).toEqual([[FIRST, 'held', 1]]);
  });

  it('refuses to close a skipped meeting with a sentence', async () => {
    const { w, series } = await withSeries();
    const m = (await w.api.open({ seriesId: series.id, key: SECOND })).meeting;
    await w.api.skipOccurrence({ seriesId: series.id, key: SECOND });
    await expect(w.api.close({ id: m.id, early: true })).rejects.toThrow(/skipped/);
  });
});
