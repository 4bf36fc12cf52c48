import { describe, it, expect } from 'vitest';
import { Leader } from '../../../shared/domain/leader';
import { plainToRichText } from '../../../shared/domain/richtext';
import { chosenSections, PROFILE_SECTIONS } from '../../../shared/domain/exportSections';
import { buildLeaderProfileDocx, PRIVATE_MARK } from './leaderProfile';
import { docxText, docxXml } from './testing/docxXml';

const SECRET = 'SECRET-WEAKNESS-MARKER';
const shareable = chosenSections(PROFILE_SECTIONS, undefined);
const everything = new Set(PROFILE_SECTIONS.map((s) => s.key));

const dana = Leader.parse({
  id: 'l1',
  name: 'Dana Reyes',
  role: 'VP Engineering',
  relationship: 'manager',
  since: '2024-02-01',
  micromanagement: 'passion',
  communication: {
    channel: 'Slack',
    cadence: 'Weekly',
    detail: 'Headlines first',
    bestTime: 'Mornings',
  },
  lists: {
    vision: [
      {
        id: 'v1',
        text: 'Ship the platform by Q3',
        note: plainToRichText('She repeats this every week.'),
      },
    ],
    strengths: [{ id: 's1', text: 'Clear decisions' }],
    weaknesses: [{ id: 'w1', text: SECRET }],
    peeves: [{ id: 'p1', text: 'Surprises in front of her boss' }],
  },
  notes: {
    type: 'doc',
    content: [
      { type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: 'Background' }] },
      {
        type: 'paragraph',
        content: [
          { type: 'text', text: 'Reports to ' },
          { type: 'mention', attrs: { id: 'l2', label: 'Old name', kind: 'leader' } },
        ],
      },
    ],
  },
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
});

describe('leader profile export', () => {
  it('has the name as title, the facts, and a heading per filled list', async () => {
    const bytes = await buildLeaderProfileDocx(dana, {
      sections: new Set([...shareable, 'notes', 'itemNotes']),
      today: '2026-03-10',
    });
    const text = await docxText(bytes);
    expect(text).toContain('Dana Reyes');
    expect(text).toContain('VP Engineering · Manager');
    expect(text).toContain('Since');
    expect(text).toContain('1 February 2024');
    expect(text).toContain('Slack');
    expect(text).toContain('Close in, out of passion for the work');
    const xml = await docxXml(bytes);
    const headings = [
      ...xml.matchAll(/<w:pStyle w:val="Heading2"\/>[\s\S]*?<w:t[^>]*>([^<]*)<\/w:t>/g),
    ].map((m) => m[1]);
    expect(headings).toEqual(['Vision &amp; goals', 'Strengths', 'Pet peeves', 'Notes']);
    expect(text).toContain('She repeats this every week.');
  });

  it('leaves private fields and free-form notes out unless ticked, without a trace of them', async () => {
    const without = await docxText(
      await buildLeaderProfileDocx(dana, { sections: shareable, today: '2026-03-10' }),
    );
    expect(without).not.toContain(SECRET);
    expect(without).not.toContain('Weaknesses');
    expect(without).not.toContain('She repeats this every week.');
    expect(without).not.toContain('Background');
    expect(without).not.toMatch(/private|left out/i);
    const withPrivate = await docxText(
      await buildLeaderProfileDocx(dana, { sections: everything, today: '2026-03-10' }),
    );
    expect(withPrivate).toContain(SECRET);
    expect(withPrivate).toContain(`Weaknesses and how I support them${PRIVATE_MARK}`);
  });

  it('names mentioned leaders by their current name', async () => {
    const text = await docxText(
      await buildLeaderProfileDocx(dana, {
        sections: everything,
        today: '2026-03-10',
        leaderNames: new Map([['l2', 'Sam Ortiz']]),
      }),
    );
    expect(text).toContain('Reports to @Sam Ortiz');
  });
});
