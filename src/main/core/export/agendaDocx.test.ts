import { describe, it, expect } from 'vitest';
import { execFile } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { plainToRichText } from '../../../shared/domain/richtext';
import type { ActionView } from '../../../shared/ipc/areas/actions';
import type { MeetingView } from '../../../shared/ipc/areas/meetings';
import { makeItem } from '../services/meetings/agenda';
import { DEFAULT_TEMPLATE } from '../services/meetings/defaultTemplate';
import { buildFollowUp } from '../services/meetings/followUp';
import { buildAgendaDocx, PREP_NOTES_HEADING } from './agendaDocx';
import { buildFollowUpDocx } from './followUpDocx';
import { convertWithLibreOffice, findLibreOffice } from './testing/libreOffice';
import { docxText, docxXml } from './testing/docxXml';

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

describe('agenda and follow-up documents', () => {
  it('lay out the agenda with a heading per section, ticked boxes, decisions, and tables of follow-ups and actions', async () => {
    const bytes = await buildAgendaDocx(view, { ...opts, includePrivate: false });
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
    expect(text).toContain('Private prep notes are left out.');
  });

  it('adds the private prep notes only when asked', async () => {
    const text = await docxText(await buildAgendaDocx(view, { ...opts, includePrivate: true }));
    expect(text).toContain(PREP_NOTES_HEADING);
    expect(text).toContain('SECRET-PREP She is under pressure from the board');
  });

  it.skipIf(!hasLibreOffice)(
    'open cleanly in LibreOffice, tables and all',
    async () => {
      const dir = await mkdtemp(join(tmpdir(), 'upward-agenda-'));
      const agendaPdf = await convertWithLibreOffice(
        await buildAgendaDocx(view, { ...opts, includePrivate: false }),
        dir,
        'agenda',
      );
      const followUpPdf = await convertWithLibreOffice(
        await buildFollowUpDocx(buildFollowUp(view, opts), { author: opts.author }),
        dir,
        'follow-up',
      );
      const lines = async (pdf: string | null): Promise<string[]> =>
        (await promisify(execFile)('pdftotext', ['-layout', pdf ?? '', '-'])).stdout
          .split('\n')
          .map((l) => l.trim().replace(/\s+/g, ' '));
      const agenda = await lines(agendaPdf);
      expect(agenda).toContain('Asks & decisions');
      expect(
        agenda.some((l) => l.startsWith('Send the hiring plan Alex Kim 10 March 2026 Overdue')),
      ).toBe(true);
      expect(
        agenda.some((l) => l.startsWith('Sign the contract Alex Kim 20 March 2026 Open')),
      ).toBe(true);
      const followUp = await lines(followUpPdf);
      expect(followUp).toContain('Hi Dana,');
      expect(followUp).toContain('• Vendor choice: Go with vendor B');
      expect(followUp.some((l) => l.startsWith('Tell finance Dana Reyes No date set'))).toBe(true);
    },
    120_000,
  );
});
