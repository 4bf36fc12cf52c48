import { describe, expect, it } from 'vitest';
import { rowText } from './journalText';

describe('a journal row', () => {
  it('keeps the body’s heading apart from the text after it', () => {
    const excerpt = 'What happened · Dana was decisive. · Next: the budget.';
    expect(rowText({ title: '', excerpt })).toEqual({
      heading: 'What happened',
      preview: 'Dana was decisive. · Next: the budget.',
      untitled: true,
    });
  });

  it('puts the title over the text, and names an empty entry', () => {
    expect(rowText({ title: 'Planning', excerpt: 'Some text' })).toEqual({
      heading: 'Planning',
      preview: 'Some text',
      untitled: false,
    });
    expect(rowText({ title: '', excerpt: '' }).heading).toBe('Untitled entry');
  });
});
