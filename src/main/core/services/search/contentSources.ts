import { LEADER_LISTS, RELATIONSHIP_LABELS, type Leader } from '../../../../shared/domain/leader';
import { LEDGER_KIND_LABELS } from '../../../../shared/domain/goodwill';
import { PROJECT_STATUS_LABELS } from '../../../../shared/domain/dashboard';
import type { ActionItem, Meeting, Series } from '../../../../shared/domain/meeting';
import type { LedgerEntry } from '../../../../shared/domain/goodwill';
import type { Project } from '../../../../shared/domain/dashboard';
import { richTextToPlain } from '../../../../shared/domain/richtext';
import { dateInZone } from '../meetings/dates';
import { meetingTitle } from '../meetings/meetingView';
import type { ContentDoc, ContentSource } from './contentIndex';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** Words a date can be found by: `2026-12-07`, `December`, `Dec`, `2026`. */
function dateWords(date: string): string {
  const month = MONTHS[Number(date.slice(5, 7)) - 1] ?? '';
  return `${date} ${month} ${month.slice(0, 3)} ${Number(date.slice(8, 10))} ${date.slice(0, 4)}`;
}

const join = (...parts: (string | null | undefined)[]): string =>
  parts.filter((p) => p && p.trim()).join(' · ');

/** A leader: name, role and every profile field. */
export function leaderSource(l: Leader): ContentSource {
  return {
    key: `leader:${l.id}`,
    stamp: l.updatedAt,
    build: () => [leaderDoc(l)],
  };
}

function leaderDoc(l: Leader): ContentDoc {
  const lists = LEADER_LISTS.flatMap((def) =>
    l.lists[def.key].map((i) => `${i.text}. ${richTextToPlain(i.note)}`),
  );
  const c = l.communication;
  return {
    key: `leader:${l.id}`,
    kind: 'leader',
    title: l.name,
    body: [l.role, c.channel, c.cadence, c.detail, c.bestTime, ...lists, richTextToPlain(l.notes)]
      .filter(Boolean)
      .join('. '),
    context: join(l.role, RELATIONSHIP_LABELS[l.relationship], l.archived ? 'archived' : ''),
    date: null,
    route: `/leaders/${l.id}`,
  };
}

/** A meeting (title, date, notes) and each of its agenda items. */
export function meetingSource(
  m: Meeting,
  series: Series | undefined,
  leaderName: string,
): ContentSource {
  const title = meetingTitle(series?.title, leaderName);
  const timeZone = series?.timeZone ?? 'UTC';
  return {
    key: `meeting:${m.id}`,
    stamp: `${m.updatedAt}|${m.start}|${title}|${timeZone}`,
    build: () => {
      const date = dateInZone(m.start, timeZone);
      const route = `/meetings/${m.id}`;
      return [
        {
          key: `meeting:${m.id}`,
          kind: 'meeting',
          title,
          body: `${dateWords(date)}. ${richTextToPlain(m.notes)}`,
          context: join(leaderName, m.status === 'scheduled' ? '' : m.status),
          date,
          route,
        },
        ...m.agenda.map((item): ContentDoc => ({
          key: `agenda:${item.id}`,
          kind: 'agenda',
          title: item.text,
          body: [item.decision, richTextToPlain(item.note)].filter(Boolean).join('. '),
          context: title,
          date,
          route,
        })),
      ];
    },
  };
}

/** An action item: its text, owner and leader. */
export function actionSource(a: ActionItem, leaderName: string | undefined): ContentSource {
  const owner = a.owner.kind === 'other' ? a.owner.name : a.owner.kind === 'me' ? '' : leaderName;
  return {
    key: `action:${a.id}`,
    stamp: `${a.updatedAt}|${leaderName ?? ''}`,
    build: () => [
      {
        key: `action:${a.id}`,
        kind: 'action',
        title: a.text,
        body: join(owner, leaderName),
        context: join(owner ? `Owner: ${owner}` : 'Yours', a.status === 'open' ? '' : a.status),
        date: a.due,
        route: a.meetingId ? `/meetings/${a.meetingId}` : '/actions',
      },
    ],
  };
}

/** One year of the goodwill ledger: each entry's note, category and leader. */
export function ledgerYearSource(
  year: string,
  revision: number,
  entries: readonly LedgerEntry[],
  leaderNames: ReadonlyMap<string, string>,
  categories: ReadonlyMap<string, string>,
  /** Changes when a leader's name or a category's name does. */
  namesStamp: string,
): ContentSource {
  return {
    key: `ledger:${year}`,
    stamp: `${revision}|${entries.length}|${namesStamp}`,
    build: () =>
      entries.map((e): ContentDoc => {
        const leaderName = leaderNames.get(e.leaderId);
        const category = categories.get(e.categoryId);
        const sign = e.kind === 'deposit' ? '+' : '−';
        return {
          key: `goodwill:${e.id}`,
          kind: 'goodwill',
          title: e.note || category || LEDGER_KIND_LABELS[e.kind],
          body: join(category, leaderName, LEDGER_KIND_LABELS[e.kind]),
          context: join(`${LEDGER_KIND_LABELS[e.kind]} ${sign}${e.points}`, category, leaderName),
          date: e.date,
          route: `/goodwill/${e.leaderId}?table`,
        };
      }),
  };
}

/** A dashboard project: its name, status and one-line update. */
export function projectSource(p: Project, leaderName: string | undefined): ContentSource {
  return {
    key: `project:${p.id}`,
    stamp: `${p.updatedAt}|${leaderName ?? ''}`,
    build: () => [
      {
        key: `project:${p.id}`,
        kind: 'project',
        title: p.name,
        body: join(p.update, PROJECT_STATUS_LABELS[p.status], leaderName),
        context: join(PROJECT_STATUS_LABELS[p.status], p.update, p.archived ? 'archived' : ''),
        date: null,
        route: p.leaderId ? `/dashboard/${p.leaderId}` : '/dashboard',
      },
    ],
  };
}
