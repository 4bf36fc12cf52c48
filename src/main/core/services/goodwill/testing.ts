import type { ActionItem } from '../../../../shared/domain/meeting';
import type { ActionFilter, ActionView } from '../../../../shared/ipc/areas/actions';
import type { z } from 'zod';
import { createLeadersService, type LeadersService } from '../leaders/leadersService';
import { createTestContext, type TestContext } from '../leaders/testContext';
import { createGoodwillService, type GoodwillService } from './goodwillService';

/** A goodwill bank over an in-memory vault, with real leaders and a hand-filled list of action items. */
export interface GoodwillHarness {
  ctx: TestContext;
  leaders: LeadersService;
  goodwill: GoodwillService;
  /** Action items the stub actions service answers with. */
  actions: ActionItem[];
  /** A fresh goodwill service over the same vault (as after a restart). */
  reopen: () => GoodwillService;
}

/** Builds the harness; the clock starts on `start`. */
export function createGoodwillHarness(start = '2026-03-10T09:00:00.000Z'): GoodwillHarness {
  const ctx = createTestContext(start);
  const leaders = createLeadersService(ctx);
  const actions: ActionItem[] = [];
  const actionsStub = {
    async list(input: z.input<typeof ActionFilter> = {}): Promise<ActionView[]> {
      const today = ctx.today();
      return actions
        .map((a) => ({ ...a, overdue: a.status === 'open' && a.due !== null && a.due < today }))
        .filter(
          (a) =>
            (input.status === undefined || input.status === 'all' || a.status === input.status) &&
            (!input.owner || a.owner.kind === input.owner) &&
            (!input.leaderId || a.leaderId === input.leaderId) &&
            (input.overdue === undefined || a.overdue === input.overdue),
        );
    },
  };
  const make = (): GoodwillService => createGoodwillService(ctx, { leaders, actions: actionsStub });
  return { ctx, leaders, goodwill: make(), actions, reopen: make };
}

/** An action item with sensible defaults. */
export function actionItem(
  fields: Partial<ActionItem> & Pick<ActionItem, 'id' | 'text'>,
): ActionItem {
  return {
    owner: { kind: 'me' },
    due: null,
    status: 'open',
    leaderId: null,
    meetingId: null,
    createdAt: '2026-01-01T09:00:00.000Z',
    updatedAt: '2026-01-01T09:00:00.000Z',
    completedAt: null,
    ...fields,
  };
}
