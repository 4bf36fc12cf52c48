import { formatDate } from '../../../../shared/dateTime';
import type { ActionView } from '../../../../shared/ipc/areas/actions';
import type { DashboardView, DashboardWins } from '../../../../shared/ipc/areas/dashboard';
import type { MeetingView } from '../../../../shared/ipc/areas/meetings';
import {
  AGENDA_SECTIONS,
  FOLLOW_UP_SECTIONS,
  PROFILE_SECTIONS,
} from '../../../../shared/domain/exportSections';
import { JournalEntry } from '../../../../shared/domain/journal';
import { LEADER_LISTS, Leader } from '../../../../shared/domain/leader';
import { makeItem } from '../../services/meetings/agenda';
import { DEFAULT_TEMPLATE } from '../../services/meetings/defaultTemplate';
import { buildFollowUp } from '../../services/meetings/followUp';
import { buildAgendaDocx } from '../agendaDocx';
import { buildDashboardDocx } from '../dashboardDocx';
import { buildFollowUpDocx } from '../followUpDocx';
import { buildJournalRangeDocx } from '../journalRange';
import { buildLeaderProfileDocx } from '../leaderProfile';
import { ARABIC, CJK, HEBREW, everyFeatureDoc } from './sampleRichDoc';

const NOW = '2026-03-16T09:00:00.000Z';

const action = (id: string, text: string, fields: Partial<ActionView> = {}): ActionView => ({
  id,
  text,
  owner: { kind: 'me' },
  due: null,
  status: 'open',
  leaderId: 'dana',
  meetingId: 'm1',
  createdAt: NOW,
  updatedAt: NOW,
  completedAt: null,
  overdue: false,
  ...fields,
});

/** A held meeting whose item notes, meeting notes and prep notes hold every rich-text feature. */
export const richMeeting: MeetingView = {
  meeting: {
    id: 'm1',
    seriesId: 's1',
    leaderId: 'dana',
    occurrenceKey: NOW,
    start: NOW,
    durationMinutes: 30,
    status: 'held',
    moved: false,
    sections: DEFAULT_TEMPLATE.sections,
    agenda: [
      makeItem({
        id: 'a',
        sectionId: 'updates',
        text: 'Launch plan',
        status: 'discussed',
        decision: 'Ship on 30 September 2026',
        note: everyFeatureDoc,
      }),
      makeItem({ id: 'b', sectionId: 'asks', text: ARABIC, status: 'discussed' }),
      makeItem({ id: 'c', sectionId: 'asks', text: CJK }),
    ],
    prepNotes: everyFeatureDoc,
    notes: everyFeatureDoc,
    dismissedSuggestions: [],
    closedAt: NOW,
    createdAt: NOW,
    updatedAt: NOW,
  },
  title: '1:1 with Dana Reyes',
  leaderName: 'Dana Reyes',
  timeZone: 'Europe/Berlin',
  followUps: [action('f1', 'Send the hiring plan', { due: '2026-09-30', overdue: true })],
  actions: [
    action('x1', 'Sign the contract', { due: '2026-09-30' }),
    action('x2', HEBREW, { owner: { kind: 'other', name: 'Priya Okonkwo' } }),
  ],
  previousMeetingId: null,
  next: null,
};

/** A profile whose every list item has a note with every rich-text feature, and whose notes hold it too. */
export const richLeader: Leader = Leader.parse({
  id: 'dana',
  name: 'Dana Reyes',
  role: 'VP Engineering',
  relationship: 'manager',
  since: '2024-02-01',
  micromanagement: 'passion',
  communication: { channel: 'Slack', cadence: 'Weekly', detail: 'Headlines', bestTime: 'Mornings' },
  lists: Object.fromEntries(
    LEADER_LISTS.map((l) => [
      l.key,
      [{ id: `${l.key}1`, text: `${l.label}: ${ARABIC}`, note: everyFeatureDoc }],
    ]),
  ),
  notes: everyFeatureDoc,
  createdAt: NOW,
  updatedAt: NOW,
});

const allOf = (sections: readonly { key: string }[]): Set<string> =>
  new Set(sections.map((s) => s.key));

/** A typical dashboard: 5 projects with one-line updates, 4 metrics, 5 wins, 8 open items. */
export function typicalDashboard(opts: { longUpdate?: boolean } = {}): {
  view: DashboardView;
  wins: DashboardWins;
} {
  const projects = [
    ['Billing revamp', 'at-risk', 'Vendor contract slipped a week; new date agreed.'],
    ['Mobile onboarding', 'on-track', 'Beta with 40 customers, feedback positive.'],
    ['Data platform', 'on-track', 'Migration of the last two pipelines this sprint.'],
    ['Hiring', 'blocked', 'Two offers waiting on budget approval.'],
    ['Support tooling', 'on-track', 'New triage view live for all agents.'],
  ] as const;
  const long =
    'The vendor confirmed the new integration date after two weeks of back and forth, which moves our launch by a week; we agreed on a staged rollout starting with the smallest customers, a daily check of error rates, a rollback plan rehearsed with support, and a written summary to finance on the cost of the delay, so nobody is surprised when the numbers arrive at the end of the quarter.';
  const mine = Array.from({ length: 5 }, (_, i) =>
    action(`m${i}`, `Open item number ${i + 1} of mine`, {
      due: `2026-09-${String(20 + i).padStart(2, '0')}`,
      overdue: i === 0,
    }),
  );
  const theirs = Array.from({ length: 3 }, (_, i) =>
    action(`t${i}`, `Item someone else is handling ${i + 1}`, {
      owner: { kind: 'other', name: 'Priya Okonkwo' },
      due: '2026-09-30',
    }),
  );
  return {
    view: {
      leaderId: 'dana',
      leaderName: 'Dana Reyes',
      leaders: [{ id: 'dana', name: 'Dana Reyes' }],
      today: '2026-09-16',
      quarterFrom: '2026-07-01',
      projects: projects.map(([name, status, update], i) => ({
        id: `p${i}`,
        leaderId: 'dana',
        name,
        status,
        update: opts.longUpdate && i === 0 ? long : update,
        archived: false,
        updatedAt: NOW,
      })),
      metrics: [
        ['Uptime', '99.95%', '99.9%'],
        ['Net revenue retention', '104%', '110%'],
        ['Tickets per 1,000 users', '3.1', '2.5'],
        ['Release frequency', 'Weekly', 'Daily'],
      ].map(([name, value, target], i) => ({
        id: `k${i}`,
        leaderId: null,
        name,
        value,
        target,
        history: [],
        updatedAt: NOW,
      })),
      actions: { mine, theirs },
      nextMeeting: {
        seriesId: 's1',
        key: '2026-09-23T09:00:00.000Z',
        leaderId: 'dana',
        leaderName: 'Dana Reyes',
        title: '1:1 with Dana Reyes',
        start: '2026-09-23T09:00:00.000Z',
        timeZone: 'Europe/Berlin',
        meetingId: null,
        agendaCount: 3,
      },
      goodwill: [],
      health: [],
    },
    wins: {
      from: '2026-08-17',
      wins: [
        'Shipped the billing beta',
        'Closed the hardest hiring loop',
        'Halved the support backlog',
        'Published the platform roadmap',
        'Renewed the biggest customer',
      ].map((title, i) => ({
        kind: 'journal' as const,
        id: `w${i}`,
        date: `2026-09-0${i + 1}`,
        title,
        leaderId: 'dana',
        leaderName: 'Dana Reyes',
        points: null,
      })),
    },
  };
}

const longDay = (d: string): string => formatDate(d, 'long');

/** Every kind of Word document, built with every part ticked and rich text wherever a field takes it. */
export async function buildEveryKind(): Promise<{ kind: string; bytes: Uint8Array }[]> {
  const leaderNames = new Map([['leader-1', 'Dana Reyes']]);
  const follow = buildFollowUp(richMeeting, {
    me: { name: 'Alexandra Kim', role: 'Engineering Manager' },
    dateFormat: 'long',
    sections: allOf(FOLLOW_UP_SECTIONS),
    today: '2026-03-16',
  });
  const { view, wins } = typicalDashboard();
  view.projects[0] = { ...view.projects[0], name: `${CJK} 🚀`, update: ARABIC };
  return [
    {
      kind: 'agenda',
      bytes: await buildAgendaDocx(richMeeting, {
        sections: allOf(AGENDA_SECTIONS),
        author: 'Alexandra Kim',
        dateFormat: 'long',
        today: '2026-03-16',
        leaderNames,
      }),
    },
    {
      kind: 'follow-up',
      bytes: await buildFollowUpDocx(follow, { author: 'Alexandra Kim', leaderNames }),
    },
    {
      kind: 'profile',
      bytes: await buildLeaderProfileDocx(richLeader, {
        sections: allOf(PROFILE_SECTIONS),
        today: '2026-03-16',
        leaderNames,
      }),
    },
    {
      kind: 'journal',
      bytes: await buildJournalRangeDocx(
        [
          JournalEntry.parse({
            id: 'e1',
            date: '2026-03-05',
            title: 'Every feature',
            tags: ['win'],
            mood: 4,
            body: everyFeatureDoc,
            createdAt: NOW,
            updatedAt: NOW,
          }),
        ],
        { filter: {}, leaderNames },
      ),
    },
    {
      kind: 'status-update',
      bytes: await buildDashboardDocx(view, wins, new Map(), {
        formatDate: longDay,
        formatWhen: () => 'Wednesday 23 September 2026, 11:00',
      }),
    },
  ];
}
