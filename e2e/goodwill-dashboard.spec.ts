import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import JSZip from 'jszip';
import type { Page } from '@playwright/test';
import { expectAccessible, shot, switchTheme } from './fixtures/audit';
import { expect, test } from './fixtures/app';
import { call, seedLeader } from './fixtures/seed';
import { DashboardPage } from './pages/dashboard';
import { GoodwillPage } from './pages/goodwill';
import { LeadersPage } from './pages/leaders';

// Each scenario starts in a copy of the worker's fixture vault, unlocked (first run has its own).
test.use({ vault: 'unlocked' });

const MARKER = 'PRIVATE-MARKER-GD';

/** Every part of a .docx as text, and the words of its body. */
async function readDocx(path: string): Promise<{ all: string; words: string }> {
  const zip = await JSZip.loadAsync(await readFile(path));
  const parts = await Promise.all(
    Object.values(zip.files)
      .filter((f) => !f.dir)
      .map((f) => f.async('string')),
  );
  const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
  const words = (xml.match(/<w:p[ >][\s\S]*?<\/w:p>/g) ?? [])
    .map((p) =>
      (p.match(/<w:t(?: [^>]*)?>[^<]*<\/w:t>/g) ?? [])
        .map((t) => t.replace(/<[^>]+>/g, ''))
        .join(''),
    )
    .join('\n')
    .replace(/&amp;/g, '&');
  return { all: parts.join('\n'), words };
}

const isoDay = (offset: number): string => {
  const d = new Date();
  d.setDate(d.getDate() + offset);
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
};

/**
 * What the rest of the app holds about the leader: a private weakness and a journal entry that
 * must never reach a status update, a win, a commitment of mine now overdue and one of theirs.
 */
async function seedAroundLeader(page: Page, leaderId: string): Promise<void> {
  await call(page, 'leaders', 'update', {
    id: leaderId,
    patch: { lists: { weaknesses: [{ id: 'w1', text: `${MARKER} weakness`, note: null }] } },
  });
  const richMarker = {
    type: 'doc',
    content: [{ type: 'paragraph', content: [{ type: 'text', text: `${MARKER} journal body` }] }],
  };
  await call(page, 'journal', 'create', {
    date: isoDay(-2),
    title: 'Shipped the billing beta',
    tags: ['win'],
    leaderId: leaderId,
    body: richMarker,
  });
  await call(page, 'actions', 'create', {
    text: 'Send the Q2 budget',
    owner: { kind: 'me' },
    leaderId: leaderId,
    due: isoDay(-3),
  });
  await call(page, 'actions', 'create', {
    text: 'Approve the new hire',
    owner: { kind: 'leader' },
    leaderId: leaderId,
    due: null,
  });
}

test('a goodwill ledger built through the UI: deposits, withdrawals, a proposed withdrawal, categories, chart and table', async ({
  app,
}) => {
  const { page } = app;
  const goodwill = new GoodwillPage(page);

  // — A leader, with private things written about her —
  const leaders = new LeadersPage(page);
  await leaders.open();
  await leaders.create({
    name: 'Dana Reyes',
    role: 'VP Engineering',
    relationship: 'Manager',
    since: '2024-02-01',
  });
  const [dana] = await call<{ id: string }[]>(page, 'leaders', 'list', {});
  await seedAroundLeader(page, dana.id);

  // — The ledger: a deposit, a withdrawal, running balance —
  await goodwill.open();
  await expect(page.getByText(`Nothing recorded with Dana Reyes yet.`)).toBeVisible();
  await goodwill.record({
    kind: 'deposit',
    points: 3,
    category: 'Delivered ahead of time',
    note: `${MARKER} report a day early`,
  });
  await goodwill.record({
    kind: 'withdrawal',
    points: 1,
    category: 'Asked for something',
    note: 'Asked for a contractor',
  });
  await expect.poll(() => goodwill.runningBalances()).toEqual(['+2', '+3']);
  await expect(page.locator('.goodwill-account.is-selected')).toContainText('+2');

  // — The chart draws under the strict CSP (the fixture fails on any CSP error), and the table holds the same points —
  await expect(
    goodwill.balanceCard().locator('.goodwill-chart svg.recharts-surface'),
  ).toBeVisible();
  await goodwill.showAs('Table');
  const table = goodwill.balanceCard().getByRole('table');
  await expect(table.locator('tbody tr').last()).toContainText('+2');
  await goodwill.showAs('Chart');

  // — A missed commitment proposes its withdrawal; recording it is one click —
  const proposals = page.getByRole('list', { name: 'Proposed withdrawals' });
  await expect(proposals).toContainText('Send the Q2 budget');
  await proposals.getByRole('button', { name: /Record a withdrawal of 1 for/ }).click();
  await expect(proposals).toBeHidden();
  // Dated the day it went overdue, it sits before today's lines and the balances after it follow.
  await expect.poll(() => goodwill.runningBalances()).toEqual(['+1', '+2', '−1']);
  await expect(goodwill.ledger()).toContainText('Let a commitment slip');

  // — Categories are editable —
  await page.getByRole('button', { name: 'Categories' }).click();
  const categories = page.getByRole('dialog', { name: 'Goodwill categories' });
  await categories
    .getByRole('textbox', { name: 'New deposit category' })
    .fill('Covered for them in a meeting');
  await categories.getByRole('button', { name: 'Add deposit category' }).click();
  await expect(
    categories.getByRole('textbox', {
      name: /Name of the deposit category “Covered for them in a meeting”/,
    }),
  ).toBeVisible();
  await categories.getByRole('button', { name: 'Done' }).click();
  await expect(categories).toBeHidden();

  await expectAccessible(page, 'goodwill');
  await shot(page, 'goodwill-ledger-light');
  await switchTheme(page, 'dark');
  await expect(
    goodwill.balanceCard().locator('.goodwill-chart svg.recharts-surface'),
  ).toBeVisible();
  await expectAccessible(page, 'goodwill (dark)');
  await shot(page, 'goodwill-ledger-dark');
  await switchTheme(page, 'light');
});

test('a dashboard built through the UI gathers wins, commitments and goodwill, and is exported as a status update without a private word', async ({
  app,
}) => {
  const { page } = app;
  const dashboard = new DashboardPage(page);
  const dana = await seedLeader(page, { name: 'Dana Reyes', role: 'VP Engineering' });
  await seedAroundLeader(page, dana);
  // The ledger the scenario above records through the UI: +3, −1, and the slipped commitment's −1.
  await call(page, 'goodwill', 'add', {
    leaderId: dana,
    date: isoDay(0),
    kind: 'deposit',
    points: 3,
    categoryId: 'dep-early',
    note: `${MARKER} report a day early`,
  });
  await call(page, 'goodwill', 'add', {
    leaderId: dana,
    date: isoDay(0),
    kind: 'withdrawal',
    points: 1,
    categoryId: 'wd-ask',
    note: 'Asked for a contractor',
  });
  const [slipped] = await call<{ actionItemId: string }[]>(page, 'goodwill', 'proposals', {
    leaderId: dana,
  });
  await call(page, 'goodwill', 'acceptProposal', { actionItemId: slipped.actionItemId });

  // — The dashboard for Dana: a project, a metric; wins, commitments and goodwill come in from the rest of the app —
  await dashboard.open();
  await dashboard.showFor('Dana Reyes');
  await dashboard.addProject({
    name: 'Billing revamp',
    status: 'At risk',
    update: 'Vendor contract slipped a week',
  });
  await dashboard.addProject({
    name: 'On-call rotation',
    status: 'On track',
    update: 'New runbooks live',
  });
  await dashboard.addMetric({ name: 'Uptime', value: '99.95%', target: '99.9%' });
  await expect(dashboard.card('Recent wins')).toContainText('Shipped the billing beta');
  await expect(dashboard.card('Recent wins')).toContainText('Delivered ahead of time');
  await expect(
    dashboard.card('Open commitments').getByRole('region', { name: 'Mine' }),
  ).toContainText('Send the Q2 budget');
  await expect(
    dashboard.card('Open commitments').getByRole('region', { name: 'Theirs' }),
  ).toContainText('Approve the new hire');
  await expect(dashboard.card('Goodwill')).toContainText('+1');
  await expect(dashboard.card('1:1 health')).toContainText('Dana Reyes');
  // The edits were saved: a fresh look shows them.
  await page.reload();
  await expect(page.getByTestId('dashboard-ready')).toBeVisible();
  await expect(
    dashboard.card('Projects').getByRole('textbox', { name: 'One-line update for Billing revamp' }),
  ).toHaveValue('Vendor contract slipped a week');
  await expect(
    dashboard.card('Key metrics').getByRole('textbox', { name: 'Current value of Uptime' }),
  ).toHaveValue('99.95%');

  await expectAccessible(page, 'dashboard');
  await shot(page, 'dashboard-light');
  await switchTheme(page, 'dark');
  await expectAccessible(page, 'dashboard (dark)');
  await shot(page, 'dashboard-dark');
  await switchTheme(page, 'light');

  // — Export the status update and read it —
  await mkdir(app.exportsDir, { recursive: true });
  const file = join(app.exportsDir, 'status-update.docx');
  await app.answerSave(file);
  await page.getByRole('button', { name: 'Export status update' }).click();
  const dialog = page.getByRole('dialog', { name: 'Status update for Dana Reyes' });
  await expect(dialog).toContainText('Never included');
  await expectAccessible(page, 'export dialog');
  await dialog.getByRole('button', { name: 'Export .docx' }).click();
  await expect(page.getByText(`Status update saved to ${file}`)).toBeVisible();
  const doc = await readDocx(file);
  expect(doc.words).toContain('Status update');
  expect(doc.words).toContain('For Dana Reyes');
  expect(doc.words).toContain('Billing revamp');
  expect(doc.words).toContain('At risk');
  expect(doc.words).toContain('Vendor contract slipped a week');
  expect(doc.words).toContain('Uptime');
  expect(doc.words).toContain('99.95%');
  expect(doc.words).toContain('Shipped the billing beta');
  expect(doc.words).toContain('Send the Q2 budget');
  expect(doc.words).toContain('Approve the new hire');
  expect(doc.all).not.toContain(MARKER);
});

test('every goodwill and dashboard action is in the command palette', async ({ app }) => {
  const { page } = app;
  await call(page, 'leaders', 'create', { name: 'Sam Ortiz' });
  const run = async (command: string): Promise<void> => {
    await page.keyboard.press('Control+K');
    await page.getByRole('combobox', { name: 'Command' }).fill(command);
    await page.keyboard.press('Enter');
  };
  await run('Record a goodwill deposit');
  await expect(page.getByRole('dialog', { name: 'Record a deposit' })).toBeVisible();
  await page.keyboard.press('Escape');
  await run('Record a goodwill withdrawal');
  await expect(page.getByRole('dialog', { name: 'Record a withdrawal' })).toBeVisible();
  await page.keyboard.press('Escape');
  await run('Edit goodwill categories');
  await expect(page.getByRole('dialog', { name: 'Goodwill categories' })).toBeVisible();
  await page.keyboard.press('Escape');
  await run('Show the goodwill balance as a table');
  await expect(
    page.locator('.goodwill-balance').getByRole('button', { name: 'Table' }),
  ).toHaveAttribute('aria-pressed', 'true');
  await run('Review missed commitments');
  await expect(page.getByText('there is no missed commitment to review')).toBeVisible();
  await run('Add a project to the dashboard');
  await expect(page.getByRole('textbox', { name: 'New project' })).toBeFocused();
  await run('Add a key metric to the dashboard');
  await expect(page.getByRole('textbox', { name: 'New metric' })).toBeFocused();
  await run('Export the status update');
  await expect(page.getByRole('dialog', { name: 'Status update' })).toBeVisible();
  await page.keyboard.press('Escape');
  await run('Show the dashboard for one leader');
  await expect(page.getByLabel('Show the dashboard for')).toBeFocused();
});

test('before an ask, a thin goodwill account is flagged in the agenda and by the prep assistant', async ({
  app,
}) => {
  const { page } = app;
  const goodwill = new GoodwillPage(page);
  const dana = await call<{ id: string }>(page, 'leaders', 'create', { name: 'Dana Reyes' });
  const day = new Date();
  day.setDate(day.getDate() + 3);
  const weekday = (day.getDay() + 6) % 7;
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const series = await call<{ next: { key: string } | null; series: { id: string } }>(
    page,
    'meetings',
    'createSeries',
    {
      leaderId: dana.id,
      cadence: 'weekly',
      weekday,
      startDate: isoDay(0),
      time: '10:00',
      timeZone: zone,
    },
  );

  // One withdrawal and nothing else: the account is overdrawn.
  await goodwill.open();
  await goodwill.record({
    kind: 'withdrawal',
    points: 2,
    category: 'Needed them to step in',
    note: 'Asked her to unblock the vendor',
  });
  await expect(page.locator('.goodwill-verdict')).toContainText('stands at −2');

  const view = await call<{ meeting: { id: string } }>(page, 'meetings', 'open', {
    seriesId: series.series.id,
    key: series.next?.key,
  });
  await page.evaluate((id) => (location.hash = `#/meetings/${id}`), view.meeting.id);
  const asks = page.locator('.meetings-section').filter({
    has: page.getByRole('heading', { level: 3, name: 'Asks & decisions', exact: true }),
  });
  await expect(asks.getByRole('note', { name: 'Goodwill before an ask' })).toContainText(
    'Your goodwill with Dana Reyes stands at −2',
  );
  await expect(page.getByText('Goodwill with Dana Reyes is low: hold asks for now')).toBeVisible();
  await expectAccessible(page, 'meeting with the goodwill warning');
  await shot(page, 'meeting-goodwill-warning-light');

  // A deposit that puts the account back in credit lifts the warning.
  await goodwill.open();
  await goodwill.record({
    kind: 'deposit',
    points: 5,
    category: 'Moved one of their goals forward',
    note: 'Closed the hiring plan',
  });
  await page.evaluate((id) => (location.hash = `#/meetings/${id}`), view.meeting.id);
  await expect(asks.getByTestId('goodwill-ask-ok')).toBeAttached();
  await expect(asks.getByRole('note', { name: 'Goodwill before an ask' })).toHaveCount(0);
});
