import type { ActionItem, ActionStatus } from '../../../../shared/domain/meeting';
import {
  ActionDraft,
  ActionFilter,
  type ActionPatch,
  type ActionView,
} from '../../../../shared/ipc/areas/actions';
import type { z } from 'zod';
import { AppError } from '../../errors';
import type { Handlers } from '../../ipc/dispatch';
import type { ServiceContext } from '../context';
import { actionsShard } from './actionsShard';

/** Action items: the `actions:*` channels, plus the lookups meetings, reminders and the dashboard use. */
export interface ActionsService {
  handlers: Handlers['actions'];
  /** Items matching a filter, overdue first, then by due date. */
  list(filter?: z.input<typeof ActionFilter>): Promise<ActionView[]>;
  /** Every item of one leader, any status. */
  forLeader(leaderId: string): Promise<ActionItem[]>;
  /** Every item, any status (for aggregates). */
  all(): Promise<ActionItem[]>;
  create(draft: z.input<typeof ActionDraft>): Promise<ActionView>;
  setStatus(id: string, status: ActionStatus): Promise<ActionView>;
  /** Adds the overdue flag as of today. */
  view(item: ActionItem): ActionView;
  /** Called after any change to an action item. */
  onChange(fn: () => void): void;
}

const NOT_FOUND = 'This action item no longer exists. It may have been deleted in another window.';

/** True when an open item's due date has passed. */
export function isOverdue(item: Pick<ActionItem, 'status' | 'due'>, today: string): boolean {
  return item.status === 'open' && item.due !== null && item.due < today;
}

/** Orders a list: open before closed, overdue first, then by due date (undated last), then oldest first. */
export function compareActions(a: ActionView, b: ActionView): number {
  const rank = (x: ActionView): number => (x.status === 'open' ? (x.overdue ? 0 : 1) : 2);
  if (rank(a) !== rank(b)) return rank(a) - rank(b);
  if (a.due !== b.due) {
    if (a.due === null) return 1;
    if (b.due === null) return -1;
    return a.due < b.due ? -1 : 1;
  }
  return a.createdAt.localeCompare(b.createdAt);
}

/** Builds the action items service on the vault's `actions` shard. */
export function createActionsService(ctx: ServiceContext): ActionsService {
  const listeners: (() => void)[] = [];
  const open = () => ctx.store().open(actionsShard);
  const view = (item: ActionItem): ActionView => ({
    ...item,
    overdue: isOverdue(item, ctx.today()),
  });
  const changed = (): void => {
    ctx.changed('actions');
    listeners.forEach((fn) => fn());
  };

  async function modify(id: string, fn: (item: ActionItem) => ActionItem): Promise<ActionView> {
    const h = await open();
    const current = h.data.items.find((i) => i.id === id);
    if (!current) throw new AppError('not-found', NOT_FOUND);
    const next = { ...fn(current), updatedAt: ctx.nowIso() };
    h.change((d) => {
      const i = d.items.findIndex((x) => x.id === id);
      if (i >= 0) d.items[i] = next;
    });
    changed();
    return view(next);
  }

  async function list(input: z.input<typeof ActionFilter> = {}): Promise<ActionView[]> {
    const f = ActionFilter.parse(input);
    const items = (await open()).data.items
      .map(view)
      .filter(
        (i) =>
          (f.status === 'all' || i.status === f.status) &&
          (!f.owner || i.owner.kind === f.owner) &&
          (!f.leaderId || i.leaderId === f.leaderId) &&
          (!f.meetingId || i.meetingId === f.meetingId) &&
          (f.overdue === undefined || i.overdue === f.overdue),
      );
    return items.sort(compareActions);
  }

  async function create(input: z.input<typeof ActionDraft>): Promise<ActionView> {
    const d = ActionDraft.parse(input);
    const now = ctx.nowIso();
    const item: ActionItem = {
      id: ctx.newId(),
      ...d,
      status: 'open',
      createdAt: now,
      updatedAt: now,
      completedAt: null,
    };
    (await open()).change((data) => {
      data.items.push(item);
    });
    changed();
    return view(item);
  }

  async function setStatus(id: string, status: ActionStatus): Promise<ActionView> {
    return modify(id, (item) => ({
      ...item,
      status,
      completedAt:
        status === 'open' ? null : item.status === status ? item.completedAt : ctx.nowIso(),
    }));
  }

  async function update(patch: z.output<typeof ActionPatch>): Promise<ActionView> {
    const { id, ...fields } = patch;
    const defined = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));
    return modify(id, (item) => ({ ...item, ...defined }));
  }

  async function remove(id: string): Promise<null> {
    const h = await open();
    if (!h.data.items.some((i) => i.id === id)) throw new AppError('not-found', NOT_FOUND);
    h.change((d) => {
      d.items = d.items.filter((i) => i.id !== id);
    });
    changed();
    return null;
  }

  return {
    handlers: {
      list: (f) => list(f ?? {}),
      create,
      update,
      setStatus: ({ id, status }) => setStatus(id, status),
      remove: ({ id }) => remove(id),
    },
    list,
    forLeader: async (leaderId) => (await open()).data.items.filter((i) => i.leaderId === leaderId),
    all: async () => [...(await open()).data.items],
    create,
    setStatus,
    view,
    onChange: (fn) => listeners.push(fn),
  };
}
