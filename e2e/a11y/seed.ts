import type { Page } from '@playwright/test';
import { call } from '../fixtures/seed';

/** The app's API from the page, shared with the other specs. */
export { call };

const isoDay = (offset: number): string => {
  const d = new Date();
  d.setDate(d.getDate() + offset);
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
};

/** What the seeded vault holds, for specs that open it. */
export interface Seeded {
  leaderId: string;
  meetingId: string;
  journalId: string;
}

/**
 * Fills a fresh, unlocked vault with a little of everything, so every screen shows its real
 * content: a leader with profile lists, a weekly 1:1 with an agenda, action items, a journal
 * entry and goodwill entries. Long words are included on purpose, to catch text that cannot wrap.
 */
export async function seedVault(page: Page): Promise<Seeded> {
  const leader = await call<{ id: string }>(page, 'leaders', 'create', {
    name: 'Dana Reyes',
    role: 'Vice President of Product Engineering',
    relationship: 'manager',
    since: '2024-02-01',
  });
  await call(page, 'leaders', 'update', {
    id: leader.id,
    patch: {
      lists: {
        strengths: [
          { id: 's1', text: 'Sees the whole roadmap at once', note: null },
          { id: 's2', text: 'Fast, clear decisions in reviews', note: null },
          { id: 's3', text: 'Protects the team from churn', note: null },
        ],
      },
    },
  });
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const start = new Date();
  start.setDate(start.getDate() + 2);
  const series = await call<{ next: { key: string } | null; series: { id: string } }>(
    page,
    'meetings',
    'createSeries',
    {
      leaderId: leader.id,
      cadence: 'weekly',
      weekday: (start.getDay() + 6) % 7,
      startDate: isoDay(0),
      time: '10:00',
      timeZone: zone,
    },
  );
  const view = await call<{ meeting: { id: string; sections: { id: string }[] } }>(
    page,
    'meetings',
    'open',
    { seriesId: series.series.id, key: series.next?.key },
  );
  for (const text of ['Hiring plan for the third quarter', 'Feedback on the launch review']) {
    await call(page, 'meetings', 'agendaAdd', {
      meetingId: view.meeting.id,
      sectionId: view.meeting.sections[1].id,
      text,
    });
  }
  await call(page, 'actions', 'create', {
    text: 'Send the budget proposal with the hiring numbers',
    owner: { kind: 'me' },
    leaderId: leader.id,
    due: isoDay(3),
  });
  await call(page, 'actions', 'create', {
    text: 'Approve the new hire',
    owner: { kind: 'leader' },
    leaderId: leader.id,
    due: null,
  });
  const entry = await call<{ id: string }>(page, 'journal', 'create', {
    date: isoDay(-1),
    title: 'After the roadmap review',
    tags: ['review', 'win'],
    leaderId: leader.id,
    body: {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [{ type: 'text', text: 'She liked the quarterly plan; wants fewer bets.' }],
        },
      ],
    },
  });
  const categories = await call<{ id: string; kind: string }[]>(
    page,
    'goodwill',
    'categories',
    undefined,
  );
  const deposit = categories.find((c) => c.kind === 'deposit');
  const withdrawal = categories.find((c) => c.kind === 'withdrawal');
  if (deposit)
    await call(page, 'goodwill', 'add', {
      leaderId: leader.id,
      date: isoDay(-5),
      kind: 'deposit',
      points: 3,
      categoryId: deposit.id,
      note: 'Delivered the report a day early',
    });
  if (withdrawal)
    await call(page, 'goodwill', 'add', {
      leaderId: leader.id,
      date: isoDay(-2),
      kind: 'withdrawal',
      points: 1,
      categoryId: withdrawal.id,
      note: 'Asked for a contractor',
    });
  return { leaderId: leader.id, meetingId: view.meeting.id, journalId: entry.id };
}

/** Every screen of the app, by its route, with the heading it shows. */
export function screens(s: Seeded): { name: string; path: string; heading: RegExp }[] {
  return [
    { name: 'dashboard', path: '/dashboard', heading: /Dashboard|Good/ },
    { name: 'meetings', path: '/meetings', heading: /^1:1s$/ },
    { name: 'meeting', path: `/meetings/${s.meetingId}`, heading: /Dana Reyes/ },
    { name: 'actions', path: '/actions', heading: /^Action items$/ },
    { name: 'leaders', path: '/leaders', heading: /^Leaders$/ },
    { name: 'leader', path: `/leaders/${s.leaderId}`, heading: /^Dana Reyes$/ },
    { name: 'journal', path: '/journal', heading: /Journal/ },
    { name: 'journal-entry', path: `/journal/${s.journalId}`, heading: /Journal/ },
    { name: 'goodwill', path: '/goodwill', heading: /^Goodwill$/ },
    { name: 'review', path: '/review', heading: /^Review$/ },
    { name: 'settings', path: '/settings', heading: /^Settings$/ },
  ];
}
