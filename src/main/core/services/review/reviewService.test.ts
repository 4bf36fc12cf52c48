import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ReviewLine } from '../../../../shared/ipc/areas/review';
import { createCore, type Core } from '../../core';
import { docxText } from '../../export/testing/docxXml';
import { createTestDeps } from '../../testing/testDeps';
import { call } from '../../vault/fixtures/appFixture';

const cleanup: string[] = [];
afterEach(async () => {
  await Promise.all(cleanup.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

/** A year with a leader: wins, goodwill, commitments kept and missed, feedback, goals. */
async function yearOfData(savePath: string): Promise<{ core: Core; leaderId: string }> {
  let now = Date.parse('2026-11-01T10:00:00Z');
  const deps = await createTestDeps({ clock: { now: () => now } });
  cleanup.push(deps.dataDir);
  deps.shell.chooseSavePath = async () => savePath;
  const core = await createCore(deps, { checkOutput: true });
  await call(core, 'vault:create', { passphrase: 'review season passphrase' });
  // Dates written out in words, the way the user chose in Settings.
  await call(core, 'settings:update', { dateFormat: 'long' });
  const leader = await call<{ id: string }>(core, 'leaders:create', { name: 'Dana Reyes' });
  await call(core, 'leaders:update', {
    id: leader.id,
    patch: {
      lists: {
        vision: [{ id: 'g1', text: 'Halve the time to ship a fix', note: null }],
        success: [{ id: 's1', text: 'No surprises in the weekly status', note: null }],
        weaknesses: [{ id: 'w1', text: 'PRIVATE-WEAKNESS late decisions', note: null }],
      },
    },
  });
  await call(core, 'journal:create', {
    title: 'Shipped the billing migration early',
    date: '2026-04-10',
    tags: ['win'],
    leaderId: leader.id,
  });
  await call(core, 'journal:create', {
    title: 'Dana: my updates are too long',
    date: '2026-06-02',
    tags: ['feedback'],
    leaderId: leader.id,
  });
  await call(core, 'journal:create', {
    title: 'A win from last year',
    date: '2025-06-02',
    tags: ['win'],
  });
  const categories = await call<{ id: string; kind: string; name: string }[]>(
    core,
    'goodwill:categories',
  );
  const deposit = categories.find((c) => c.kind === 'deposit');
  await call(core, 'goodwill:add', {
    leaderId: leader.id,
    date: '2026-05-05',
    kind: 'deposit',
    points: 2,
    categoryId: deposit?.id,
    note: 'Covered the incident review',
  });
  const kept = await call<{ id: string }>(core, 'actions:create', {
    text: 'Send the hiring plan',
    due: '2026-11-30',
    leaderId: leader.id,
  });
  await call(core, 'actions:setStatus', { id: kept.id, status: 'done' });
  await call(core, 'actions:create', {
    text: 'Write the risk register',
    due: '2026-03-01',
    leaderId: leader.id,
  });
  const metric = await call<{ id: string }>(core, 'dashboard:createMetric', {
    name: 'P1 incidents a month',
    value: '12',
    target: '5',
  });
  now = Date.parse('2026-11-20T10:00:00Z');
  await call(core, 'dashboard:updateMetric', { id: metric.id, patch: { value: '4' } });
  await call(core, 'dashboard:createProject', {
    name: 'Billing revamp',
    status: 'on-track',
    update: 'Live for all customers',
  });
  const series = await call<{ series: { id: string }; next: { key: string } | null }>(
    core,
    'meetings:createSeries',
    {
      leaderId: leader.id,
      cadence: 'weekly',
      weekday: 0,
      startDate: '2026-11-23',
      time: '10:00',
      timeZone: 'Europe/Berlin',
    },
  );
  const view = await call<{ meeting: { id: string; sections: { id: string; kind: string }[] } }>(
    core,
    'meetings:open',
    { seriesId: series.series.id, key: series.next?.key },
  );
  const feedbackSection = view.meeting.sections.find((s) => s.kind === 'feedback');
  const after = await call<{ meeting: { agenda: { id: string }[] } }>(core, 'meetings:agendaAdd', {
    meetingId: view.meeting.id,
    sectionId: feedbackSection?.id,
    text: 'How did the launch update land?',
  });
  await call(core, 'meetings:agendaUpdate', {
    meetingId: view.meeting.id,
    itemId: after.meeting.agenda[0].id,
    decision: 'Clear, but lead with the risks',
  });
  return { core, leaderId: leader.id };
}

describe('review season', () => {
  it('gathers a year of evidence by theme, each line linked to its source, private sources marked', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'upward-review-'));
    cleanup.push(dir);
    const { core, leaderId } = await yearOfData(join(dir, 'review.docx'));
    const { lines } = await call<{ lines: ReviewLine[] }>(core, 'review:draft', {
      from: '2026-01-01',
      to: '2026-12-31',
      leaderId,
    });
    const byTheme = (theme: string) => lines.filter((l) => l.theme === theme).map((l) => l.text);
    expect(byTheme('wins')).toEqual([
      'Shipped the billing migration early',
      expect.stringContaining('Covered the incident review'),
      'Billing revamp — Live for all customers',
      'P1 incidents a month: 12 → 4 (target 5)',
    ]);
    expect(byTheme('commitments')).toEqual([
      'Kept 1 of 2 commitments on time.',
      'Done: Send the hiring plan (due 30 November 2026)',
      'Still open: Write the risk register (due 1 March 2026)',
    ]);
    expect(byTheme('feedback')).toEqual([
      'Dana: my updates are too long',
      'How did the launch update land? — Clear, but lead with the risks',
    ]);
    expect(byTheme('priorities')).toEqual([
      'Halve the time to ship a fix',
      'No surprises in the weekly status',
    ]);
    const win = lines.find((l) => l.text === 'Shipped the billing migration early');
    expect(win?.private).toBe(true);
    expect(win?.source.route).toMatch(/^\/journal\//);
    expect(
      lines.find((l) => l.theme === 'feedback' && l.source.kind === 'agenda')?.source.route,
    ).toMatch(/^\/meetings\//);
    expect(JSON.stringify(lines)).not.toContain('PRIVATE-WEAKNESS');
    await core.dispose();
  });

  it('saves only the lines the user kept, as edited, under their themes', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'upward-review-'));
    cleanup.push(dir);
    const path = join(dir, 'review.docx');
    const { core, leaderId } = await yearOfData(path);
    await call(core, 'review:exportDocx', {
      from: '2026-01-01',
      to: '2026-12-31',
      leaderId,
      lines: [
        { theme: 'wins', text: 'Shipped the billing migration three weeks early' },
        { theme: 'priorities', text: 'Halve the time to ship a fix' },
      ],
    });
    const text = await docxText(new Uint8Array(await readFile(path)));
    expect(text).toContain('Wins and results');
    expect(text).toContain('Shipped the billing migration three weeks early');
    expect(text).toContain('What my leaders care about');
    expect(text).toContain('1 January 2026 – 31 December 2026 · with Dana Reyes');
    expect(text).not.toContain('Feedback received');
    expect(text).not.toContain('too long');
    expect(text).not.toMatch(/left out|private/i);
    await core.dispose();
  });
});
