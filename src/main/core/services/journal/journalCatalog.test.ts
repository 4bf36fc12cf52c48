import { describe, expect, it } from 'vitest';
import { catalogEntry } from './journalCatalog';

describe('the journal catalog', () => {
  const entry = {
    id: 'e1',
    date: '2026-03-10',
    title: '',
    tags: [],
    leaderId: null,
    mood: null,
    createdAt: '2026-03-10T09:00:00.000Z',
    updatedAt: '2026-03-10T09:00:00.000Z',
    body: {
      type: 'doc',
      content: [
        {
          type: 'heading',
          attrs: { level: 2 },
          content: [{ type: 'text', text: 'What happened' }],
        },
        { type: 'paragraph', content: [{ type: 'text', text: 'Dana was decisive.' }] },
        { type: 'paragraph', content: [{ type: 'text', text: 'Next: the budget.' }] },
      ],
    },
  };

  it('keeps an entry’s blocks apart in its excerpt: a heading never runs into the text after it', () => {
    const { excerpt } = catalogEntry('2026', entry).summary;
    expect(excerpt).toBe('What happened · Dana was decisive. · Next: the budget.');
  });
});
