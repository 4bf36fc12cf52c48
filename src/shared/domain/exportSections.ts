import { z } from 'zod';
import { LEADER_LISTS } from './leader';

/**
 * The parts of a document the user may hand to someone, each ticked or not in the export
 * dialog. A part is in the document only when ticked; private parts (free-form notes and
 * what the user marked private) start unticked, and leaving one out leaves no trace of it.
 */
export interface ExportSection {
  key: string;
  label: string;
  /** Private: unticked until the user ticks it, and labelled so in the dialog. */
  private: boolean;
  /** What the part holds, in a few words. */
  hint?: string;
}

/** The ticked parts of an export, by key; left out, the shareable parts are ticked. */
export const SectionChoice = z.array(z.string().min(1).max(40)).max(40).optional();
export type SectionChoice = z.infer<typeof SectionChoice>;

/** The parts of a meeting's agenda. */
export const AGENDA_SECTIONS: readonly ExportSection[] = [
  { key: 'items', label: 'Agenda items and decisions', private: false },
  { key: 'followUps', label: 'Follow-ups from earlier 1:1s', private: false },
  { key: 'actions', label: 'Action items agreed', private: false },
  { key: 'itemNotes', label: 'Notes on agenda items', private: true },
  { key: 'meetingNotes', label: 'Meeting notes', private: true },
  { key: 'prepNotes', label: 'Prep notes', private: true },
];

/** The parts of a leader's one-page profile: the facts, each list, the notes on list items and the free-form notes. */
export const PROFILE_SECTIONS: readonly ExportSection[] = [
  { key: 'facts', label: 'Facts and communication', private: false },
  ...LEADER_LISTS.map((l) => ({ key: l.key, label: l.label, private: l.private })),
  { key: 'itemNotes', label: 'Notes on list items', private: true },
  { key: 'notes', label: 'Notes', private: true },
];

/** The parts of a meeting's follow-up message. */
export const FOLLOW_UP_SECTIONS: readonly ExportSection[] = [
  { key: 'discussed', label: 'What we discussed, with decisions', private: false },
  { key: 'actions', label: 'Action items', private: false },
  { key: 'meetingNotes', label: 'Meeting notes', private: true },
];

/** The keys of the parts to put in: the ticked ones, or the shareable ones when nothing was chosen. */
export function chosenSections(
  sections: readonly ExportSection[],
  chosen: SectionChoice,
): Set<string> {
  const known = new Set(sections.map((s) => s.key));
  if (chosen === undefined) return new Set(sections.filter((s) => !s.private).map((s) => s.key));
  return new Set(chosen.filter((k) => known.has(k)));
}

/** Whether a choice includes any private part, so the dialog can warn to keep the file close. */
export function includesPrivate(sections: readonly ExportSection[], chosen: Set<string>): boolean {
  return sections.some((s) => s.private && chosen.has(s.key));
}
