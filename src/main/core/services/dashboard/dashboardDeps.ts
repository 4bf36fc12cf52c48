import type { LeaderSummary } from '../../../../shared/domain/leader';
import type { ActionItem, Meeting, Series } from '../../../../shared/domain/meeting';
import type { ActionFilter, ActionView } from '../../../../shared/ipc/areas/actions';
import type { OccurrenceView } from '../../../../shared/ipc/areas/meetings';
import type { z } from 'zod';
import type { GoodwillService } from '../goodwill/goodwillService';

/** A win the journal logged: an entry tagged as a win. */
export interface JournalWin {
  id: string;
  date: string;
  title: string;
  leaderId: string | null;
}

/** What the dashboard reads from the other features, through their public services. */
export interface DashboardDeps {
  leaders: { list(opts?: { includeArchived?: boolean }): Promise<LeaderSummary[]> };
  actions: {
    list(filter?: z.input<typeof ActionFilter>): Promise<ActionView[]>;
    all(): Promise<ActionItem[]>;
  };
  meetings: {
    upcoming(opts?: {
      leaderId?: string;
      days?: number;
      limit?: number;
    }): Promise<OccurrenceView[]>;
    allSeries(): Promise<Series[]>;
    meetingsInYears(fromYear: string, toYear: string): Promise<Meeting[]>;
  };
  /** Journal wins dated in [from, to], any leader. */
  wins(range: { from: string; to: string }): Promise<JournalWin[]>;
  goodwill: Pick<GoodwillService, 'trends' | 'depositsBetween' | 'categoryNames'>;
}
