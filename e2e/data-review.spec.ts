import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { strFromU8, unzipSync, zipSync } from 'fflate';
import JSZip from 'jszip';
import { JournalEntry } from '../src/shared/domain/journal';
import { Leader } from '../src/shared/domain/leader';
import { buildOpenExport } from '../src/main/core/openData/openExport';
import type { KindRecords } from '../src/main/core/openData/vaultRecords';
import { call as callApi } from './fixtures/seed';
import { expectAccessible, shot, switchTheme } from './fixtures/audit';
import { expect, test } from './fixtures/app';
import { setDate } from './fixtures/dateField';
import { chooseOption } from './fixtures/select';

// Each scenario starts in a copy of the worker's fixture vault, unlocked (first run has its own).
test.use({ vault: 'unlocked' });

const FIXTURES = join(import.meta.dirname, '../src/main/core/openData/fixtures');

async function docxWords(path: string): Promise<string> {
  const zip = await JSZip.loadAsync(await readFile(path));
  const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
  return (xml.match(/<w:t(?: [^>]*)?>[^<]*<\/w:t>/g) ?? [])
    .map((t) => t.replace(/<[^>]+>/g, ''))
    .join(' ')
    .replace(/&amp;/g, '&');
}

const richBody = {
  type: 'doc',
  content: [
    { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'What went well' }] },
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'The launch was ' },
        { type: 'text', text: 'calm', marks: [{ type: 'bold' }] },
      ],
    },
  ],
};

test('everything goes out as an open export behind a warning, and comes back into a new vault', async ({
  app,
}) => {
  const { page } = app;
  const dana = await callApi<{ id: string }>(page, 'leaders', 'create', { name: 'Dana Reyes' });
  await callApi(page, 'journal', 'create', {
    date: '2026-03-03',
    title: 'Launch retro',
    tags: ['win'],
    leaderId: dana.id,
    body: richBody,
  });
  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('button', { name: 'Export everything (not encrypted)…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export everything, not encrypted' });
  await expect(dialog.getByText('not encrypted', { exact: false }).first()).toBeVisible();
  const exportButton = dialog.getByRole('button', { name: 'Export…' });
  await expect(exportButton).toBeDisabled();
  await dialog.getByLabel('I understand that this copy is not encrypted').check();
  const zipPath = join(app.exportsDir, 'open.zip');
  await app.answerSave(zipPath);
  await exportButton.click();
  await expect(page.getByTestId('data-outcome')).toContainText(
    `saved, not encrypted, to ${zipPath}`,
  );
  const files = unzipSync(new Uint8Array(await readFile(zipPath)));
  const entry = Object.keys(files).find((n) => n.startsWith('journal/2026/2026-03-03'));
  expect(entry).toBeDefined();
  const markdown = strFromU8(files[entry ?? '']);
  expect(markdown).toContain('title: Launch retro');
  expect(markdown).toContain('## What went well');
  expect(markdown).toContain('The launch was **calm**');

  // Into this vault, which already holds records, the export is refused and nothing changes.
  await app.answerOpen(zipPath);
  await page.getByRole('button', { name: 'Import an open export…' }).click();
  await expect(page.getByTestId('data-outcome')).toContainText('already holds records');
  const journal = await callApi<{ entries: unknown[] }>(page, 'journal', 'list', {});
  expect(journal.entries).toHaveLength(1);
});

test('an open export from another computer imports into a new, empty vault from the palette', async ({
  app,
}) => {
  const { page } = app;
  const now = '2026-03-01T09:00:00.000Z';
  const records: KindRecords[] = [
    {
      file: 'leaders',
      kind: 'leaders',
      schemaVersion: 1,
      parts: [
        {
          part: null,
          data: {
            leaders: [
              Leader.parse({ id: 'l1', name: 'Priya Shah', createdAt: now, updatedAt: now }),
            ],
          },
        },
      ],
    },
    {
      file: 'journal',
      kind: 'journal',
      schemaVersion: 1,
      parts: [
        {
          part: '2026-02',
          data: {
            entries: [
              JournalEntry.parse({
                id: 'j1',
                date: '2026-02-20',
                title: 'Brought over from my laptop',
                body: richBody,
                tags: ['feedback'],
                leaderId: 'l1',
                mood: 4,
                createdAt: now,
                updatedAt: now,
              }),
            ],
          },
        },
      ],
    },
    {
      file: 'series',
      kind: 'series',
      schemaVersion: 1,
      parts: [{ part: null, data: { series: [], templates: [], meetingYears: {} } }],
    },
    { file: 'meetings', kind: 'meetings', schemaVersion: 1, parts: [] },
    {
      file: 'actions',
      kind: 'actions',
      schemaVersion: 1,
      parts: [{ part: null, data: { items: [] } }],
    },
    { file: 'ledger', kind: 'ledger', schemaVersion: 1, parts: [] },
    {
      file: 'goodwill',
      kind: 'goodwill',
      schemaVersion: 1,
      parts: [{ part: null, data: { categories: [], proposals: {}, years: {} } }],
    },
    {
      file: 'dashboard',
      kind: 'dashboard',
      schemaVersion: 1,
      parts: [{ part: null, data: { projects: [], metrics: [] } }],
    },
  ];
  await mkdir(app.exportsDir, { recursive: true });
  const zipPath = join(app.exportsDir, 'from-laptop.zip');
  await writeFile(
    zipPath,
    buildOpenExport(records, { exportedAt: now, appVersion: 'test', me: 'Me' }),
  );
  await app.answerOpen(zipPath);
  await page.keyboard.press('Control+K');
  await page.getByRole('combobox', { name: 'Command' }).fill('Import an open export');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('data-outcome')).toContainText('came in from the open export');
  await page.getByRole('link', { name: 'Journal' }).click();
  await expect(page.getByText('Brought over from my laptop').first()).toBeVisible();
  await page.getByRole('link', { name: 'Leaders' }).click();
  await expect(page.getByText('Priya Shah').first()).toBeVisible();
});

test('a Day One journal and a folder of Markdown notes come in, with what was left out said in words', async ({
  app,
}) => {
  const { page } = app;
  await page.getByRole('link', { name: 'Settings' }).click();
  await mkdir(app.exportsDir, { recursive: true });
  const dayOne = join(app.exportsDir, 'Day One.zip');
  const json = await readFile(join(FIXTURES, 'dayone', 'Journal.json'));
  await writeFile(dayOne, zipSync({ 'Journal.json': new Uint8Array(json) }));
  await app.answerOpen(dayOne);
  await page.getByRole('button', { name: 'Import from Day One…' }).click();
  const outcome = page.getByTestId('data-outcome');
  await expect(outcome).toContainText('3 journal entries came in from Day One.');
  await expect(outcome).toContainText('2 photos were left out: Upward keeps text only.');
  await app.answerFolder(join(FIXTURES, 'markdown'));
  await page.getByRole('button', { name: 'Import Markdown notes…' }).click();
  await expect(outcome).toContainText('3 journal entries came in from the Markdown notes.');
  await expectAccessible(page, 'settings with an import report');
  await page.getByRole('link', { name: 'Journal' }).click();
  await expect(page.getByText('Skip-level with Priya').first()).toBeVisible();
  await expect(page.getByText('Quarterly review prep').first()).toBeVisible();
});

test('review season: a year of data becomes a draft, a line is edited, and the .docx holds what was kept', async ({
  app,
}) => {
  const { page } = app;
  const dana = await callApi<{ id: string }>(page, 'leaders', 'create', { name: 'Dana Reyes' });
  await callApi(page, 'leaders', 'update', {
    id: dana.id,
    patch: { lists: { vision: [{ id: 'g1', text: 'Halve the time to ship a fix', note: null }] } },
  });
  const year = new Date().getFullYear();
  await callApi(page, 'journal', 'create', {
    date: `${year}-01-15`,
    title: 'Shipped the billing migration early',
    tags: ['win'],
    leaderId: dana.id,
  });
  await callApi(page, 'journal', 'create', {
    date: `${year}-01-20`,
    title: 'PRIVATE-REVIEW-MARKER she seemed tired',
    tags: ['feedback'],
    leaderId: dana.id,
  });
  await callApi(page, 'dashboard', 'createProject', {
    name: 'Billing revamp',
    status: 'on-track',
    update: 'Live for all customers',
  });

  await page.getByRole('link', { name: 'Review' }).click();
  await expect(page.getByRole('heading', { name: 'Review', level: 1 })).toBeVisible();
  await setDate(page, 'From', `${year}-01-01`);
  await setDate(page, 'To', `${year}-12-31`);
  await chooseOption(page.getByLabel('Leader'), 'Dana Reyes');
  await page.getByRole('button', { name: 'Gather evidence' }).click();
  const win = page.getByRole('checkbox', { name: 'Include: Shipped the billing migration early' });
  await expect(win).not.toBeChecked();
  await expect(
    page.getByRole('checkbox', { name: /Include: PRIVATE-REVIEW-MARKER/ }),
  ).not.toBeChecked();
  await expect(
    page.getByRole('checkbox', { name: 'Include: Halve the time to ship a fix' }),
  ).toBeChecked();
  await win.check();
  const line = page
    .getByRole('textbox', { name: 'Line of evidence' })
    .filter({ hasText: '' })
    .first();
  await expect(line).toHaveValue('Shipped the billing migration early');
  await line.fill('Shipped the billing migration three weeks early');
  await expect(page.getByRole('link', { name: /^Journal, / }).first()).toBeVisible();
  await expectAccessible(page, 'review draft (light)');
  await shot(page, 'review-light');
  await switchTheme(page, 'dark');
  await expectAccessible(page, 'review draft (dark)');
  await shot(page, 'review-dark');

  const docx = join(app.exportsDir, 'review.docx');
  await app.answerSave(docx);
  await page.getByRole('button', { name: 'Save as Word document…' }).click();
  await expect(page.getByText(`Review saved to ${docx}`)).toBeVisible();
  const words = await docxWords(docx);
  expect(words).toContain('Shipped the billing migration three weeks early');
  expect(words).toContain('Halve the time to ship a fix');
  expect(words).toContain('Billing revamp');
  expect(words).not.toContain('PRIVATE-REVIEW-MARKER');
  expect(words).not.toMatch(/left out|private/i);
});
