import type { z } from 'zod';
import type { AreaContract, Channel } from './channel';
import { appContract, settingsContract } from './areas/app';
import { vaultContract } from './areas/vault';
import { leadersContract } from './areas/leaders';
import { journalContract } from './areas/journal';
import { meetingsContract } from './areas/meetings';
import { actionsContract } from './areas/actions';
import { goodwillContract } from './areas/goodwill';
import { dashboardContract } from './areas/dashboard';
import { remindersContract } from './areas/reminders';
import { dataContract } from './areas/data';
import { reviewContract } from './areas/review';
import { searchContract } from './areas/search';
import { updatesContract } from './areas/updates';

/**
 * The whole IPC contract: every channel the renderer may call, by area and action.
 * The channel name on the wire is `area:action`.
 *
 * Limits no honest use reaches, refused with `invalid-input` and nothing written:
 * - rich text (journal bodies, notes, agenda notes): `RICH_TEXT_LIMITS` in
 *   `domain/richTextLimits.ts` — 100 levels of nesting, 1,000,000 characters and
 *   200,000 parts per document, checked before the document is parsed;
 * - dates (`IsoDate`): real calendar days between `MIN_YEAR` and `MAX_YEAR` (1900–2999);
 * - every other string and list: the `max` of its schema;
 * - a payload the parser cannot walk (too deeply nested) is refused like any bad input.
 */
export const contract = {
  app: appContract,
  settings: settingsContract,
  vault: vaultContract,
  leaders: leadersContract,
  journal: journalContract,
  meetings: meetingsContract,
  actions: actionsContract,
  goodwill: goodwillContract,
  dashboard: dashboardContract,
  reminders: remindersContract,
  data: dataContract,
  review: reviewContract,
  search: searchContract,
  updates: updatesContract,
} satisfies Record<string, AreaContract>;

export type Contract = typeof contract;
export type Area = keyof Contract;

/** Input type the caller passes for a channel (before defaults are applied). */
export type InputOf<C> = C extends Channel<infer I, z.ZodType> ? z.input<I> : never;
/** Output type the caller receives. */
export type OutputOf<C> = C extends Channel<z.ZodType, infer O> ? z.output<O> : never;
/** Input type a handler receives (after parsing). */
export type ParsedInputOf<C> = C extends Channel<infer I, z.ZodType> ? z.output<I> : never;

/** The wire name of a channel. */
export function channelName(area: string, action: string): string {
  return `${area}:${action}`;
}

/** Every channel of the contract with its wire name. */
export function listChannels(): { area: string; action: string; name: string; channel: Channel }[] {
  const out: { area: string; action: string; name: string; channel: Channel }[] = [];
  for (const [area, actions] of Object.entries(contract as Record<string, AreaContract>)) {
    for (const [action, ch] of Object.entries(actions)) {
      out.push({ area, action, name: channelName(area, action), channel: ch });
    }
  }
  return out;
}
