import { describe, expect, it } from 'vitest';
import { createDashboardHarness } from '../dashboard/testing';
import { contract } from '../../../../shared/ipc/contract';
import { createSearchService } from './searchService';

async function world() {
  const h = createDashboardHarness();
  const search = createSearchService(h.ctx, { journal: h.journal });
  const dana = await h.leaders.create({ name: 'Dana Reyes', role: 'CTO' });
  await h.leaders.update(dana.id, {
    lists: { worries: [{ id: 'w1', text: 'The board review in June', note: null }] },
    communication: { channel: 'Slack for quick things', cadence: '', detail: '', bestTime: '' },
  });
  const sam = await h.leaders.create({ name: 'Sam Ortiz', role: 'VP Sales' });
  const series = await h.meetings.handlers.createSeries(
    contract.meetings.createSeries.input.parse({
      leaderId: dana.id,
      cadence: 'weekly',
      weekday: 0,
      startDate: '2026-03-02',
      time: '09:00',
      timeZone: 'UTC',
    }),
  );
  const opened = await h.meetings.handlers.open({
    seriesId: series.series.id,
    key: '2026-03-09T09:00:00.000Z',
  });
  const updates = opened.meeting.sections.find((s) => s.title === 'Updates')?.id ?? '';
  await h.meetings.handlers.agendaAdd({
    meetingId: opened.meeting.id,
    sectionId: updates,
    text: 'Roadmap for the billing migration',
  });
  await h.actions.create({ text: 'Send the risk register', leaderId: dana.id });
  await h.journal.handlers.create(
    contract.journal.create.input.parse({ date: '2026-03-08', title: 'Migration went live' }),
  );
  await h.dashboard.handlers.createProject(
    contract.dashboard.createProject.input.parse({
      name: 'Billing migration',
      update: 'On schedule',
    }),
  );
  const cats = await h.goodwill.categoryNames();
  await h.goodwill.handlers.add(
    contract.goodwill.add.input.parse({
      leaderId: sam.id,
      date: '2026-03-05',
      kind: 'deposit',
      points: 2,
      categoryId: [...cats.keys()][0],
      note: 'Covered the migration demo',
    }),
  );
  return { h, search, dana, sam, meetingId: opened.meeting.id };
}

describe('search everything', () => {
  it('finds a leader by name and by profile field, and nothing for an empty query', async () => {
    const { search, dana } = await world();
    const byName = await search.everything('Dana');
    expect(byName[0]).toMatchObject({ kind: 'leader' });
    expect(byName[0].hits[0]).toMatchObject({
      title: 'Dana Reyes',
      titleRanges: [[0, 4]],
      route: `/leaders/${dana.id}`,
    });
    const byRole = await search.everything('CTO');
    expect(byRole.find((g) => g.kind === 'leader')?.hits.map((x) => x.title)).toEqual([
      'Dana Reyes',
    ]);
    const byField = await search.everything('board review');
    expect(byField[0].hits[0].detail).toContain('board review in June');
    expect(await search.everything('   ')).toEqual([]);
  });

  it('groups every kind that matches, in a fixed order, prefix and typo tolerant', async () => {
    const { search, meetingId } = await world();
    const groups = await search.everything('migrat');
    expect(groups.map((g) => g.kind)).toEqual(['agenda', 'journal', 'goodwill', 'project']);
    expect(groups[0].hits[0]).toMatchObject({
      title: 'Roadmap for the billing migration',
      route: `/meetings/${meetingId}`,
      date: '2026-03-09',
    });
    const typo = await search.everything('regster');
    expect(typo.map((g) => g.kind)).toEqual(['action']);
    expect(typo[0].hits[0].titleRanges).toEqual([[14, 22]]);
    const meeting = await search.everything('1:1 Dana March');
    expect(meeting.find((g) => g.kind === 'meeting')?.hits[0].title).toBe('1:1 with Dana Reyes');
  });

  it('is built in the background after unlock, once the journal has loaded, and answers the same', async () => {
    const { h, search } = await world();
    const before = await search.everything('migrat');
    const count = search.indexed();
    h.ctx.relock();
    expect(search.indexed()).toBe(0);
    h.ctx.unlock();
    await h.journal.ready();
    await search.ready();
    expect(search.indexed()).toBe(count);
    expect(await search.everything('migrat')).toEqual(before);
    expect(search.indexed()).toBe(count);
    // Locked before it is done: the index stays empty.
    h.ctx.relock();
    h.ctx.unlock();
    h.ctx.relock();
    await search.ready();
    expect(search.indexed()).toBe(0);
  });

  it('follows edits and deletions, and forgets everything on lock', async () => {
    const { h, search, dana } = await world();
    expect((await search.everything('Slack'))[0].hits).toHaveLength(1);
    h.ctx.advance(60_000);
    await h.leaders.update(dana.id, {
      communication: { channel: 'Email', cadence: '', detail: '', bestTime: '' },
    });
    expect(await search.everything('Slack')).toEqual([]);
    const [project] = await h.dashboard.handlers.listProjects(
      contract.dashboard.listProjects.input.parse({}),
    );
    await h.dashboard.handlers.deleteProject({ id: project.id });
    expect((await search.everything('Billing')).map((g) => g.kind)).not.toContain('project');
    h.ctx.relock();
    h.ctx.unlock();
    expect((await search.everything('Email'))[0].hits[0].title).toBe('Dana Reyes');
  });
});
