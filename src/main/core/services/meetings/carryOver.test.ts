import { describe, it, expect } from 'vitest';
import type { Meeting } from '../../../../shared/domain/meeting';
import { makeItem } from './agenda';
import { carriedSourceIds, carryInto, uncarryFrom } from './carryOver';
import { DEFAULT_TEMPLATE } from './defaultTemplate';

function meeting(
  id: string,
  agenda: Meeting['agenda'] = [],
  sections = DEFAULT_TEMPLATE.sections,
): Meeting {
  return {
    id,
    seriesId: 's1',
    leaderId: 'dana',
    occurrenceKey: '2026-03-02T09:00:00.000Z',
    start: '2026-03-02T09:00:00.000Z',
    durationMinutes: 30,
    status: 'held',
    moved: false,
    sections,
    agenda,
    prepNotes: null,
    notes: null,
    dismissedSuggestions: [],
    closedAt: null,
    createdAt: '2026-03-01T09:00:00.000Z',
    updatedAt: '2026-03-01T09:00:00.000Z',
  };
}

let n = 0;
const newId = (): string => `new${++n}`;

describe('carrying items over', () => {
  const source = meeting('m1', [
    makeItem({ id: 'a', sectionId: 'updates', text: 'Roadmap', status: 'discussed' }),
    makeItem({ id: 'b', sectionId: 'asks', text: 'Conference budget', status: 'deferred' }),
    makeItem({ id: 'c', sectionId: 'feedback', text: 'How did the demo land?' }),
  ]);

  it('copies only undiscussed items, reopened, marked as carried and keyed by their source', () => {
    const target = meeting('m2', [makeItem({ id: 'x', sectionId: 'asks', text: 'Hiring' })]);
    const { target: next, carried } = carryInto(source, target, new Set(), newId);
    expect(carried).toBe(2);
    const asks = next.agenda.filter((i) => i.sectionId === 'asks');
    // Carried items come first in their section: they have waited longest.
    expect(asks.map((i) => i.text)).toEqual(['Conference budget', 'Hiring']);
    expect(asks[0]).toMatchObject({
      status: 'open',
      origin: 'carried',
      carriedFromId: 'b',
      carryCount: 1,
    });
    expect(next.agenda.find((i) => i.carriedFromId === 'c')?.sectionId).toBe('feedback');
  });

  it('never makes a second copy of an item already carried (a repeated close)', () => {
    const first = carryInto(source, meeting('m2'), new Set(), newId).target;
    const again = carryInto(source, first, carriedSourceIds([first]), newId);
    expect(again.carried).toBe(0);
    expect(again.target.agenda).toHaveLength(2);
  });

  it('finds the matching section by kind when the next meeting uses another template', () => {
    const renamed = [{ id: 'q', title: 'Questions for you', prompt: '', kind: 'asks' as const }];
    const { target } = carryInto(source, meeting('m2', [], renamed), new Set(), newId);
    expect(target.agenda.find((i) => i.carriedFromId === 'b')?.sectionId).toBe('q');
    // A section with no counterpart comes along, so nothing is lost.
    expect(target.sections.map((s) => s.title)).toEqual(['Questions for you', 'Feedback for me']);
  });

  it('counts how many meetings in a row an item has waited', () => {
    const once = carryInto(source, meeting('m2'), new Set(), newId).target;
    const twice = carryInto({ ...once, status: 'held' }, meeting('m3'), new Set(), newId).target;
    expect(twice.agenda.map((i) => i.carryCount)).toEqual([2, 2]);
  });

  it('takes back copies made before their source meeting was recorded, unless they differ from it', () => {
    const legacy = (id: string, from: string, fields: Partial<Meeting['agenda'][number]> = {}) =>
      makeItem({
        id,
        sectionId: 'asks',
        text: source.agenda.find((i) => i.id === from)?.text ?? '',
        origin: 'carried',
        carriedFromId: from,
        carryCount: 1,
        ...fields,
      });
    const target = meeting('m2', [
      legacy('p', 'b'),
      legacy('q', 'c', { text: 'How did the demo land with the board?' }),
      makeItem({
        id: 'r',
        sectionId: 'asks',
        text: 'Accepted from prep',
        origin: 'carried',
        carriedFromId: 'b',
        suggestionId: 'uncarried:b',
      }),
    ]);
    const { target: next, undo } = uncarryFrom(source, target);
    expect(undo).toEqual({ removed: 1, kept: 1 });
    expect(next.agenda.map((i) => i.id)).toEqual(['q', 'r']);
  });
});
