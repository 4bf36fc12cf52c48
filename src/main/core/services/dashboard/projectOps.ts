import {
  METRIC_HISTORY_MAX,
  Metric,
  Project,
  type MetricPatch,
  type ProjectPatch,
} from '../../../../shared/domain/dashboard';
import type { MetricDraft, ProjectDraft } from '../../../../shared/domain/dashboard';
import type { z } from 'zod';
import { AppError } from '../../errors';
import type { Handlers } from '../../ipc/dispatch';
import type { ServiceContext } from '../context';
import { dashboardShard } from './dashboardShard';

type ProjectHandlers = Pick<
  Handlers['dashboard'],
  | 'createProject'
  | 'updateProject'
  | 'archiveProject'
  | 'deleteProject'
  | 'listProjects'
  | 'createMetric'
  | 'updateMetric'
  | 'deleteMetric'
>;

const PROJECT_GONE = 'This project no longer exists. It may have been deleted in another window.';
const METRIC_GONE = 'This metric no longer exists. It may have been deleted in another window.';

/** Only the fields a patch actually gives. */
function defined<T extends object>(patch: T): Partial<T> {
  return Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** True when an item belongs on one leader's page: theirs, or reported to every leader. */
export function inScope(item: { leaderId: string | null }, leaderId: string | null): boolean {
  return leaderId === null || item.leaderId === null || item.leaderId === leaderId;
}

/** Projects and key metrics: create, change, archive, delete. */
export function projectHandlers(
  ctx: ServiceContext,
  deps: { leaderIds(): Promise<Set<string>> },
): ProjectHandlers {
  const open = () => ctx.store().open(dashboardShard);

  async function checkLeader(leaderId: string | null | undefined): Promise<void> {
    if (leaderId && !(await deps.leaderIds()).has(leaderId))
      throw new AppError('not-found', 'The leader chosen no longer exists.');
  }

  function valid<T>(schema: z.ZodType<T>, candidate: unknown, what: string): T {
    const parsed = schema.safeParse(candidate);
    if (!parsed.success)
      throw new AppError(
        'invalid-input',
        `This ${what} could not be saved: ${parsed.error.issues[0]?.message ?? 'a field is not valid'}.`,
      );
    return parsed.data;
  }

  async function changeProject(id: string, fn: (p: Project) => Project): Promise<Project> {
    const h = await open();
    const current = h.data.projects.find((p) => p.id === id);
    if (!current) throw new AppError('not-found', PROJECT_GONE);
    const next = valid(Project, { ...fn(current), updatedAt: ctx.nowIso() }, 'project');
    h.change((d) => {
      d.projects = d.projects.map((p) => (p.id === id ? next : p));
    });
    ctx.changed('dashboard');
    return next;
  }

  /** The history with today's value recorded (one entry per day, the last value of the day). */
  function withValue(history: Metric['history'], value: string): Metric['history'] {
    const v = value.trim();
    const last = history[history.length - 1];
    if (!v || last?.value === v) return history;
    const today = ctx.today();
    const kept = last?.date === today ? history.slice(0, -1) : history;
    return [...kept, { date: today, value: v }].slice(-METRIC_HISTORY_MAX);
  }

  async function changeMetric(id: string, patch: MetricPatch): Promise<Metric> {
    const h = await open();
    const current = h.data.metrics.find((m) => m.id === id);
    if (!current) throw new AppError('not-found', METRIC_GONE);
    const changed = { ...current, ...defined(patch) };
    const next = valid(
      Metric,
      { ...changed, history: withValue(current.history, changed.value), updatedAt: ctx.nowIso() },
      'metric',
    );
    h.change((d) => {
      d.metrics = d.metrics.map((m) => (m.id === id ? next : m));
    });
    ctx.changed('dashboard');
    return next;
  }

  return {
    createProject: async (draft: z.output<typeof ProjectDraft>) => {
      await checkLeader(draft.leaderId);
      const project = valid(
        Project,
        { ...draft, id: ctx.newId(), archived: false, updatedAt: ctx.nowIso() },
        'project',
      );
      (await open()).change((d) => {
        d.projects.push(project);
      });
      ctx.changed('dashboard');
      return project;
    },
    updateProject: async ({ id, patch }: { id: string; patch: ProjectPatch }) => {
      await checkLeader(patch.leaderId);
      return changeProject(id, (p) => ({ ...p, ...defined(patch) }));
    },
    archiveProject: ({ id, archived }) => changeProject(id, (p) => ({ ...p, archived })),
    deleteProject: async ({ id }) => {
      const h = await open();
      if (!h.data.projects.some((p) => p.id === id)) throw new AppError('not-found', PROJECT_GONE);
      h.change((d) => {
        d.projects = d.projects.filter((p) => p.id !== id);
      });
      ctx.changed('dashboard');
      return null;
    },
    listProjects: async ({ leaderId, includeArchived }) =>
      (await open()).data.projects.filter(
        (p) => (includeArchived || !p.archived) && inScope(p, leaderId),
      ),
    createMetric: async (draft: z.output<typeof MetricDraft>) => {
      await checkLeader(draft.leaderId);
      const metric = valid(
        Metric,
        {
          ...draft,
          id: ctx.newId(),
          history: withValue([], draft.value ?? ''),
          updatedAt: ctx.nowIso(),
        },
        'metric',
      );
      (await open()).change((d) => {
        d.metrics.push(metric);
      });
      ctx.changed('dashboard');
      return metric;
    },
    updateMetric: async ({ id, patch }) => {
      await checkLeader(patch.leaderId);
      return changeMetric(id, patch);
    },
    deleteMetric: async ({ id }) => {
      const h = await open();
      if (!h.data.metrics.some((m) => m.id === id)) throw new AppError('not-found', METRIC_GONE);
      h.change((d) => {
        d.metrics = d.metrics.filter((m) => m.id !== id);
      });
      ctx.changed('dashboard');
      return null;
    },
  };
}
