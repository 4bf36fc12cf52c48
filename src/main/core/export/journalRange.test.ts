import { describe, it, expect } from 'vitest';
import { JournalEntry } from '../../../shared/domain/journal';
import { buildJournalRangeDocx } from './journalRange';
import { docxText, docxXml } from './testing/docxXml';

const entry = (over: Partial<JournalEntry>): JournalEntry =>
  JournalEntry.parse({
    id: over.id ?? over.date,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...over,
  });

const entries = [
  entry({
    date: '2026-02-27',
    title: 'Before the review',
    tags: ['ask'],
    leaderId: 'l1',
    mood: 2,
    body: {
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: 'What I want' }] },
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'A clear ', marks: [] },
            { type: 'text', text: 'promotion path', marks: [{ type: 'bold' }] },
          ],
        },
        {
          type: 'taskList',
          content: [
            {
              type: 'taskItem',
              attrs: { checked: true },
              content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Draft the ask' }] }],
            },
          ],
        },
      ],
    },
  }),
  entry({ date: '2026-03-03', title: '', body: null }),
];

describe('journal range export', () => {
  it('groups entries by month, oldest first, with each entry dated and titled', async () => {
    const bytes = await buildJournalRangeDocx(entries, {
      filter: { from: '2026-02-01', to: '2026-03-31' },
      leaderNames: new Map([['l1', 'Dana Reyes']]),
    });
    const text = await docxText(bytes);
    expect(text).toContain('1 February 2026 – 31 March 2026 · 2 entries');
    expect(text.indexOf('February 2026\n')).toBeLessThan(text.indexOf('March 2026\n'));
    expect(text).toContain('Friday, 27 February — Before the review');
    expect(text).toContain('About Dana Reyes · Mood 2/5 (Low) · #ask');
    expect(text).toContain('☑');
    expect(text).toContain('(No text.)');
    const xml = await docxXml(bytes);
    expect(xml).toContain('<w:pStyle w:val="Heading1"/>');
    // The entry's own heading sits below the entry heading.
    expect(xml).toMatch(/<w:pStyle w:val="Heading3"\/>[\s\S]*?What I want/);
    expect(xml).toMatch(/<w:b\/>[\s\S]*?promotion path/);
  });

  it('names the tag it was narrowed to', async () => {
    const text = await docxText(
      await buildJournalRangeDocx(entries.slice(0, 1), {
        filter: { tag: 'ask' },
        leaderNames: new Map(),
      }),
    );
    expect(text).toContain('tagged #ask · 1 entry');
    expect(text).toContain('About a former leader');
  });
});
