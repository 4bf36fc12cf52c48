import type { AgendaItem, Meeting, TemplateSection } from '../../../../shared/domain/meeting';
import { makeItem, undiscussed } from './agenda';

/** Meetings whose undiscussed items move on: held ones, and skipped ones (their agenda would be stranded). */
export function isCarrySource(meeting: Pick<Meeting, 'status'>): boolean {
  return meeting.status === 'held' || meeting.status === 'skipped';
}

/** The ids of source items that already have a carried copy somewhere among `meetings`. */
export function carriedSourceIds(meetings: Pick<Meeting, 'agenda'>[]): Set<string> {
  const ids = new Set<string>();
  for (const m of meetings) for (const i of m.agenda) if (i.carriedFromId) ids.add(i.carriedFromId);
  return ids;
}

/** The target's section for a carried item: same id, else same kind, else same title; null when none fits. */
function matchSection(
  source: TemplateSection | undefined,
  target: TemplateSection[],
): TemplateSection | null {
  if (!source) return null;
  return (
    target.find((s) => s.id === source.id) ??
    (source.kind !== 'other' ? target.find((s) => s.kind === source.kind) : undefined) ??
    target.find((s) => s.title.toLowerCase() === source.title.toLowerCase()) ??
    null
  );
}

/**
 * Copies the source's undiscussed items to the top of their sections in the target, each
 * keyed by the source item's id: items in `alreadyCarried` are skipped, so running this
 * twice (a repeated close, or a retry after a crash) never makes a second copy.
 */
export function carryInto(
  source: Meeting,
  target: Meeting,
  alreadyCarried: Set<string>,
  newId: () => string,
): { target: Meeting; carried: number } {
  const pending = undiscussed(source).filter((i) => !alreadyCarried.has(i.id));
  if (pending.length === 0) return { target, carried: 0 };
  const sections = [...target.sections];
  const copies: AgendaItem[] = [];
  for (const item of pending) {
    const from = source.sections.find((s) => s.id === item.sectionId);
    let section = matchSection(from, sections);
    if (!section) {
      section = from ?? { id: item.sectionId, title: 'Carried over', prompt: '', kind: 'other' };
      sections.push(section);
    }
    copies.push(
      makeItem({
        id: newId(),
        sectionId: section.id,
        text: item.text,
        note: item.note,
        origin: 'carried',
        carriedFromId: item.id,
        carryCount: item.carryCount + 1,
        carriedFromMeetingId: source.id,
        suggestionId: item.suggestionId,
      }),
    );
  }
  const agenda: AgendaItem[] = [];
  for (const s of sections) {
    agenda.push(
      ...copies.filter((c) => c.sectionId === s.id),
      ...target.agenda.filter((i) => i.sectionId === s.id),
    );
  }
  agenda.push(...target.agenda.filter((i) => !sections.some((s) => s.id === i.sectionId)));
  return { target: { ...target, sections, agenda }, carried: copies.length };
}

/** What undoing a carry-over did to the next meeting(s): copies taken back, and copies kept because the user changed them there. */
export interface CarryUndo {
  removed: number;
  kept: number;
}

/**
 * The copies in `target` that `source`'s carry-over made: named by their source meeting, or
 * (copies from before that was recorded) by a source item id of `source`. Items the user
 * accepted from the prep assistant are their own choice, never a carry-over's copy.
 */
export function copiesFrom(source: Meeting, target: Pick<Meeting, 'agenda'>): AgendaItem[] {
  const sourceIds = new Set(source.agenda.map((i) => i.id));
  return target.agenda.filter(
    (i) =>
      i.origin === 'carried' &&
      (i.carriedFromMeetingId === source.id ||
        (i.carriedFromMeetingId === null &&
          i.carriedFromId !== null &&
          sourceIds.has(i.carriedFromId) &&
          !i.suggestionId?.startsWith('uncarried:'))),
  );
}

/**
 * True when the user changed a carried copy in its new meeting: marked as touched (edited,
 * ticked, deferred, moved, noted), or differing from the item it was copied from (for copies
 * made before edits were marked).
 */
export function isTouched(copy: AgendaItem, original: AgendaItem | undefined): boolean {
  if (copy.touchedAt !== null || copy.status !== 'open' || copy.decision !== '') return true;
  if (!original) return false;
  return copy.text !== original.text || JSON.stringify(copy.note) !== JSON.stringify(original.note);
}

/** Takes back from `target` the untouched copies `source` carried into it; touched ones stay. */
export function uncarryFrom(
  source: Meeting,
  target: Meeting,
): { target: Meeting; undo: CarryUndo } {
  const copies = copiesFrom(source, target);
  const drop = new Set(
    copies
      .filter(
        (c) =>
          !isTouched(
            c,
            source.agenda.find((i) => i.id === c.carriedFromId),
          ),
      )
      .map((c) => c.id),
  );
  const undo = { removed: drop.size, kept: copies.length - drop.size };
  if (drop.size === 0) return { target, undo };
  return { target: { ...target, agenda: target.agenda.filter((i) => !drop.has(i.id)) }, undo };
}
