import { z } from 'zod';
import { Id, IsoDate, IsoDateTime, ShortText } from './common';

/** How many past values of a metric are kept (a year and more of daily changes). */
export const METRIC_HISTORY_MAX = 400;

export const ProjectStatus = z.enum(['on-track', 'at-risk', 'blocked']);
export type ProjectStatus = z.infer<typeof ProjectStatus>;

/** Labels of project statuses, in the product's words. */
export const PROJECT_STATUS_LABELS: Record<ProjectStatus, string> = {
  'on-track': 'On track',
  'at-risk': 'At risk',
  blocked: 'Blocked',
};

/** A project on the one-page dashboard, with its status and one-line update. */
export const Project = z.object({
  id: Id,
  /** The leader this project is reported to; null for every leader. */
  leaderId: Id.nullable().default(null),
  name: ShortText.min(1, 'A project needs a name'),
  status: ProjectStatus.default('on-track'),
  update: ShortText.default(''),
  archived: z.boolean().default(false),
  updatedAt: IsoDateTime,
});
export type Project = z.infer<typeof Project>;

/** What the user fills in for a project. */
export const ProjectDraft = z.object({
  leaderId: Id.nullable().default(null),
  name: ShortText.min(1, 'A project needs a name'),
  status: ProjectStatus.default('on-track'),
  update: ShortText.default(''),
});
export type ProjectDraft = z.input<typeof ProjectDraft>;

/** The fields of a project the user changes; only those given are changed. */
export const ProjectPatch = z
  .object({
    leaderId: Id.nullable(),
    name: ShortText.min(1, 'A project needs a name'),
    status: ProjectStatus,
    update: ShortText,
  })
  .partial();
export type ProjectPatch = z.infer<typeof ProjectPatch>;

/** A key metric the user reports upward. */
export const Metric = z.object({
  id: Id,
  /** The leader this metric is reported to; null for every leader. */
  leaderId: Id.nullable().default(null),
  name: ShortText.min(1, 'A metric needs a name'),
  value: ShortText.default(''),
  target: ShortText.default(''),
  /** The values it had, one per day it changed, oldest first: the trend a review shows. */
  history: z
    .array(z.object({ date: IsoDate, value: ShortText }))
    .max(METRIC_HISTORY_MAX)
    .default([]),
  updatedAt: IsoDateTime,
});
export type Metric = z.infer<typeof Metric>;

/** What the user fills in for a metric. */
export const MetricDraft = z.object({
  leaderId: Id.nullable().default(null),
  name: ShortText.min(1, 'A metric needs a name'),
  value: ShortText.default(''),
  target: ShortText.default(''),
});
export type MetricDraft = z.input<typeof MetricDraft>;

/** The fields of a metric the user changes; only those given are changed. */
export const MetricPatch = z
  .object({
    leaderId: Id.nullable(),
    name: ShortText.min(1, 'A metric needs a name'),
    value: ShortText,
    target: ShortText,
  })
  .partial();
export type MetricPatch = z.infer<typeof MetricPatch>;
