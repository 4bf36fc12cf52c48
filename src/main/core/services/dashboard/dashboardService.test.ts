import { describe, it, expect } from 'vitest';
import { SeriesDraft } from '../../../../shared/ipc/areas/meetings';
import { createDashboardHarness } from './testing';

async function setup() {
  const h = createDashboardHarness('2026-03-10T09:00:00.000Z');
  const dana = await h.leaders.create({ name: 'Dana Reyes' });
  const sam = await h.leaders.create({ name: 'Sam Ortiz' });
  return { ...h, d: h.dashboard.handlers, dana, sam };
}

describe('dashboard projects and metrics', () => {
  it("shows a leader's page with their projects and those for every leader, worst status first", async () => {
    const { d, dana, sam } = await setup();
    await d.createProject({
      name: 'Billing revamp',
      leaderId: dana.id,
      status: 'on-track',
      update: 'Beta live',
    });
    await d.createProject({
      name: 'Hiring',
      leaderId: null,
      status: 'blocked',
      update: 'Waiting on budget',
    });
    await d.createProject({ name: 'Sam only', leaderId: sam.id, status: 'at-risk', update: '' });
    const page = await d.get({ leaderId: dana.id });
    expect(page.leaderName).toBe('Dana Reyes');
    expect(page.projects.map((p) => p.name)).toEqual(['Hiring', 'Billing revamp']);
    const overall = await d.get({ leaderId: null });
    expect(overall.projects.map((p) => p.name)).toEqual(['Hiring', 'Sam only', 'Billing revamp']);
  });

  it('changes only the fields an inline edit sends, and an archived project leaves the page', async () => {
    const { d, dana } = await setup();
    const p = await d.createProject({
      name: 'Billing revamp',
      leaderId: dana.id,
      status: 'on-track',
      update: 'Beta live',
    });
    const changed = await d.updateProject({ id: p.id, patch: { status: 'at-risk' } });
    expect(changed).toMatchObject({
      name: 'Billing revamp',
      status: 'at-risk',
      update: 'Beta live',
      leaderId: dana.id,
    });
    await d.archiveProject({ id: p.id, archived: true });
    expect((await d.get({ leaderId: null })).projects).toEqual([]);
    expect(await d.listProjects({ leaderId: null, includeArchived: true })).toHaveLength(1);
    await expect(d.updateProject({ id: p.id, patch: { name: '' } })).rejects.toThrow(
      /needs a name/,
    );
  });

  it('keeps key metrics with their value and target', async () => {
    const { d } = await setup();
    const m = await d.createMetric({
      name: 'Uptime',
      value: '99.95%',
      target: '99.9%',
      leaderId: null,
    });
    await d.updateMetric({ id: m.id, patch: { value: '99.97%' } });
    expect((await d.get({ leaderId: null })).metrics).toMatchObject([
      { name: 'Uptime', value: '99.97%', target: '99.9%' },
    ]);
    await d.deleteMetric({ id: m.id });
    expect((await d.get({ leaderId: null })).metrics).toEqual([]);
  });
});

describe('the one-pager', () => {
  it('lists recent wins: journal entries tagged as wins and goodwill deposits, newest first, within the window', async () => {
    const { d, journal, goodwill, dana, sam } = await setup();
    await journal.handlers.create({
      date: '2026-03-05',
      title: 'Shipped the beta',
      tags: ['win'],
      leaderId: dana.id,
    });
    await journal.handlers.create({
      date: '2026-03-06',
      title: 'Team offsite went well',
      tags: ['win'],
      leaderId: null,
    });
    await journal.handlers.create({
      date: '2026-03-07',
      title: 'Hard conversation',
      tags: ['reflection'],
      leaderId: dana.id,
    });
    await journal.handlers.create({
      date: '2026-01-02',
      title: 'Old win',
      tags: ['win'],
      leaderId: dana.id,
    });
    await journal.handlers.create({
      date: '2026-03-08',
      title: 'Sam win',
      tags: ['win'],
      leaderId: sam.id,
    });
    await goodwill.handlers.add({
      leaderId: dana.id,
      date: '2026-03-09',
      kind: 'deposit',
      points: 2,
      categoryId: 'dep-early',
      note: 'Report a day early',
      meetingId: null,
      journalEntryId: null,
    });
    await goodwill.handlers.add({
      leaderId: dana.id,
      date: '2026-03-09',
      kind: 'withdrawal',
      points: 1,
      categoryId: 'wd-ask',
      note: '',
      meetingId: null,
      journalEntryId: null,
    });
    const { wins } = await d.wins({ leaderId: dana.id, winsDays: 30 });
    expect(wins.map((w) => [w.kind, w.title])).toEqual([
      ['deposit', 'Delivered ahead of time: Report a day early'],
      ['journal', 'Team offsite went well'],
      ['journal', 'Shipped the beta'],
    ]);
  });

  it('splits open action items into mine and theirs, and names the next 1:1', async () => {
    const { d, actions, meetings, dana, sam } = await setup();
    await actions.create({
      text: 'Send the budget',
      owner: { kind: 'me' },
      leaderId: dana.id,
      due: '2026-03-01',
    });
    await actions.create({
      text: 'Approve the hire',
      owner: { kind: 'leader' },
      leaderId: dana.id,
    });
    await actions.create({
      text: 'Review the doc',
      owner: { kind: 'other', name: 'Lee' },
      leaderId: dana.id,
    });
    await actions.create({ text: 'For Sam', owner: { kind: 'me' }, leaderId: sam.id });
    const done = await actions.create({
      text: 'Done already',
      owner: { kind: 'me' },
      leaderId: dana.id,
    });
    await actions.setStatus(done.id, 'done');
    await meetings.handlers.createSeries(
      SeriesDraft.parse({
        leaderId: dana.id,
        cadence: 'weekly',
        weekday: 3,
        startDate: '2026-01-01',
        time: '10:00',
        timeZone: 'UTC',
      }),
    );
    const page = await d.get({ leaderId: dana.id });
    expect(page.actions.mine.map((a) => [a.text, a.overdue])).toEqual([['Send the budget', true]]);
    expect(page.actions.theirs.map((a) => a.text).sort()).toEqual([
      'Approve the hire',
      'Review the doc',
    ]);
    expect(page.nextMeeting).toMatchObject({
      leaderName: 'Dana Reyes',
      start: '2026-03-12T10:00:00.000Z',
    });
    expect((await d.get({ leaderId: sam.id })).nextMeeting).toBeNull();
  });

  it('shows the goodwill trend per leader and 1:1 health over the quarter', async () => {
    const { d, goodwill, meetings, dana, sam } = await setup();
    await goodwill.handlers.add({
      leaderId: dana.id,
      date: '2026-01-15',
      kind: 'deposit',
      points: 3,
      categoryId: 'dep-early',
      note: '',
      meetingId: null,
      journalEntryId: null,
    });
    await goodwill.handlers.add({
      leaderId: dana.id,
      date: '2026-03-02',
      kind: 'withdrawal',
      points: 1,
      categoryId: 'wd-ask',
      note: '',
      meetingId: null,
      journalEntryId: null,
    });
    const series = await meetings.handlers.createSeries(
      SeriesDraft.parse({
        leaderId: dana.id,
        cadence: 'weekly',
        weekday: 0,
        startDate: '2026-02-02',
        time: '10:00',
        timeZone: 'UTC',
      }),
    );
    const held = await meetings.handlers.open({
      seriesId: series.series.id,
      key: '2026-03-02T10:00:00.000Z',
    });
    await meetings.handlers.close({ id: held.meeting.id, early: false });
    await meetings.handlers.skipOccurrence({
      seriesId: series.series.id,
      key: '2026-02-23T10:00:00.000Z',
    });
    const overall = await d.get({ leaderId: null });
    const trend = overall.goodwill.find((g) => g.leaderId === dana.id);
    expect(trend?.balance).toBe(2);
    expect(trend?.months.slice(-3)).toEqual([
      { month: '2026-01', balance: 3, moved: true },
      { month: '2026-02', balance: 3, moved: false },
      { month: '2026-03', balance: 2, moved: true },
    ]);
    expect(overall.goodwill.some((g) => g.leaderId === sam.id)).toBe(false);
    // Mondays 2, 9, 16, 23 February and 2, 9 March have passed.
    expect(overall.health).toMatchObject([
      { leaderName: 'Dana Reyes', held: 1, skipped: 1, unrecorded: 4 },
    ]);
  });
});
