import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, it, expect } from 'vitest';
import { plainToRichText } from '../../../shared/domain/richtext';
import { SeriesDraft } from '../../../shared/ipc/areas/meetings';
import { createDashboardHarness } from '../services/dashboard/testing';
import { docxText } from './testing/docxXml';

const MARKER = 'PRIVATE-MARKER-7Q';

/** Every text part of a .docx (document, properties, footers…), joined. */
async function everyPart(bytes: Uint8Array): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const parts = await Promise.all(
    Object.values(zip.files)
      .filter((f) => !f.dir)
      .map((f) => f.async('string')),
  );
  return parts.join('\n');
}

/** A vault where every private field holds the marker, and the shareable fields hold known words. */
async function filledVault() {
  const h = createDashboardHarness('2026-03-10T09:00:00.000Z');
  const dir = await mkdtemp(join(tmpdir(), 'upward-dashboard-'));
  const dana = await h.leaders.create({ name: 'Dana Reyes', role: 'VP Engineering' });
  await h.leaders.update(dana.id, {
    lists: {
      weaknesses: [
        { id: 'w1', text: `${MARKER} weakness`, note: plainToRichText(`${MARKER} how I support`) },
      ],
    },
    notes: plainToRichText(`${MARKER} profile notes`),
  });
  // Wins: the title is shared, the body never.
  await h.journal.handlers.create({
    date: '2026-03-05',
    title: 'Shipped the billing beta',
    tags: ['win'],
    leaderId: dana.id,
    body: plainToRichText(`${MARKER} journal body`),
  });
  await h.journal.handlers.create({
    date: '2026-03-06',
    title: `${MARKER} not a win`,
    tags: ['reflection'],
    leaderId: dana.id,
    body: plainToRichText(MARKER),
  });
  // The goodwill ledger is private as a whole: notes, custom categories, deposits.
  const category = await h.goodwill.handlers.createCategory({
    name: `${MARKER} category`,
    kind: 'deposit',
  });
  await h.goodwill.handlers.add({
    leaderId: dana.id,
    date: '2026-03-09',
    kind: 'deposit',
    points: 3,
    categoryId: category.id,
    note: `${MARKER} ledger note`,
    meetingId: null,
    journalEntryId: null,
  });
  // A meeting with private prep notes and meeting notes.
  const series = await h.meetings.handlers.createSeries(
    SeriesDraft.parse({
      leaderId: dana.id,
      cadence: 'weekly',
      weekday: 3,
      startDate: '2026-01-01',
      time: '10:00',
      timeZone: 'UTC',
    }),
  );
  const next = await h.meetings.handlers.open({
    seriesId: series.series.id,
    key: '2026-03-12T10:00:00.000Z',
  });
  await h.meetings.handlers.saveNotes({
    meetingId: next.meeting.id,
    prepNotes: plainToRichText(`${MARKER} prep notes`),
    notes: plainToRichText(`${MARKER} meeting notes`),
  });
  // What a status update is for.
  await h.dashboard.handlers.createProject({
    name: 'Billing revamp',
    leaderId: dana.id,
    status: 'at-risk',
    update: 'Vendor contract slipped a week',
  });
  await h.dashboard.handlers.createMetric({
    name: 'Uptime',
    value: '99.95%',
    target: '99.9%',
    leaderId: null,
  });
  await h.actions.create({
    text: 'Send the Q2 budget',
    owner: { kind: 'me' },
    leaderId: dana.id,
    due: '2026-03-20',
  });
  await h.actions.create({
    text: 'Approve the new hire',
    owner: { kind: 'leader' },
    leaderId: dana.id,
  });
  return { ...h, dir, dana };
}

describe('dashboard export (status update)', () => {
  it('holds projects, metrics, win titles, commitments and the next 1:1 — and not one private field', async () => {
    const { ctx, dashboard, dir, dana } = await filledVault();
    ctx.savePath = join(dir, 'status.docx');
    const saved = await dashboard.handlers.export({ leaderId: dana.id, winsDays: 30 });
    expect(saved.path).toBe(join(dir, 'status.docx'));
    const bytes = new Uint8Array(await readFile(join(dir, 'status.docx')));

    const text = await docxText(bytes);
    expect(text).toContain('Status update');
    expect(text).toContain('For Dana Reyes');
    expect(text).toContain('Billing revamp');
    expect(text).toContain('At risk');
    expect(text).toContain('Vendor contract slipped a week');
    expect(text).toContain('Uptime');
    expect(text).toContain('Shipped the billing beta');
    expect(text).toContain('Send the Q2 budget');
    expect(text).toContain('Approve the new hire');
    expect(text).toContain('Thursday 12 March 2026, 10:00');

    expect(await everyPart(bytes)).not.toContain(MARKER);
  });

  it('leaves private fields out of the overall update too, and saves nothing when the dialog is cancelled', async () => {
    const { ctx, dashboard, dir } = await filledVault();
    ctx.savePath = join(dir, 'overall.docx');
    await dashboard.handlers.export({ leaderId: null, winsDays: 365 });
    const bytes = new Uint8Array(await readFile(join(dir, 'overall.docx')));
    expect(await docxText(bytes)).toContain('For my leaders');
    expect(await everyPart(bytes)).not.toContain(MARKER);
    ctx.savePath = null;
    expect(await dashboard.handlers.export({ leaderId: null, winsDays: 30 })).toEqual({
      path: null,
    });
  });

  it('says before saving whether the update fits its one page', async () => {
    const { dashboard, dana } = await filledVault();
    expect(await dashboard.handlers.exportCheck({ leaderId: dana.id, winsDays: 30 })).toEqual({
      fitsOnePage: true,
    });
    const long = Array.from({ length: 100 }, (_, i) => `word${i}`).join(' ');
    for (const name of ['Platform', 'Hiring', 'Support'])
      await dashboard.handlers.createProject({
        name,
        leaderId: dana.id,
        status: 'on-track',
        update: long.slice(0, 500),
      });
    expect(await dashboard.handlers.exportCheck({ leaderId: dana.id, winsDays: 30 })).toEqual({
      fitsOnePage: false,
    });
  });
});
