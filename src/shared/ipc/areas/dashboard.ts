import { z } from 'zod';
import { channel } from '../channel';
import { ById, Id, IsoDate, IsoDateTime } from '../../domain/common';
import {
  Metric,
  MetricDraft,
  MetricPatch,
  Project,
  ProjectDraft,
  ProjectPatch,
} from '../../domain/dashboard';
import { ActionView } from './actions';
import { SavedFile } from './leaders';

/** Which one-pager: one leader's, or the overall one (null), and how far back wins go. */
export const DashboardScope = z.object({
  leaderId: Id.nullable().default(null),
  winsDays: z.number().int().min(7).max(365).default(30),
});
export type DashboardScope = z.input<typeof DashboardScope>;

/** A recent win: a journal entry tagged as a win, or a goodwill deposit. */
export const DashboardWin = z.object({
  kind: z.enum(['journal', 'deposit']),
  id: Id,
  date: IsoDate,
  /** The entry's title, or the deposit's category and note. */
  title: z.string(),
  leaderId: Id.nullable(),
  leaderName: z.string().nullable(),
  /** Points of a deposit; null for a journal win. */
  points: z.number().int().nullable(),
});
export type DashboardWin = z.infer<typeof DashboardWin>;

/** The next 1:1 in scope. */
export const NextOneOnOne = z.object({
  seriesId: Id,
  key: IsoDateTime,
  leaderId: Id,
  leaderName: z.string(),
  title: z.string(),
  start: IsoDateTime,
  timeZone: z.string(),
  meetingId: Id.nullable(),
  agendaCount: z.number().int(),
});
export type NextOneOnOne = z.infer<typeof NextOneOnOne>;

/** The goodwill trend with one leader: the balance now and at the end of each of the last twelve months. */
export const GoodwillTrend = z.object({
  leaderId: Id,
  leaderName: z.string(),
  balance: z.number().int(),
  recent: z.number().int(),
  low: z.boolean(),
  months: z.array(
    z.object({
      month: z.string().regex(/^\d{4}-\d{2}$/),
      balance: z.number().int(),
      /** True when the ledger has lines in this month. */
      moved: z.boolean().optional(),
    }),
  ),
});
export type GoodwillTrend = z.infer<typeof GoodwillTrend>;

/** How the 1:1s with one leader went over the last quarter, and how your commitments fared. */
export const OneOnOneHealth = z.object({
  leaderId: Id,
  leaderName: z.string(),
  /** Meetings marked held. */
  held: z.number().int(),
  /** Occurrences skipped. */
  skipped: z.number().int(),
  /** Occurrences moved to another time. */
  moved: z.number().int(),
  /** Past occurrences neither held, skipped nor marked: nobody recorded what happened. */
  unrecorded: z.number().int(),
  /** Your action items due in the quarter, done by their date. */
  kept: z.number().int(),
  /** Done, but after their date. */
  late: z.number().int(),
  /** Still open past their date, or dropped. */
  missed: z.number().int(),
});
export type OneOnOneHealth = z.infer<typeof OneOnOneHealth>;

/** Everything the one-page dashboard shows. */
export const DashboardView = z.object({
  leaderId: Id.nullable(),
  leaderName: z.string().nullable(),
  /** Every current leader, for the picker and for naming owners. */
  leaders: z.array(z.object({ id: Id, name: z.string() })),
  today: IsoDate,
  /** First day of the quarter 1:1 health looks at. */
  quarterFrom: IsoDate,
  projects: z.array(Project),
  metrics: z.array(Metric),
  actions: z.object({ mine: z.array(ActionView), theirs: z.array(ActionView) }),
  nextMeeting: NextOneOnOne.nullable(),
  goodwill: z.array(GoodwillTrend),
  health: z.array(OneOnOneHealth),
});
export type DashboardView = z.infer<typeof DashboardView>;

/** Recent wins in scope, newest first, from `from` (inclusive) to today. */
export const DashboardWins = z.object({ from: IsoDate, wins: z.array(DashboardWin) });
export type DashboardWins = z.infer<typeof DashboardWins>;

/** Channels of the dashboard area: the one-pager, its projects and metrics, and its export. */
export const dashboardContract = {
  /** Everything on the one-pager but the wins, which come on their own so the page never waits for them. */
  get: channel(
    z.object({ leaderId: Id.nullable().default(null) }).default({ leaderId: null }),
    DashboardView,
  ),
  /** Recent wins: journal entries tagged as a win, and goodwill deposits. */
  wins: channel(DashboardScope.default({ leaderId: null, winsDays: 30 }), DashboardWins),

  createProject: channel(ProjectDraft, Project),
  /** Changes some fields; inline edits of the status and the one-line update send only those. */
  updateProject: channel(ById.extend({ patch: ProjectPatch }), Project),
  /** Archives a finished project (it leaves the dashboard) or brings it back. */
  archiveProject: channel(z.object({ id: Id, archived: z.boolean() }), Project),
  deleteProject: channel(ById, z.null()),
  /** Projects, archived ones only when asked, for one leader (with those for every leader) or all. */
  listProjects: channel(
    z
      .object({
        leaderId: Id.nullable().default(null),
        includeArchived: z.boolean().default(false),
      })
      .default({ leaderId: null, includeArchived: false }),
    z.array(Project),
  ),

  createMetric: channel(MetricDraft, Metric),
  updateMetric: channel(ById.extend({ patch: MetricPatch }), Metric),
  deleteMetric: channel(ById, z.null()),

  /** Whether the status update of this scope fits its one page, asked before saving. */
  exportCheck: channel(
    DashboardScope.default({ leaderId: null, winsDays: 30 }),
    z.object({ fitsOnePage: z.boolean() }),
  ),
  /** Saves the one-pager as a .docx status update to share upward; private fields never go in. */
  export: channel(DashboardScope.default({ leaderId: null, winsDays: 30 }), SavedFile),
};
