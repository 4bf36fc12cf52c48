import { formatDate } from '../../../../shared/dateTime';
import { WIN_TAG } from '../../../../shared/domain/journal';
import type { Leader } from '../../../../shared/domain/leader';
import type { ReviewLine, ReviewScope, ReviewTheme } from '../../../../shared/ipc/areas/review';
import type { Handlers } from '../../ipc/dispatch';
import { exportReviewDocx } from '../../export/reviewDocx';
import type { ActionsService } from '../actions/actionsService';
import type { ServiceContext } from '../context';
import { dashboardShard } from '../dashboard/dashboardShard';
import type { GoodwillService } from '../goodwill/goodwillService';
import type { JournalService } from '../journal/journalService';
import type { LeadersService } from '../leaders/leadersService';
import type { MeetingsService } from '../meetings/meetingsService';

/** The tag that marks a journal entry as feedback the user received. */
export const FEEDBACK_TAG = 'feedback';

/** What the review reads from the other services. */
export interface ReviewDeps {
  journal: JournalService;
  leaders: LeadersService;
  actions: ActionsService;
  goodwill: GoodwillService;
  meetings: MeetingsService;
}

const within = (date: string | null | undefined, s: ReviewScope): boolean =>
  !!date && date.slice(0, 10) >= s.from && date.slice(0, 10) <= s.to;

/** Gathers a period's evidence into themed lines, each tied to the record it came from. */
export async function gatherReview(
  ctx: ServiceContext,
  deps: ReviewDeps,
  scope: ReviewScope,
): Promise<ReviewLine[]> {
  const lines: ReviewLine[] = [];
  const style = ctx.settings();
  const dateWords = (date: string): string => formatDate(date.slice(0, 10), style);
  const add = (
    theme: ReviewTheme,
    text: string,
    source: ReviewLine['source'],
    priv = false,
  ): void => {
    const clean = text.trim().slice(0, 500);
    if (clean)
      lines.push({ key: `${source.kind}:${source.id}`, theme, text: clean, source, private: priv });
  };
  const forLeader = (leaderId: string | null): boolean =>
    scope.leaderId === null || leaderId === scope.leaderId;
  const names = new Map(
    (await deps.leaders.list({ includeArchived: true })).map((l) => [l.id, l.name]),
  );

  // Wins: entries tagged as wins, deposits in the goodwill bank, projects and metrics.
  const wins = await deps.journal.list({ tag: WIN_TAG, from: scope.from, to: scope.to });
  for (const e of wins.filter((w) => forLeader(w.leaderId) || w.leaderId === null).reverse()) {
    add(
      'wins',
      e.title || e.excerpt,
      {
        kind: 'journal',
        id: e.id,
        label: `Journal, ${dateWords(e.date)}`,
        route: `/journal/${e.id}`,
      },
      true,
    );
  }
  const categories = await deps.goodwill.categoryNames();
  const deposits = await deps.goodwill.depositsBetween(scope.from, scope.to, scope.leaderId);
  for (const d of [...deposits].reverse()) {
    const category = categories.get(d.categoryId) ?? 'Deposit';
    add(
      'wins',
      d.note ? `${category}: ${d.note}` : category,
      { kind: 'goodwill', id: d.id, label: `Goodwill, ${dateWords(d.date)}`, route: '/goodwill' },
      true,
    );
  }
  const dashboard = (await ctx.store().open(dashboardShard)).data;
  for (const p of dashboard.projects) {
    if (!forLeader(p.leaderId) && p.leaderId !== null) continue;
    if (!within(p.updatedAt, scope)) continue;
    const text = p.archived
      ? `Wrapped up ${p.name}${p.update ? ` — ${p.update}` : ''}`
      : `${p.name}${p.update ? ` — ${p.update}` : ''}`;
    add('wins', text, {
      kind: 'project',
      id: p.id,
      label: 'Dashboard project',
      route: '/dashboard',
    });
  }
  for (const m of dashboard.metrics) {
    if (!forLeader(m.leaderId) && m.leaderId !== null) continue;
    // The trend over the period: the value it started from (the last before the period, if
    // any) to the last value within it.
    // A metric from before values were kept has only its current value and date.
    const history = m.history.length
      ? m.history
      : m.value
        ? [{ date: m.updatedAt.slice(0, 10), value: m.value }]
        : [];
    const upTo = history.filter((h) => h.date <= scope.to);
    const inside = upTo.filter((h) => h.date >= scope.from);
    if (!inside.length) continue;
    const before = upTo.filter((h) => h.date < scope.from).at(-1);
    const first = before ?? inside[0];
    const last = inside[inside.length - 1];
    const target = m.target ? ` (target ${m.target})` : '';
    const trend = first.value === last.value ? last.value : `${first.value} → ${last.value}`;
    add('wins', `${m.name}: ${trend}${target}`, {
      kind: 'metric',
      id: m.id,
      label: 'Dashboard metric',
      route: '/dashboard',
    });
  }

  // Commitments: what I owned that fell due (or was closed) in the period.
  const today = ctx.today();
  const mine = (await deps.actions.list({ status: 'all', owner: 'me' })).filter(
    (a) => forLeader(a.leaderId) && (within(a.due, scope) || within(a.completedAt, scope)),
  );
  const kept = mine.filter(
    (a) => a.status === 'done' && (!a.due || (a.completedAt ?? '').slice(0, 10) <= a.due),
  );
  const missed = mine.filter(
    (a) =>
      a.status === 'dropped' ||
      (a.status === 'done' && a.due && (a.completedAt ?? '').slice(0, 10) > a.due) ||
      (a.status === 'open' && a.due && a.due < today),
  );
  if (mine.length) {
    add(
      'commitments',
      `Kept ${kept.length} of ${kept.length + missed.length} commitments on time.`,
      {
        kind: 'action',
        id: 'summary',
        label: 'Action items',
        route: '/actions',
      },
    );
  }
  for (const a of kept) {
    add('commitments', `Done: ${a.text}${a.due ? ` (due ${dateWords(a.due)})` : ''}`, {
      kind: 'action',
      id: a.id,
      label: 'Action item',
      route: '/actions',
    });
  }
  for (const a of missed) {
    const how =
      a.status === 'dropped' ? 'Dropped' : a.status === 'open' ? 'Still open' : 'Done late';
    add('commitments', `${how}: ${a.text}${a.due ? ` (due ${dateWords(a.due)})` : ''}`, {
      kind: 'action',
      id: a.id,
      label: 'Action item',
      route: '/actions',
    });
  }

  // Feedback: entries tagged as feedback, and what was said under "Feedback for me".
  const feedback = await deps.journal.list({ tag: FEEDBACK_TAG, from: scope.from, to: scope.to });
  for (const e of feedback.filter((f) => forLeader(f.leaderId) || f.leaderId === null).reverse()) {
    add(
      'feedback',
      e.title || e.excerpt,
      {
        kind: 'journal',
        id: e.id,
        label: `Journal, ${dateWords(e.date)}`,
        route: `/journal/${e.id}`,
      },
      true,
    );
  }
  const meetings = await deps.meetings.meetingsInYears(
    scope.from.slice(0, 4),
    scope.to.slice(0, 4),
  );
  for (const m of meetings) {
    if (!forLeader(m.leaderId) || !within(m.start, scope)) continue;
    const sections = new Set(m.sections.filter((s) => s.kind === 'feedback').map((s) => s.id));
    for (const item of m.agenda) {
      if (!sections.has(item.sectionId)) continue;
      const who = names.get(m.leaderId) ?? 'A leader';
      add('feedback', item.decision ? `${item.text} — ${item.decision}` : item.text, {
        kind: 'agenda',
        id: item.id,
        label: `1:1 with ${who}, ${dateWords(m.start)}`,
        route: `/meetings/${m.id}`,
      });
    }
  }

  // What the leaders care about: their goals and what success looks like to them.
  const leaders: Leader[] = [];
  for (const id of scope.leaderId ? [scope.leaderId] : [...names.keys()]) {
    const l = await deps.leaders.get(id).catch(() => null);
    if (l && (!l.archived || scope.leaderId)) leaders.push(l);
  }
  for (const l of leaders) {
    for (const item of [...l.lists.vision, ...l.lists.success]) {
      const text = scope.leaderId ? item.text : `${l.name}: ${item.text}`;
      add('priorities', text, {
        kind: 'leader',
        id: `${l.id}-${item.id}`,
        label: `Profile of ${l.name}`,
        route: `/leaders/${l.id}`,
      });
    }
  }
  return lines;
}

/** The review: gathering the evidence of a period and saving the edited draft as a document. */
export function createReviewService(
  ctx: ServiceContext,
  deps: ReviewDeps,
): { handlers: Handlers['review'] } {
  return {
    handlers: {
      draft: async (scope) => ({ lines: await gatherReview(ctx, deps, scope) }),
      exportDocx: async ({ from, to, leaderId, lines }) => {
        const leaderName = leaderId ? (await deps.leaders.get(leaderId)).name : null;
        return exportReviewDocx(ctx, { from, to, leaderName, lines });
      },
    },
  };
}
