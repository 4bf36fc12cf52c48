import { afterAll, describe, it, expect } from 'vitest';
import { mkdtemp as makeTemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LEADER_LISTS, Leader } from '../../../shared/domain/leader';
import { plainToRichText } from '../../../shared/domain/richtext';
import { JournalEntry } from '../../../shared/domain/journal';
import { buildLeaderProfileDocx } from './leaderProfile';
import { buildJournalRangeDocx } from './journalRange';
import { PROFILE_SECTIONS, chosenSections } from '../../../shared/domain/exportSections';
import { convertWithLibreOffice, findLibreOffice } from './testing/libreOffice';
import { pdfPageCount } from './testing/docxXml';

/** Temporary folders of this file, removed when it is done. */
const temps: string[] = [];
const mkdtemp = async (prefix: string): Promise<string> => {
  const dir = await makeTemp(prefix);
  temps.push(dir);
  return dir;
};
afterAll(async () => {
  await Promise.all(temps.map((d) => rm(d, { recursive: true, force: true })));
});

const hasLibreOffice = (await findLibreOffice()) !== null;

/** A profile as full as a careful user would keep it: every list with a few items, some with notes. */
const full = Leader.parse({
  id: 'l1',
  name: 'Dana Reyes',
  role: 'VP Engineering',
  relationship: 'manager',
  since: '2024-02-01',
  micromanagement: 'passion',
  communication: {
    channel: 'Slack, then a call',
    cadence: 'Weekly written update',
    detail: 'Headline first',
    bestTime: 'Mornings before 10',
  },
  lists: Object.fromEntries(
    LEADER_LISTS.map((l, i) => [
      l.key,
      [
        {
          id: `${l.key}1`,
          text: `First point about ${l.label.toLowerCase()}`,
          note: i % 3 === 0 ? plainToRichText('A short note with an example.') : null,
        },
        { id: `${l.key}2`, text: `Second point, a little longer, about ${l.label.toLowerCase()}` },
        { id: `${l.key}3`, text: 'A third one' },
      ],
    ]),
  ),
  notes: plainToRichText('Prefers data over opinions. Likes a written pre-read the day before.'),
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
});

describe.skipIf(!hasLibreOffice)('exports open cleanly in LibreOffice', () => {
  it('a full leader profile converts to PDF on one page without private fields, two with them at most', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'upward-profile-'));
    const shared = await convertWithLibreOffice(
      await buildLeaderProfileDocx(full, {
        sections: chosenSections(PROFILE_SECTIONS, undefined),
        today: '2026-03-10',
      }),
      dir,
      'profile',
    );
    const all = await convertWithLibreOffice(
      await buildLeaderProfileDocx(full, {
        sections: new Set(PROFILE_SECTIONS.map((s) => s.key)),
        today: '2026-03-10',
      }),
      dir,
      'profile-private',
    );
    expect(await pdfPageCount(shared ?? '')).toBe(1);
    expect(await pdfPageCount(all ?? '')).toBeLessThanOrEqual(2);
  });

  it('a month of journal entries converts to PDF', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'upward-journal-'));
    const entries = Array.from({ length: 12 }, (_, i) =>
      JournalEntry.parse({
        id: `e${i}`,
        date: `2026-03-${String(i * 2 + 1).padStart(2, '0')}`,
        title: i % 2 ? `Entry ${i}` : '',
        tags: ['win'],
        mood: (i % 5) + 1,
        body: {
          type: 'doc',
          content: [
            {
              type: 'heading',
              attrs: { level: 2 },
              content: [{ type: 'text', text: 'What happened' }],
            },
            {
              type: 'paragraph',
              content: [
                { type: 'text', text: 'Plain, ' },
                { type: 'text', text: 'bold', marks: [{ type: 'bold' }] },
                { type: 'text', text: ' and a ' },
                {
                  type: 'text',
                  text: 'link',
                  marks: [{ type: 'link', attrs: { href: 'https://example.com' } }],
                },
              ],
            },
            {
              type: 'taskList',
              content: [
                {
                  type: 'taskItem',
                  attrs: { checked: i % 2 === 0 },
                  content: [
                    { type: 'paragraph', content: [{ type: 'text', text: 'Send the recap' }] },
                  ],
                },
              ],
            },
            {
              type: 'blockquote',
              content: [
                { type: 'paragraph', content: [{ type: 'text', text: 'Words matched actions.' }] },
              ],
            },
          ],
        },
        createdAt: '2026-03-01T00:00:00.000Z',
        updatedAt: '2026-03-01T00:00:00.000Z',
      }),
    );
    const pdf = await convertWithLibreOffice(
      await buildJournalRangeDocx(entries, {
        filter: { from: '2026-03-01', to: '2026-03-31' },
        leaderNames: new Map(),
      }),
      dir,
      'journal',
    );
    expect(pdf).not.toBeNull();
    expect(await pdfPageCount(pdf ?? '')).toBeGreaterThanOrEqual(1);
  });
});
