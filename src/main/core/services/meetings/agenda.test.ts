import { describe, it, expect } from 'vitest';
import type { Meeting } from '../../../../shared/domain/meeting';
import {
  addItem,
  deleteItem,
  makeItem,
  moveItem,
  sectionFor,
  setItemStatus,
  undiscussed,
  updateItem,
} from './agenda';
import { DEFAULT_TEMPLATE } from './defaultTemplate';

function meeting(items: [string, string][] = []): Meeting {
  return {
    id: 'm1',
    seriesId: 's1',
    leaderId: 'dana',
    occurrenceKey: '2026-03-02T09:00:00.000Z',
    start: '2026-03-02T09:00:00.000Z',
    durationMinutes: 30,
    status: 'scheduled',
    moved: false,
    sections: DEFAULT_TEMPLATE.sections,
    agenda: items.map(([id, sectionId]) => makeItem({ id, sectionId, text: `Item ${id}` })),
    prepNotes: null,
    notes: null,
    dismissedSuggestions: [],
    closedAt: null,
    createdAt: '2026-03-01T09:00:00.000Z',
    updatedAt: '2026-03-01T09:00:00.000Z',
  };
}

const order = (m: Meeting): string[] => m.agenda.map((i) => `${i.sectionId}:${i.id}`);

describe('agenda editing', () => {
  it('adds a new item at the end of its section, open and written by the user', () => {
    const m = addItem(
      meeting([['a', 'updates']]),
      makeItem({ id: 'b', sectionId: 'updates', text: 'Budget' }),
    );
    expect(m.agenda.map((i) => i.id)).toEqual(['a', 'b']);
    expect(m.agenda[1]).toMatchObject({ status: 'open', origin: 'user', decision: '' });
  });

  it('refuses an item for a section the meeting does not have', () => {
    expect(() =>
      addItem(meeting(), makeItem({ id: 'x', sectionId: 'nope', text: 'Lost' })),
    ).toThrow(/section/);
  });

  it('moves an item up within its section (keyboard reorder) and keeps the others in order', () => {
    const m = meeting([
      ['a', 'updates'],
      ['b', 'updates'],
      ['c', 'updates'],
      ['w', 'wins'],
    ]);
    expect(order(moveItem(m, 'c', 'updates', 0))).toEqual([
      'updates:c',
      'updates:a',
      'updates:b',
      'wins:w',
    ]);
  });

  it('moves an item into another section at the given position (drag and drop)', () => {
    const m = meeting([
      ['a', 'updates'],
      ['b', 'updates'],
      ['w', 'wins'],
      ['x', 'wins'],
    ]);
    expect(order(moveItem(m, 'a', 'wins', 1))).toEqual(['updates:b', 'wins:w', 'wins:a', 'wins:x']);
  });

  it('keeps the agenda grouped in section order whatever the move', () => {
    const m = meeting([
      ['w', 'wins'],
      ['a', 'updates'],
    ]);
    expect(order(moveItem(m, 'w', 'wins', 99))).toEqual(['updates:a', 'wins:w']);
  });

  it('marks discussed, defers, edits the decision and deletes without touching other items', () => {
    let m = meeting([
      ['a', 'updates'],
      ['b', 'asks'],
    ]);
    m = setItemStatus(m, 'a', 'discussed');
    m = setItemStatus(m, 'b', 'deferred');
    m = updateItem(m, 'b', { decision: 'Hire in Q3' });
    expect(m.agenda.map((i) => [i.id, i.status, i.decision])).toEqual([
      ['a', 'discussed', ''],
      ['b', 'deferred', 'Hire in Q3'],
    ]);
    expect(undiscussed(m).map((i) => i.id)).toEqual(['b']);
    expect(deleteItem(m, 'a').agenda.map((i) => i.id)).toEqual(['b']);
  });

  it('says clearly when an item is gone', () => {
    expect(() => setItemStatus(meeting(), 'ghost', 'discussed')).toThrow(/no longer exists/);
  });

  it('finds the section for a kind of item, falling back to the first section', () => {
    const m = meeting();
    expect(sectionFor(m, 'feedback').title).toBe('Feedback for me');
    expect(
      sectionFor({ sections: [{ id: 'x', title: 'Anything', prompt: '', kind: 'other' }] }, 'wins')
        .id,
    ).toBe('x');
  });
});
