import { describe, it, expect } from 'vitest';
import { BIWEEKLY_DANA, createWorld } from './testSupport';

const FIRST = '2026-03-02T09:00:00.000Z';
const SECOND = '2026-03-16T09:00:00.000Z';

/** Dana's first 1:1 with three undiscussed items, and the series. */
async function withAgenda() {
  const w = createWorld('2026-03-02T10:00:00.000Z');
  const { series } = await w.api.createSeries(BIWEEKLY_DANA);
  const m = (await w.api.open({ seriesId: series.id, key: FIRST })).meeting;
  for (const text of ['Roadmap', 'Hiring', 'Budget'])
    await w.api.agendaAdd({ meetingId: m.id, sectionId: 'updates', text });
  return { w, series, m };
}

const texts = (agenda: { text: string }[]): string[] => agenda.map((i) => i.text);

describe('undoing a carry-over', () => {
  it('reopening a held 1:1 takes back the copies it carried into the next one', async () => {
    const { w, series, m } = await withAgenda();
    await w.api.close({ id: m.id });
    const next = await w.api.open({ seriesId: series.id, key: SECOND });
    expect(texts(next.meeting.agenda)).toEqual(['Roadmap', 'Hiring', 'Budget']);
    expect(next.meeting.agenda[0]).toMatchObject({ carriedFromMeetingId: m.id, touchedAt: null });
    await w.api.agendaAdd({ meetingId: next.meeting.id, sectionId: 'asks', text: 'My own item' });

    const reopened = await w.api.reopen({ id: m.id });
    expect(reopened.meeting.status).toBe('scheduled');
    expect(reopened.carryUndone).toEqual({ removed: 3, kept: 0 });
    expect(texts((await w.api.get({ id: next.meeting.id })).meeting.agenda)).toEqual([
      'My own item',
    ]);
    // Closing again carries them again, once.
    expect((await w.api.close({ id: m.id })).carried).toBe(3);
    expect((await w.api.get({ id: next.meeting.id })).meeting.agenda).toHaveLength(4);
  });

  it('keeps the copies touched in the next 1:1 (edited, ticked, moved, noted) and counts them', async () => {
    const { w, series, m } = await withAgenda();
    await w.api.agendaAdd({ meetingId: m.id, sectionId: 'asks', text: 'Conference' });
    await w.api.close({ id: m.id });
    const next = (await w.api.open({ seriesId: series.id, key: SECOND })).meeting;
    const id = (t: string): string => next.agenda.find((i) => i.text === t)?.id ?? '';
    await w.api.agendaUpdate({ meetingId: next.id, itemId: id('Roadmap'), text: 'Roadmap v2' });
    await w.api.agendaSetStatus({ meetingId: next.id, itemId: id('Hiring'), status: 'discussed' });
    await w.api.agendaMove({
      meetingId: next.id,
      itemId: id('Conference'),
      sectionId: 'updates',
      index: 0,
    });
    const reopened = await w.api.reopen({ id: m.id });
    expect(reopened.carryUndone).toEqual({ removed: 1, kept: 3 });
    expect(texts((await w.api.get({ id: next.id })).meeting.agenda).sort()).toEqual([
      'Conference',
      'Hiring',
      'Roadmap v2',
    ]);
    // Closing again makes no second copy of the kept ones.
    expect((await w.api.close({ id: m.id })).carried).toBe(1);
  });

  it('restoring a skipped 1:1 takes back its untouched copies from the next one', async () => {
    const { w, series, m } = await withAgenda();
    const skipped = await w.api.skipOccurrence({ seriesId: series.id, key: FIRST });
    expect(skipped.carryUndone).toEqual({ removed: 0, kept: 0 });
    const next = (await w.api.open({ seriesId: series.id, key: SECOND })).meeting;
    expect(texts(next.agenda)).toEqual(['Roadmap', 'Hiring', 'Budget']);
    const budget = next.agenda.find((i) => i.text === 'Budget')?.id ?? '';
    await w.api.agendaUpdate({ meetingId: next.id, itemId: budget, decision: 'Approved' });

    const restored = await w.api.restoreOccurrence({ seriesId: series.id, key: FIRST });
    expect(restored.carryUndone).toEqual({ removed: 2, kept: 1 });
    expect(texts((await w.api.get({ id: next.id })).meeting.agenda)).toEqual(['Budget']);
    expect((await w.api.get({ id: m.id })).meeting.status).toBe('scheduled');
  });

  it('leaves a next 1:1 that was already held as it is', async () => {
    const { w, series, m } = await withAgenda();
    await w.api.close({ id: m.id });
    const next = (await w.api.open({ seriesId: series.id, key: SECOND })).meeting;
    w.setNow('2026-03-16T10:00:00.000Z');
    await w.api.close({ id: next.id });
    expect((await w.api.reopen({ id: m.id })).carryUndone).toEqual({ removed: 0, kept: 0 });
    expect((await w.api.get({ id: next.id })).meeting.agenda).toHaveLength(3);
  });
});
