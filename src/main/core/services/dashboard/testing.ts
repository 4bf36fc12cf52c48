import { createActionsService, type ActionsService } from '../actions/actionsService';
import { createGoodwillService, type GoodwillService } from '../goodwill/goodwillService';
import { createJournalService, type JournalService } from '../journal/journalService';
import { createLeadersService, type LeadersService } from '../leaders/leadersService';
import { createTestContext, type TestContext } from '../leaders/testContext';
import { createMeetingsService, type MeetingsService } from '../meetings/meetingsService';
import { leaderDirectoryFrom, winsFromJournal } from '../meetings/providers';
import { createDashboardService, type DashboardService } from './dashboardService';
import { journalWins } from './journalWins';

/** Every service the dashboard reads, real ones, over an in-memory vault, wired as core wires them. */
export interface DashboardHarness {
  ctx: TestContext;
  leaders: LeadersService;
  journal: JournalService;
  actions: ActionsService;
  meetings: MeetingsService;
  goodwill: GoodwillService;
  dashboard: DashboardService;
}

/** Builds the harness; the clock starts at `start`. */
export function createDashboardHarness(start = '2026-03-10T09:00:00.000Z'): DashboardHarness {
  const ctx = createTestContext(start);
  const leaders = createLeadersService(ctx);
  const journal = createJournalService(ctx, { leaders });
  const actions = createActionsService(ctx);
  const goodwill = createGoodwillService(ctx, { leaders, actions });
  const meetings = createMeetingsService(ctx, {
    actions,
    leaders: leaderDirectoryFrom(leaders),
    wins: winsFromJournal(journal),
    goodwill: (id) => goodwill.balanceFor(id),
  });
  const dashboard = createDashboardService(ctx, {
    leaders,
    actions,
    meetings,
    goodwill,
    wins: journalWins(journal),
  });
  return { ctx, leaders, journal, actions, meetings, goodwill, dashboard };
}
