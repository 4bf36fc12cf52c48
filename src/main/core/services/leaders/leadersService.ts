import {
  LEADER_LISTS,
  Leader,
  LeaderSummary,
  type LeaderListKey,
  type LeaderPatch,
} from '../../../../shared/domain/leader';
import { sanitizeRichText } from '../../../../shared/domain/richtext';
import type { NewLeader } from '../../../../shared/ipc/areas/leaders';
import { AppError } from '../../errors';
import type { Handlers } from '../../ipc/dispatch';
import type { ServiceContext } from '../context';
import { leadersShard } from './leadersShard';
import { exportLeaderProfile } from '../../export/leaderProfile';

/** Leaders' profiles: the `leaders:*` channels, plus lookups other services use. */
export interface LeadersService {
  handlers: Handlers['leaders'];
  /** Leaders sorted by name; archived ones only when asked. */
  list(opts?: { includeArchived?: boolean }): Promise<LeaderSummary[]>;
  /** One leader's full profile; throws `not-found` when there is none. */
  get(id: string): Promise<Leader>;
  /** Every leader's name by id, archived ones included (for mentions and exports). */
  names(): Promise<Map<string, string>>;
  create(input: NewLeader): Promise<Leader>;
  /** Changes some fields; a list in the patch replaces that list. */
  update(id: string, patch: LeaderPatch): Promise<Leader>;
}

const byName = (a: { name: string }, b: { name: string }): number =>
  a.name.localeCompare(b.name, undefined, { sensitivity: 'base' });

/** Drops anything the editor does not allow from every rich-text field of a profile. */
function sanitizeLeader(leader: Leader): Leader {
  const lists = { ...leader.lists };
  for (const { key } of LEADER_LISTS) {
    lists[key] = leader.lists[key].map((item) => ({ ...item, note: sanitizeRichText(item.note) }));
  }
  return { ...leader, notes: sanitizeRichText(leader.notes), lists };
}

/** Builds the leaders service on the vault's `leaders` shard. */
export function createLeadersService(ctx: ServiceContext): LeadersService {
  const open = () => ctx.store().open(leadersShard);

  async function get(id: string): Promise<Leader> {
    const found = (await open()).data.leaders.find((l) => l.id === id);
    if (!found)
      throw new AppError(
        'not-found',
        'This leader no longer exists. It may have been removed from a backup you restored.',
      );
    return found;
  }

  async function list(opts: { includeArchived?: boolean } = {}): Promise<LeaderSummary[]> {
    const { leaders } = (await open()).data;
    return leaders
      .filter((l) => opts.includeArchived || !l.archived)
      .map((l) => LeaderSummary.parse(l))
      .sort(byName);
  }

  /** Applies a change to one leader, validating the result before anything is stored. */
  async function modify(id: string, fn: (l: Leader) => Leader): Promise<Leader> {
    const h = await open();
    const index = h.data.leaders.findIndex((l) => l.id === id);
    if (index < 0)
      throw new AppError(
        'not-found',
        'This leader no longer exists. It may have been removed from a backup you restored.',
      );
    const parsed = Leader.safeParse(fn(h.data.leaders[index]));
    if (!parsed.success) {
      throw new AppError(
        'invalid-input',
        `This change could not be saved: ${parsed.error.issues[0]?.message ?? 'a field is not valid'}.`,
      );
    }
    const next = sanitizeLeader({ ...parsed.data, updatedAt: ctx.nowIso() });
    h.change((d) => {
      const i = d.leaders.findIndex((l) => l.id === id);
      if (i >= 0) d.leaders[i] = next;
    });
    return next;
  }

  function applyPatch(leader: Leader, patch: LeaderPatch): Leader {
    const { lists, communication, ...fields } = patch;
    const nextLists = { ...leader.lists };
    for (const key of Object.keys(lists ?? {}) as LeaderListKey[]) {
      const items = lists?.[key];
      if (items) nextLists[key] = items;
    }
    for (const key of Object.keys(nextLists) as LeaderListKey[]) {
      const ids = new Set<string>();
      for (const item of nextLists[key]) {
        if (ids.has(item.id))
          throw new AppError(
            'invalid-input',
            'Two items of the same list have the same id; reload the profile and try again.',
          );
        ids.add(item.id);
      }
    }
    return {
      ...leader,
      ...fields,
      communication: { ...leader.communication, ...communication },
      lists: nextLists,
    };
  }

  async function create(input: NewLeader): Promise<Leader> {
    const now = ctx.nowIso();
    const leader = sanitizeLeader(
      Leader.parse({ ...input, id: ctx.newId(), createdAt: now, updatedAt: now }),
    );
    (await open()).change((d) => {
      d.leaders.push(leader);
    });
    return leader;
  }

  async function names(): Promise<Map<string, string>> {
    return new Map((await open()).data.leaders.map((l) => [l.id, l.name]));
  }

  const update = (id: string, patch: LeaderPatch): Promise<Leader> =>
    modify(id, (l) => applyPatch(l, patch));

  const handlers: Handlers['leaders'] = {
    list: ({ includeArchived }) => list({ includeArchived }),
    get: ({ id }) => get(id),
    create,
    update: ({ id, patch }) => update(id, patch),
    archive: ({ id }) => modify(id, (l) => ({ ...l, archived: true })),
    unarchive: ({ id }) => modify(id, (l) => ({ ...l, archived: false })),
    exportProfile: async ({ id, sections }) =>
      exportLeaderProfile(ctx, await get(id), { sections, leaderNames: await names() }),
  };

  return { handlers, list, get, names, create, update };
}
