import type {
  AgendaItem,
  AgendaItemStatus,
  Meeting,
  SectionKind,
  TemplateSection,
} from '../../../../shared/domain/meeting';
import { AppError } from '../../errors';

/** Pure changes to a meeting's agenda; each returns a new meeting and never mutates its input. */

const NO_ITEM = 'This agenda item no longer exists. It may have been removed in another window.';
const NO_SECTION = 'This section is not part of the meeting’s agenda.';

/** Fields of a new item; everything else gets its default. */
export type NewItem = Pick<AgendaItem, 'id' | 'sectionId' | 'text'> & Partial<AgendaItem>;

/** Makes a complete agenda item from the fields that matter. */
export function makeItem(fields: NewItem): AgendaItem {
  return {
    note: null,
    status: 'open',
    origin: 'user',
    carriedFromId: null,
    carryCount: 0,
    carriedFromMeetingId: null,
    touchedAt: null,
    suggestionId: null,
    decision: '',
    ...fields,
  };
}

/** The section of a meeting where items of a kind go: the first of that kind, else the first section. */
export function sectionFor(meeting: Pick<Meeting, 'sections'>, kind: SectionKind): TemplateSection {
  return meeting.sections.find((s) => s.kind === kind) ?? meeting.sections[0];
}

/** Items of one section, in agenda order. */
export function itemsOf(meeting: Pick<Meeting, 'agenda'>, sectionId: string): AgendaItem[] {
  return meeting.agenda.filter((i) => i.sectionId === sectionId);
}

function requireItem(meeting: Meeting, itemId: string): AgendaItem {
  const item = meeting.agenda.find((i) => i.id === itemId);
  if (!item) throw new AppError('not-found', NO_ITEM);
  return item;
}

function requireSection(meeting: Meeting, sectionId: string): void {
  if (!meeting.sections.some((s) => s.id === sectionId))
    throw new AppError('invalid-input', NO_SECTION);
}

/** Appends an item at the end of its section. */
export function addItem(meeting: Meeting, item: AgendaItem): Meeting {
  requireSection(meeting, item.sectionId);
  return { ...meeting, agenda: [...meeting.agenda, item] };
}

/** Changes the editable fields of one item. */
export function updateItem(
  meeting: Meeting,
  itemId: string,
  patch: Partial<Pick<AgendaItem, 'text' | 'decision' | 'note' | 'status'>>,
): Meeting {
  requireItem(meeting, itemId);
  const defined = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
  return {
    ...meeting,
    agenda: meeting.agenda.map((i) => (i.id === itemId ? { ...i, ...defined } : i)),
  };
}

/** Marks an item discussed, deferred, or open again. */
export function setItemStatus(meeting: Meeting, itemId: string, status: AgendaItemStatus): Meeting {
  return updateItem(meeting, itemId, { status });
}

/** Removes one item. */
export function deleteItem(meeting: Meeting, itemId: string): Meeting {
  requireItem(meeting, itemId);
  return { ...meeting, agenda: meeting.agenda.filter((i) => i.id !== itemId) };
}

/**
 * Moves an item to position `index` among the items of `sectionId` (clamped), keeping
 * every other item's relative order. The agenda stays grouped by section order.
 */
export function moveItem(
  meeting: Meeting,
  itemId: string,
  sectionId: string,
  index: number,
): Meeting {
  const item = requireItem(meeting, itemId);
  requireSection(meeting, sectionId);
  const rest = meeting.agenda.filter((i) => i.id !== itemId);
  const moved = { ...item, sectionId };
  const agenda: AgendaItem[] = [];
  for (const section of meeting.sections) {
    const items = rest.filter((i) => i.sectionId === section.id);
    if (section.id === sectionId)
      items.splice(Math.max(0, Math.min(index, items.length)), 0, moved);
    agenda.push(...items);
  }
  // Items whose section is gone (never expected) keep their place at the end rather than vanish.
  agenda.push(...rest.filter((i) => !meeting.sections.some((s) => s.id === i.sectionId)));
  return { ...meeting, agenda };
}

/** Marks an item as changed by the user at `at`: a carried copy so marked stays when its carry-over is undone. */
export function touchItem(meeting: Meeting, itemId: string, at: string): Meeting {
  return {
    ...meeting,
    agenda: meeting.agenda.map((i) => (i.id === itemId ? { ...i, touchedAt: at } : i)),
  };
}

/** Items not discussed: the ones carry-over takes to the next meeting. */
export function undiscussed(meeting: Pick<Meeting, 'agenda'>): AgendaItem[] {
  return meeting.agenda.filter((i) => i.status !== 'discussed');
}
