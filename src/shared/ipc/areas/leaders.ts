import { z } from 'zod';
import { SectionChoice } from '../../domain/exportSections';
import { channel } from '../channel';
import { ById, IsoDate, ShortText } from '../../domain/common';
import {
  Leader,
  LeaderPatch,
  LeaderSummary,
  Micromanagement,
  Relationship,
} from '../../domain/leader';

/** What creating a leader needs: a name; everything else can be filled in later. */
export const NewLeader = z.object({
  name: ShortText.min(1, 'A leader needs a name'),
  role: ShortText.optional(),
  relationship: Relationship.optional(),
  since: IsoDate.nullable().optional(),
  micromanagement: Micromanagement.optional(),
});
export type NewLeader = z.infer<typeof NewLeader>;

/** Where an export was saved; null when the user cancelled the dialog. */
export const SavedFile = z.object({ path: z.string().nullable() });
export type SavedFile = z.infer<typeof SavedFile>;

/** Channels of the leaders area: profiles, their lists, archive, and the one-page export. */
export const leadersContract = {
  /** Leaders by name; archived ones only when asked. */
  list: channel(
    z.object({ includeArchived: z.boolean().default(false) }).default({ includeArchived: false }),
    z.array(LeaderSummary),
  ),
  get: channel(ById, Leader),
  create: channel(NewLeader, Leader),
  /** Changes some fields; a list given here replaces that list (this is how items are edited and reordered). */
  update: channel(ById.extend({ patch: LeaderPatch }), Leader),
  archive: channel(ById, Leader),
  unarchive: channel(ById, Leader),
  /** Saves the one-page profile as .docx with the parts ticked (keys of PROFILE_SECTIONS); the shareable ones when left out. */
  exportProfile: channel(ById.extend({ sections: SectionChoice }), SavedFile),
};
