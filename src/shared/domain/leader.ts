import { z } from 'zod';
import { Id, IsoDate, IsoDateTime, ShortText } from './common';
import { RichDoc } from './richtext';
import { patchOf } from './patch';

/** How the user relates to a leader. */
export const Relationship = z.enum(['manager', 'skip-level', 'mentor', 'board', 'client', 'other']);
export type Relationship = z.infer<typeof Relationship>;

export const RELATIONSHIP_LABELS: Record<Relationship, string> = {
  manager: 'Manager',
  'skip-level': 'Skip-level',
  mentor: 'Mentor',
  board: 'Board',
  client: 'Client',
  other: 'Other',
};

/** Why a leader holds on tight, if they do: it changes how to earn autonomy. */
export const Micromanagement = z.enum(['none', 'passion', 'control']);
export type Micromanagement = z.infer<typeof Micromanagement>;

/** One short item of a profile list, with an optional rich-text note. */
export const ListItem = z.object({
  id: Id,
  text: ShortText.min(1),
  note: RichDoc.default(null),
});
export type ListItem = z.infer<typeof ListItem>;

/** The profile lists, in the order the profile shows them. */
export const LEADER_LISTS = [
  {
    key: 'vision',
    label: 'Vision & goals',
    hint: 'Where they want the team to be, and why.',
    private: false,
  },
  {
    key: 'success',
    label: 'What success looks like',
    hint: 'How they will judge that the team did well.',
    private: false,
  },
  {
    key: 'style',
    label: 'Management style',
    hint: 'How they lead, decide and follow up.',
    private: false,
  },
  {
    key: 'communication',
    label: 'Communication preferences',
    hint: 'Anything more on how they like to hear from you.',
    private: false,
  },
  { key: 'strengths', label: 'Strengths', hint: 'What they do best; lean on it.', private: false },
  {
    key: 'weaknesses',
    label: 'Weaknesses and how I support them',
    hint: 'Private. Never exported unless you tick it.',
    private: true,
  },
  {
    key: 'worries',
    label: 'What keeps them up at night',
    hint: 'The pressures they carry.',
    private: false,
  },
  { key: 'peeves', label: 'Pet peeves', hint: 'What to avoid.', private: false },
  {
    key: 'trustSignals',
    label: 'Trust signals I have seen',
    hint: 'Moments they showed they rely on you.',
    private: false,
  },
] as const;
export type LeaderListKey = (typeof LEADER_LISTS)[number]['key'];
export const LeaderListKey = z.enum(
  LEADER_LISTS.map((l) => l.key) as [LeaderListKey, ...LeaderListKey[]],
);

export const LeaderLists = z.object(
  Object.fromEntries(LEADER_LISTS.map((l) => [l.key, z.array(ListItem).default([])])) as Record<
    LeaderListKey,
    z.ZodDefault<z.ZodArray<typeof ListItem>>
  >,
);
export type LeaderLists = z.infer<typeof LeaderLists>;

/** How the leader likes to be communicated with. */
export const CommunicationPrefs = z.object({
  channel: ShortText.default(''),
  cadence: ShortText.default(''),
  detail: ShortText.default(''),
  bestTime: ShortText.default(''),
});
export type CommunicationPrefs = z.infer<typeof CommunicationPrefs>;

/**
 * The keep-in-touch nudge for one leader: on or off, and after how many weeks without a held
 * 1:1 (null: the general setting's number of weeks).
 */
export const KeepInTouch = z.object({
  on: z.boolean().default(true),
  weeks: z.number().int().min(1).max(52).nullable().default(null),
});
export type KeepInTouch = z.infer<typeof KeepInTouch>;

/** A leader the user works with: their profile, as the user sees them. */
export const Leader = z.object({
  id: Id,
  name: ShortText.min(1, 'A leader needs a name'),
  role: ShortText.default(''),
  relationship: Relationship.default('manager'),
  since: IsoDate.nullable().default(null),
  archived: z.boolean().default(false),
  micromanagement: Micromanagement.default('none'),
  communication: CommunicationPrefs.default({ channel: '', cadence: '', detail: '', bestTime: '' }),
  lists: LeaderLists.default(
    Object.fromEntries(LEADER_LISTS.map((l) => [l.key, []])) as unknown as LeaderLists,
  ),
  notes: RichDoc.default(null),
  keepInTouch: KeepInTouch.default({ on: true, weeks: null }),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
});
export type Leader = z.infer<typeof Leader>;

/** A leader as lists and pickers show them. */
export const LeaderSummary = Leader.pick({
  id: true,
  name: true,
  role: true,
  relationship: true,
  since: true,
  archived: true,
  updatedAt: true,
});
export type LeaderSummary = z.infer<typeof LeaderSummary>;

/** The fields of a profile the user edits; lists are replaced whole, which is how items get reordered. */
export const LeaderPatch = z
  .object({
    name: ShortText.min(1, 'A leader needs a name'),
    role: ShortText,
    relationship: Relationship,
    since: IsoDate.nullable(),
    micromanagement: Micromanagement,
    communication: patchOf(CommunicationPrefs),
    /** Only the lists named here are replaced; the others are left as they are. */
    lists: z
      .object(
        Object.fromEntries(LEADER_LISTS.map((l) => [l.key, z.array(ListItem).max(200)])) as Record<
          LeaderListKey,
          z.ZodArray<typeof ListItem>
        >,
      )
      .partial(),
    notes: RichDoc,
    keepInTouch: KeepInTouch,
  })
  .partial();
export type LeaderPatch = z.infer<typeof LeaderPatch>;

/** Labels for the micromanagement reading, in the product's words. */
export const MICROMANAGEMENT_LABELS: Record<Micromanagement, string> = {
  none: 'Gives room to work',
  passion: 'Close in, out of passion for the work',
  control: 'Close in, out of a need for control',
};
