import { describe, it, expect } from 'vitest';
import { normaliseAgendaText, sourceActionId } from './repeats';

describe('what counts as the same agenda item', () => {
  it('ignores case, accents, punctuation, spacing and a rule’s leading words', () => {
    expect(normaliseAgendaText('Progress on: Send the Risk-Register!')).toBe(
      'send the risk register',
    );
    expect(normaliseAgendaText('  Café   budget ')).toBe('cafe budget');
    expect(normaliseAgendaText('Done: x')).toBe('x');
    // Only a leading rule phrase is dropped, not one inside the text.
    expect(normaliseAgendaText('Check the done: list')).toBe('check the done list');
  });

  it('reads the action item behind an agenda item from the suggestion it came from', () => {
    expect(sourceActionId({ suggestionId: 'overdue-action:a1' })).toBe('a1');
    expect(sourceActionId({ suggestionId: 'done-action:b' })).toBe('b');
    expect(sourceActionId({ suggestionId: 'goal:g1' })).toBeNull();
    expect(sourceActionId({ suggestionId: null })).toBeNull();
  });
});
