import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import JSZip from 'jszip';
import { expectAccessible, shot } from './fixtures/audit';
import { expect, test } from './fixtures/app';
import { unlock } from './fixtures/vault';
import { call, seedLeader } from './fixtures/seed';
import { JournalPage } from './pages/journal';
import { LeadersPage } from './pages/leaders';
import { setDate } from './fixtures/dateField';
import { chooseOption } from './fixtures/select';

// Each scenario starts in a copy of the worker's fixture vault, unlocked (first run has its own).
test.use({ vault: 'unlocked' });

async function documentXml(path: string): Promise<string> {
  const zip = await JSZip.loadAsync(await readFile(path));
  return (await zip.file('word/document.xml')?.async('string')) ?? '';
}

/** The words of a document.xml, runs joined per paragraph. */
function words(xml: string): string {
  return (xml.match(/<w:p[ >][\s\S]*?<\/w:p>/g) ?? [])
    .map((p) =>
      (p.match(/<w:t(?: [^>]*)?>[^<]*<\/w:t>/g) ?? [])
        .map((t) => t.replace(/<[^>]+>/g, ''))
        .join(''),
    )
    .join('\n')
    .replace(/&amp;/g, '&');
}

const LISTS: [string, string][] = [
  ['Vision & goals', 'Ship the platform by Q3'],
  ['What success looks like', 'Fewer incidents, happier on-call'],
  ['Management style', 'Decides fast, revisits rarely'],
  ['Communication preferences', 'Bad news early, in person'],
  ['Strengths', 'Sees around corners'],
  ['Weaknesses and how I support them', 'PRIVATE-MARKER forgets follow-ups; I send a recap'],
  ['What keeps them up at night', 'The board review in June'],
  ['Pet peeves', 'Surprises in front of her boss'],
  ['Trust signals I have seen', 'Let me present to the VP alone'],
];

test('a leader with every field and a second one archived; the profile exported without, then with, its private parts', async ({
  app,
}) => {
  const { page } = app;
  const leaders = new LeadersPage(page);
  // — A leader, every field —
  await leaders.open();
  await expect(page.getByRole('heading', { name: 'No active leaders' })).toBeVisible();
  await leaders.create({
    name: 'Dana Reyes',
    role: 'VP Engineering',
    relationship: 'Manager',
    since: '2024-02-01',
  });
  await chooseOption(
    page.getByLabel('How closely they manage'),
    'Close in, out of passion for the work',
  );
  await expect(page.getByText('They care about the work itself')).toBeVisible();
  await page.getByLabel('Preferred channel').fill('Slack, then a call');
  await page.getByLabel('Cadence').fill('Weekly written update');
  await page.getByLabel('Level of detail').fill('Headline first');
  await page.getByLabel('Best time').fill('Mornings before 10');
  for (const [list, item] of LISTS) await leaders.addItem(list, item);
  await leaders.addItem('Vision & goals', 'Hire two senior engineers');
  await leaders.addNote(
    'Strengths',
    'Sees around corners',
    'Spotted the vendor risk months early.',
  );
  await page.getByRole('textbox', { name: 'Notes about Dana Reyes' }).click();
  await page.keyboard.type('Prefers **data** over opinions. ');
  await expect(
    leaders.list('Weaknesses and how I support them').getByText('Private', { exact: true }),
  ).toBeVisible();
  // Reorder by keyboard: Alt+↑ moves the second vision item to the top.
  await leaders
    .list('Vision & goals')
    .getByRole('textbox', { name: 'Vision & goals, item 2' })
    .press('Alt+ArrowUp');
  await expect(
    leaders.list('Vision & goals').getByRole('textbox', { name: 'Vision & goals, item 1' }),
  ).toHaveValue('Hire two senior engineers');
  await leaders.saved();
  await expectAccessible(page, 'leader profile');
  await shot(page, 'leader-profile-light');

  // A second leader, to archive.
  await leaders.open();
  await leaders.create({
    name: 'Sam Ortiz',
    role: 'Former skip-level',
    relationship: 'Skip-level',
    since: '2022-05-01',
  });
  await page.getByRole('button', { name: 'Archive' }).click();
  await expect(page.getByRole('button', { name: 'Unarchive' })).toBeVisible();
  await leaders.open();
  await expect(page.getByRole('link', { name: /Sam Ortiz/ })).toHaveCount(0);
  await page.getByLabel('Show archived').check();
  await expect(page.getByRole('link', { name: /Sam Ortiz/ })).toBeVisible();
  await page.getByLabel('Show archived').uncheck();
  await expectAccessible(page, 'leaders list');
  await shot(page, 'leaders-list-light');

  // — The profile exported —
  await leaders.open();
  await page.getByRole('link', { name: /Dana Reyes/ }).click();
  await expect(
    leaders.list('Strengths').getByRole('button', { name: 'Show note on “Sees around corners”' }),
  ).toBeVisible();
  const without = join(app.exportsDir, 'dana.docx');
  await app.answerSave(without);
  await page.getByRole('button', { name: 'Export' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Export .docx' }).click();
  await expect(page.getByText(`Saved to ${without}`)).toBeVisible();
  const ptext = words(await documentXml(without));
  for (const [list, item] of LISTS.filter(([l]) => !l.startsWith('Weaknesses'))) {
    expect(ptext).toContain(list);
    expect(ptext).toContain(item);
  }
  expect(ptext).toContain('Slack, then a call');
  // Notes on items are private until ticked; nothing says that anything was left out.
  expect(ptext).not.toContain('Spotted the vendor risk months early.');
  expect(ptext).not.toContain('PRIVATE-MARKER');
  expect(ptext).not.toMatch(/private|left out/i);

  const withPrivate = join(app.exportsDir, 'dana-private.docx');
  await app.answerSave(withPrivate);
  await page.getByRole('button', { name: 'Export' }).click();
  const profileDialog = page.getByRole('dialog');
  await expect(profileDialog.getByLabel(/^Weaknesses and how I support them/)).not.toBeChecked();
  await profileDialog.getByLabel(/^Weaknesses and how I support them/).check();
  await profileDialog.getByLabel(/^Notes on list items/).check();
  await profileDialog.getByRole('button', { name: 'Export .docx' }).click();
  await expect(page.getByText(`Saved to ${withPrivate}`)).toBeVisible();
  const privateText = words(await documentXml(withPrivate));
  expect(privateText).toContain('PRIVATE-MARKER');
  expect(privateText).toContain('Spotted the vendor risk months early.');

  // Dark theme screenshots of the same screen (the theme follows the system by default).
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expectAccessible(page, 'leader profile (dark)');
  await shot(page, 'leader-profile-dark');
});

test('journal entries with every kind of formatting, found again after a restart, searched, filtered and exported', async ({
  app,
}) => {
  const { page } = app;
  const journal = new JournalPage(page);
  // The leader the entries are about (her profile has its own scenario above).
  await seedLeader(page, { name: 'Dana Reyes', role: 'VP Engineering' });

  // — Journal entries —
  await journal.open();
  await expectAccessible(page, 'empty journal');
  await journal.newEntry();
  await journal.setDate('2026-03-03');
  await journal.setTitle('After the roadmap review');
  await journal.setLeader('Dana Reyes');
  await journal.setMood(4);
  await journal.addTags('win', 'roadmap');
  await journal.body.click();
  const k = page.keyboard;
  await k.type('## What happened');
  await k.press('Enter');
  await k.type(
    'Dana was **decisive** about the *platform*, ~~maybe~~ then ==quarterly targets== and `p95` ',
  );
  await k.press('Control+U');
  await k.type('underlined');
  await k.press('Control+U');
  await k.type(' see example.com for notes. Talked with @Dan');
  await expect(
    page.getByRole('listbox', { name: 'Mention' }).getByRole('option', { name: /Dana Reyes/ }),
  ).toBeVisible();
  await k.press('Enter');
  await k.press('Enter');
  await k.type('- first bullet');
  await k.press('Enter');
  await k.type('second bullet');
  await k.press('Enter');
  await k.press('Enter');
  await k.type('1. numbered one');
  await k.press('Enter');
  await k.press('Enter');
  await k.type('[ ] send the recap');
  await k.press('Enter');
  await k.press('Enter');
  await k.type('> Words matched actions this week.');
  await journal.saved();
  const editor = journal.body;
  for (const sel of [
    'h2',
    'strong',
    'em',
    's',
    'u',
    'mark',
    'code',
    'a[href="https://example.com"]',
    'ul li',
    'ol li',
    'ul[data-type="taskList"] li',
    'blockquote',
    '.mention[data-kind="leader"]',
  ]) {
    await expect(editor.locator(sel).first(), sel).toBeVisible();
  }
  await expectAccessible(page, 'journal entry');
  await shot(page, 'journal-entry-light');

  await journal.newEntry();
  await journal.setDate('2025-11-20');
  await journal.setTitle('Budget conversation');
  await journal.addTags('ask');
  await journal.body.click();
  await k.type('Asked for headcount; she wants a written proposal first.');
  await journal.saved();

  // A hostile paste is cleaned and nothing in it runs.
  await journal.newEntry();
  await journal.setTitle('Pasted notes');
  await journal.body.click();
  // The page runs this (it has the DOM); written as a string because the specs compile without DOM types.
  await page.evaluate(`(() => {
    const html = '<p>safe words<img src="x" onerror="window.__pwned=1"><script>window.__pwned=2</script>' +
      '<a href="javascript:window.__pwned=3">bad link</a><iframe src="https://evil.example"></iframe></p>';
    const data = new DataTransfer();
    data.setData('text/html', html);
    data.setData('text/plain', 'safe words bad link');
    const target = document.activeElement || document.body;
    target.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  })()`);
  await expect(journal.body).toContainText('safe words');
  await journal.saved();
  // Nothing must run: give a handler that slipped through the moment it would need to fire.
  await page.waitForTimeout(300);
  const pasted = (await page.evaluate(`(async () => {
    const id = (window.location.hash.split('/').pop() || '').split('?')[0];
    const r = await window.api.journal.get({ id });
    return { pwned: window.__pwned ?? null, body: r.ok ? JSON.stringify(r.value.body) : 'error' };
  })()`)) as { pwned: number | null; body: string };
  expect(pasted.pwned).toBeNull();
  expect(pasted.body).toContain('safe words');
  expect(pasted.body).not.toMatch(/javascript|onerror|script|iframe|"image"/);
  await expect(journal.body.locator('img:not(.ProseMirror-separator), script, iframe')).toHaveCount(
    0,
  );

  // — Restart: lock, quit, start again, unlock —
  await app.restart();
  await unlock(page);

  // Found by search (prefix and a typo), with the match highlighted.
  await journal.open();
  let results = await journal.search('quartrly');
  await expect(results.getByRole('link', { name: /After the roadmap review/ })).toBeVisible();
  await expect(results.locator('mark').first()).toHaveText('quarterly');
  results = await journal.search('headc');
  await expect(results.getByRole('link')).toHaveCount(1);
  await expect(results.locator('mark')).toHaveText('headcount');
  await expectAccessible(page, 'journal search');
  await shot(page, 'journal-search-light');
  await results.getByRole('link').click();
  await expect(page.getByRole('textbox', { name: 'Title' })).toHaveValue('Budget conversation');
  await journal.clearSearch();

  // Found by tag, by leader and by date.
  const filters = await journal.showFilters();
  await chooseOption(filters.getByLabel('Tag'), /^#win /);
  await expect(journal.entries.getByRole('listitem')).toHaveCount(1);
  await expect(journal.entries).toContainText('After the roadmap review');
  await chooseOption(filters.getByLabel('Tag'), 'Any tag');
  await chooseOption(filters.getByLabel('Leader'), 'Dana Reyes');
  await expect(journal.entries.getByRole('listitem')).toHaveCount(1);
  await chooseOption(filters.getByLabel('Leader'), 'Anyone');
  await setDate(filters, 'From', '2025-11-01');
  await setDate(filters, 'To', '2025-11-30');
  await expect(journal.entries.getByRole('listitem')).toHaveCount(1);
  await expect(journal.entries).toContainText('Budget conversation');
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(journal.entries.getByRole('listitem')).toHaveCount(3);

  // The formatted entry came back whole.
  await journal.entries.getByRole('link', { name: /After the roadmap review/ }).click();
  await expect(journal.body.locator('.mention')).toHaveText('@Dana Reyes');
  await expect(journal.body.locator('ul[data-type="taskList"]')).toContainText('send the recap');
  await expect(page.getByRole('list', { name: 'Tags' })).toContainText('#roadmap');

  // — Exports —
  const journalDoc = join(app.exportsDir, 'journal-range.docx');
  await app.answerSave(journalDoc);
  await page.getByRole('button', { name: 'Export journal (.docx)' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export journal' });
  await setDate(dialog, 'From', '2026-03-01');
  await setDate(dialog, 'To', '2026-03-31');
  await dialog.getByRole('button', { name: 'Export .docx' }).click();
  await expect(page.getByText(/1 entry saved to/)).toBeVisible();
  const jxml = await documentXml(journalDoc);
  const jtext = words(jxml);
  // Dated the way the computer writes dates (the date-format setting is left at its default).
  expect(jtext).toMatch(/Tuesday, (Mar 3|3 Mar) — After the roadmap review/);
  expect(jtext).toContain('@Dana Reyes');
  expect(jtext).toContain('quarterly targets');
  expect(jtext).not.toContain('Budget conversation');
  expect(jxml).toContain('w:val="Heading1"');
  expect(jxml).toMatch(/<w:highlight w:val="yellow"\/>/);

  // Dark theme screenshots of the same screen (the theme follows the system by default).
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expectAccessible(page, 'journal entry (dark)');
  await shot(page, 'journal-entry-dark');
});

test('the journal is reachable from the command palette: new entry, search, export', async ({
  app,
}) => {
  const { page } = app;
  const palette = async (command: string): Promise<void> => {
    const input = page.getByRole('combobox', { name: 'Command' });
    // The shortcut may land while the screen is still settling: press again until the palette is open.
    await expect(async () => {
      if (!(await input.isVisible())) await page.keyboard.press('Control+K');
      await expect(input).toBeVisible({ timeout: 1000 });
    }).toPass({ timeout: 10_000 });
    await input.fill(command);
    await page.keyboard.press('Enter');
  };
  // A new entry opens in the editor with the caret in its body: every key typed lands there.
  const body = page.getByRole('textbox', { name: 'Entry text' });
  const entries = page.getByRole('list', { name: /^Entries/ });
  await palette('New journal entry');
  await expect(body).toBeFocused();
  await page.keyboard.type(' A quiet week, and a good one.');
  await expect(body).toContainText('A quiet week, and a good one.');
  await expect(entries.getByRole('listitem')).toHaveCount(1);
  await expectAccessible(page, 'new entry');
  await shot(page, 'journal-new-entry-light');

  // Another new entry, left empty when the user moves on, is not kept.
  await palette('New journal entry');
  await expect(body).toBeFocused();
  await expect(body).toHaveText('');
  await palette('Go to Journal');
  await expect(page.getByRole('button', { name: 'New blank entry' })).toBeVisible();
  await expect(entries.getByRole('listitem')).toHaveCount(1);
  await expect
    .poll(
      async () => (await call<{ entries: unknown[] }>(page, 'journal', 'list', {})).entries.length,
    )
    .toBe(1);

  await page
    .getByRole('button', { name: 'Start from a prompt' })
    .or(page.getByRole('button', { name: /Right after the 1:1/ }))
    .first()
    .click();
  await expect(page.getByRole('textbox', { name: 'Title' })).toHaveValue('Right after the 1:1');
  await expect(body.locator('h3').first()).toContainText('What did we decide');
  await palette('Delete this journal entry');
  await page
    .getByRole('dialog', { name: 'Delete this entry?' })
    .getByRole('button', { name: 'Delete entry' })
    .click();
  await expect(entries.getByRole('listitem')).toHaveCount(1);
  await palette('Search the journal');
  await expect(page.getByRole('searchbox', { name: 'Search the journal' })).toBeFocused();
  await palette('Export journal entries');
  await expect(page.getByRole('dialog', { name: 'Export journal' })).toBeVisible();
  await page.keyboard.press('Escape');
  await palette('New leader');
  const dialog = page.getByRole('dialog', { name: 'New leader' });
  await dialog.getByLabel('Name').fill('Priya Shah');
  await dialog.getByRole('button', { name: 'Create leader' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Priya Shah' })).toBeVisible();
  await palette('Archive or unarchive this leader');
  await expect(page.getByRole('button', { name: 'Unarchive' })).toBeVisible();
  await palette('Archive or unarchive this leader');
  await expect(page.getByRole('button', { name: 'Archive', exact: true })).toBeVisible();
  await palette('Export this leader’s profile (.docx)');
  await expect(page.getByRole('dialog', { name: 'Export Priya Shah’s profile' })).toBeVisible();
});
