import type { AgendaItem, Meeting } from '../../../../../shared/domain/meeting';
import type { ActionView } from '../../../../../shared/ipc/areas/actions';
import { makeItem } from '../agenda';
import { DEFAULT_TEMPLATE } from '../defaultTemplate';
import type { PrepInput } from './types';

/** A meeting of Dana's series for rule tests. */
export function fixtureMeeting(id: string, start: string, fields: Partial<Meeting> = {}): Meeting {
  return {
    id,
    seriesId: 's1',
    leaderId: 'dana',
    occurrenceKey: start,
    start,
    durationMinutes: 30,
    status: 'scheduled',
    moved: false,
    sections: DEFAULT_TEMPLATE.sections,
    agenda: [],
    prepNotes: null,
    notes: null,
    dismissedSuggestions: [],
    closedAt: null,
    createdAt: start,
    updatedAt: start,
    ...fields,
  };
}

/** An agenda item for rule tests. */
export function fixtureItem(
  id: string,
  sectionId: string,
  fields: Partial<AgendaItem> = {},
): AgendaItem {
  return makeItem({ id, sectionId, text: `Item ${id}`, ...fields });
}

/** An action item of Dana's for rule tests. */
export function fixtureAction(id: string, fields: Partial<ActionView> = {}): ActionView {
  return {
    id,
    text: `Action ${id}`,
    owner: { kind: 'me' },
    due: null,
    status: 'open',
    leaderId: 'dana',
    meetingId: 'old',
    createdAt: '2026-02-01T09:00:00.000Z',
    updatedAt: '2026-02-01T09:00:00.000Z',
    completedAt: null,
    overdue: false,
    ...fields,
  };
}

/** The input of the prep rules for Dana's meeting of 16 March 2026, today being 12 March. */
export function fixtureInput(fields: Partial<PrepInput> = {}): PrepInput {
  return {
    today: '2026-03-12',
    now: '2026-03-12T09:00:00.000Z',
    meeting: fixtureMeeting('m3', '2026-03-16T09:00:00.000Z'),
    meetingDate: '2026-03-16',
    leader: { id: 'dana', name: 'Dana', goals: [] },
    actions: [],
    followUps: [],
    previous: [],
    wins: [],
    feedbackNudgeMeetings: 3,
    goodwill: null,
    formatDate: (d) => d,
    ...fields,
  };
}
