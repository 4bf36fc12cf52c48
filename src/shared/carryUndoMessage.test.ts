import { describe, it, expect } from 'vitest';
import { carryUndoMessage } from './carryUndoMessage';

describe('the words for an undone carry-over', () => {
  it('says what left the next 1:1 and what stays because the user changed it there', () => {
    expect(carryUndoMessage({ removed: 1, kept: 2 })).toBe(
      '1 item taken back from the next 1:1. 2 items stay in the next 1:1 because you changed them there.',
    );
    expect(carryUndoMessage({ removed: 0, kept: 1 })).toBe(
      '1 item stays in the next 1:1 because you changed it there.',
    );
    expect(carryUndoMessage({ removed: 0, kept: 0 })).toBe('');
  });
});
