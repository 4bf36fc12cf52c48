import { describe, it, expect } from 'vitest';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { plainToRichText } from '../../../shared/domain/richtext';
import type { ActionView } from '../../../shared/ipc/areas/actions';
import type { MeetingView } from '../../../shared/ipc/areas/meetings';
import { makeItem } from '../services/meetings/agenda';
import { DEFAULT_TEMPLATE } from '../services/meetings/defaultTemplate';
import { buildFollowUp } from '../services/meetings/followUp';
import { AGENDA_SECTIONS, chosenSections } from '../../../shared/domain/exportSections';
import { buildAgendaDocx, PREP_NOTES_HEADING } from './agendaDocx';
import { buildFollowUpDocx } from './followUpDocx';
import { convertWithLibreOffice, findLibreOffice } from './testing/libreOffice';
import { docxTableRows, docxText, docxXml, pdfPageCount } from './testing/docxXml';

const hasLibreOffice = (await findLibreOffice()) !== null;

const action = (id: string, text: string, fields: Partial<ActionView> = {}): ActionView => ({
  id,
  text,
  owner: { kind: 'me' },
  due: null,
  status: 'open',
  leaderId: 'dana',
  meetingId: 'm1',
  createdAt: '2026-03-02T09:00:00.000Z',
  updatedAt: '2026-03-02T09:00:00.000Z',
  completedAt: null,
  overdue: false,
  ...fields,
});

const view: MeetingView = {
  meeting: {
    id: 'm1',
    seriesId: 's1',
    leaderId: 'dana',
    occurrenceKey: '2026-03-16T09:00:00.000Z',
    start: '2026-03-16T09:00:00.000Z',
    durationMinutes: 30,
    status: 'held',
    moved: false,
    sections: DEFAULT_TEMPLATE.sections,
    agenda: [
      makeItem({ id: 'a', sectionId: 'updates', text: 'Churn numbers', status: 'discussed' }),
      makeItem({
        id: 'b',
        sectionId: 'updates',
        text: 'Team offsite',
        status: 'deferred',
        origin: 'carried',
        carryCount: 1,
      }),
      makeItem({
        id: 'c',
        sectionId: 'asks',
        text: 'Vendor choice',
        status: 'discussed',
        decision: 'Go with vendor B',
      }),
    ],
    prepNotes: plainToRichText('SECRET-PREP She is under pressure from the board'),
    notes: plainToRichText('Agreed quickly on the vendor.'),
    dismissedSuggestions: [],
    closedAt: '2026-03-16T09:30:00.000Z',
    createdAt: '2026-03-02T09:30:00.000Z',
    updatedAt: '2026-03-16T09:30:00.000Z',
  },
  title: '1:1 with Dana Reyes',
  leaderName: 'Dana Reyes',
  timeZone: 'Europe/Berlin',
  followUps: [
    action('f1', 'Send the hiring plan', { due: '2026-03-10', overdue: true, meetingId: 'm0' }),
  ],
  actions: [
    action('x1', 'Sign the contract', { due: '2026-03-20' }),
    action('x2', 'Tell finance', { owner: { kind: 'leader' } }),
  ],
  previousMeetingId: 'm0',
  next: null,
};

const opts = { author: 'Alex Kim', dateFormat: 'long' as const, today: '2026-03-16' };
const shareable = chosenSections(AGENDA_SECTIONS, undefined);
const followUpOpts = {
  me: { name: 'Alex Kim', role: '' },
  dateFormat: 'long' as const,
  sections: new Set(['discussed', 'actions']),
  today: '2026-03-16',
};

describe('agenda and follow-up documents', () => {
  it('lay out the agenda with a heading per section, ticked boxes, decisions, and tables of follow-ups and actions', async () => {
    const bytes = await buildAgendaDocx(view, { ...opts, sections: shareable });
    const xml = await docxXml(bytes);
    expect(xml.match(/w:val="Heading1"/g)?.length).toBeGreaterThanOrEqual(4);
    expect(xml.match(/<w:tbl>/g)?.length).toBe(3);
    const text = await docxText(bytes);
    expect(text).toContain('Monday, 16 March 2026, 10:00 (Europe/Berlin)');
    expect(text).toContain('☑\tChurn numbers');
    expect(text).toContain('☐\tTeam offsite  (carried over, deferred)');
    expect(text).toContain('Decision: Go with vendor B');
    expect(text).toContain('Overdue');
    expect(text).not.toContain('SECRET-PREP');
    expect(text).not.toMatch(/private|left out|prep/i);
  });

  it('adds the private prep notes only when asked', async () => {
    const text = await docxText(
      await buildAgendaDocx(view, { ...opts, sections: new Set([...shareable, 'prepNotes']) }),
    );
    expect(text).toContain(PREP_NOTES_HEADING);
    expect(text).toContain('SECRET-PREP She is under pressure from the board');
  });

  it.skipIf(!hasLibreOffice)(
    'open cleanly in LibreOffice, tables and all',
    async () => {
      const dir = await mkdtemp(join(tmpdir(), 'upward-agenda-'));
      const agendaBytes = await buildAgendaDocx(view, { ...opts, sections: shareable });
      const followUpBytes = await buildFollowUpDocx(buildFollowUp(view, followUpOpts), {
        author: opts.author,
      });
      // The render proves each document opens; the text is read from the document itself,
      // so the assertions do not depend on the fonts a machine has or on how lines wrap.
      const agendaPdf = await convertWithLibreOffice(agendaBytes, dir, 'agenda');
      const followUpPdf = await convertWithLibreOffice(followUpBytes, dir, 'follow-up');
      expect(await pdfPageCount(agendaPdf ?? '')).toBeGreaterThanOrEqual(1);
      expect(await pdfPageCount(followUpPdf ?? '')).toBeGreaterThanOrEqual(1);
      const agendaRows = await docxTableRows(agendaBytes);
      expect(await docxText(agendaBytes)).toContain('Asks & decisions');
      expect(agendaRows).toContainEqual(
        expect.arrayContaining(['Send the hiring plan', 'Alex Kim', '10 March 2026', 'Overdue']),
      );
      expect(agendaRows).toContainEqual(
        expect.arrayContaining(['Sign the contract', 'Alex Kim', '20 March 2026', 'Open']),
      );
      const followUpText = await docxText(followUpBytes);
      expect(followUpText).toContain('Hi Dana,');
      expect(followUpText).toContain('Vendor choice: Go with vendor B');
      expect(await docxTableRows(followUpBytes)).toContainEqual(
        expect.arrayContaining(['Tell finance', 'Dana Reyes', 'No date set']),
      );
    },
    120_000,
  );
});
