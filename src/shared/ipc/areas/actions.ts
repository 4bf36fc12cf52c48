import { z } from 'zod';
import { channel } from '../channel';
import { ById, Id, IsoDate, ShortText } from '../../domain/common';
import { ActionItem, ActionOwner, ActionStatus } from '../../domain/meeting';

/** An action item as lists show it: with whether it is overdue today. */
export const ActionView = ActionItem.extend({
  /** Open and due before today. */
  overdue: z.boolean(),
});
export type ActionView = z.infer<typeof ActionView>;

/** Filters of the global action-item list; all optional, combined with AND. */
export const ActionFilter = z.object({
  /** `all` shows every status; default is open items only. */
  status: z.union([ActionStatus, z.literal('all')]).default('open'),
  owner: z.enum(['me', 'leader', 'other']).optional(),
  leaderId: Id.optional(),
  meetingId: Id.optional(),
  /** Only overdue items. */
  overdue: z.boolean().optional(),
});
export type ActionFilter = z.infer<typeof ActionFilter>;

/** What the user types to create an action item. */
export const ActionDraft = z.object({
  text: ShortText.min(1, 'Say what needs doing'),
  owner: ActionOwner.default({ kind: 'me' }),
  due: IsoDate.nullable().default(null),
  leaderId: Id.nullable().default(null),
  meetingId: Id.nullable().default(null),
});
export type ActionDraft = z.input<typeof ActionDraft>;

/** The fields of an action item the user can change. */
export const ActionPatch = z.object({
  id: Id,
  text: ShortText.min(1, 'Say what needs doing').optional(),
  owner: ActionOwner.optional(),
  due: IsoDate.nullable().optional(),
  leaderId: Id.nullable().optional(),
});

/** Channels of the actions area: the global list of commitments. */
export const actionsContract = {
  list: channel(ActionFilter.optional(), z.array(ActionView)),
  create: channel(ActionDraft, ActionView),
  update: channel(ActionPatch, ActionView),
  /** Completes, drops or reopens an item; every view showing it updates. */
  setStatus: channel(z.object({ id: Id, status: ActionStatus }), ActionView),
  /** Deletes an item entered by mistake (dropping keeps it in the record). */
  remove: channel(ById, z.null()),
};
