import { expectAccessible, shot, switchTheme } from './fixtures/audit';
import { expect, test } from './fixtures/app';
import { call, seedLeader } from './fixtures/seed';
import { DashboardPage } from './pages/dashboard';
import { LeadersPage } from './pages/leaders';

// Each scenario starts in a copy of the worker's fixture vault, unlocked, unless it is about first run.
test.use({ vault: 'unlocked' });

test.describe('first run', () => {
  test.use({ vault: 'first-run' });

  test('first run asks for the name and role, Settings changes them, and a crowded status update warns before saving', async ({
    app,
  }) => {
    const { page } = app;
    // — First run: the name step, then the app —
    await page.getByLabel('Passphrase', { exact: true }).fill('correct horse battery staple');
    await page.getByLabel('Confirm passphrase').fill('correct horse battery staple');
    await page.getByRole('button', { name: 'Create vault' }).click();
    await page.getByLabel('I have stored my recovery code safely').check();
    await page.getByRole('button', { name: 'Open Upward' }).click();
    await expect(page.getByRole('heading', { name: 'What should Upward call you?' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Continue' })).toBeDisabled();
    await page.getByLabel('Your name').fill('Alex Kim');
    await page.getByLabel('Your role (optional)').fill('Engineering Manager');
    await expectAccessible(page, 'name step');
    await shot(page, 'name-step-light');
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(page.locator('main#main')).toBeVisible();
    expect(await call(page, 'settings', 'get')).toMatchObject({
      userName: 'Alex Kim',
      userRole: 'Engineering Manager',
      nameAsked: true,
    });

    // — Settings: the same two fields, editable —
    await page.keyboard.press('Control+,');
    const name = page.getByLabel('Your name');
    await expect(name).toHaveValue('Alex Kim');
    await name.fill('Alexandra Kim');
    await page.getByLabel('Your role (optional)').click();
    await expect
      .poll(async () => (await call<{ userName: string }>(page, 'settings', 'get')).userName)
      .toBe('Alexandra Kim');

    // — A status update with six long project updates cannot keep to one page: the dialog says so —
    const dana = await seedLeader(page, { name: 'Dana Reyes', role: 'VP Engineering' });
    const long = Array.from({ length: 60 }, (_, i) => `word${i}`)
      .join(' ')
      .slice(0, 480);
    for (const project of ['Billing', 'Mobile', 'Data', 'Hiring', 'Support', 'Security'])
      await call(page, 'dashboard', 'createProject', {
        name: project,
        leaderId: dana,
        status: 'on-track',
        update: long,
      });
    await new DashboardPage(page).open();
    await page.getByRole('button', { name: 'Export status update' }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog.getByText('will not fit on one page', { exact: false })).toBeVisible();
    await expectAccessible(page, 'status update dialog with the page warning');
    await shot(page, 'status-update-warning-light');
    await switchTheme(page, 'dark');
    await shot(page, 'status-update-warning-dark');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
  });
});

test('the export dialogs list their parts, private ones unticked; the notice after saving can be dismissed', async ({
  app,
}) => {
  const { page } = app;
  const dana = await seedLeader(page, { name: 'Dana Reyes', role: 'VP Engineering' });
  await new LeadersPage(page).open();
  await page.getByRole('link', { name: /Dana Reyes/ }).click();
  await page.getByRole('button', { name: 'Export' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByLabel(/^Facts and communication/)).toBeChecked();
  await expect(dialog.getByLabel(/^Notes on list items/)).not.toBeChecked();
  await expect(dialog.getByLabel(/^Notes/).last()).not.toBeChecked();
  await expect(dialog.getByLabel(/^Weaknesses and how I support them/)).not.toBeChecked();
  await expectAccessible(page, 'profile export dialog');
  await shot(page, 'profile-export-light');
  await switchTheme(page, 'dark');
  await shot(page, 'profile-export-dark');
  await dialog.getByRole('button', { name: 'Export .docx' }).click();
  const notice = page.getByRole('status').filter({ hasText: 'Saved to' });
  await expect(notice.getByRole('button', { name: 'Show in folder' })).toBeVisible();
  await shot(page, 'saved-notice-dark');
  await switchTheme(page, 'light');
  await shot(page, 'saved-notice-light');
  await expectAccessible(page, 'saved notice');
  await notice.getByRole('button', { name: 'Dismiss notice' }).click();
  await expect(notice.getByRole('button', { name: 'Show in folder' })).toBeHidden();
  expect(dana).toBeTruthy();
});
