import { z } from 'zod';
import { Id, IsoDateTime, ShortText } from './common';

export const ProjectStatus = z.enum(['on-track', 'at-risk', 'blocked']);
export type ProjectStatus = z.infer<typeof ProjectStatus>;

/** A project on the one-page dashboard, with its status and one-line update. */
export const Project = z.object({
  id: Id,
  leaderId: Id.nullable().default(null),
  name: ShortText.min(1),
  status: ProjectStatus.default('on-track'),
  update: ShortText.default(''),
  archived: z.boolean().default(false),
  updatedAt: IsoDateTime,
});
export type Project = z.infer<typeof Project>;

/** A key metric the user reports upward. */
export const Metric = z.object({
  id: Id,
  leaderId: Id.nullable().default(null),
  name: ShortText.min(1),
  value: ShortText.default(''),
  target: ShortText.default(''),
  updatedAt: IsoDateTime,
});
export type Metric = z.infer<typeof Metric>;
