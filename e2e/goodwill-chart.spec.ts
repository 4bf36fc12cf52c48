import { expectAccessible, shot, switchTheme } from './fixtures/audit';
import { expect, test } from './fixtures/app';
import { call, isoDay, seedLeader } from './fixtures/seed';
import { GoodwillPage } from './pages/goodwill';

// Each scenario starts in a copy of the worker's fixture vault, unlocked (first run has its own).
test.use({ vault: 'unlocked' });

async function deposit(
  page: Parameters<typeof call>[0],
  leaderId: string,
  date: string,
  points: number,
): Promise<void> {
  await call(page, 'goodwill', 'add', {
    leaderId,
    date,
    kind: 'deposit',
    points,
    categoryId: 'dep-early',
    note: '',
    meetingId: null,
    journalEntryId: null,
  });
}

test('the goodwill chart spans twelve months with a dot per day of lines, and reads with one line or none', async ({
  app,
}) => {
  const { page } = app;
  const dana = await seedLeader(page, { name: 'Dana Reyes' });
  const sam = await seedLeader(page, { name: 'Sam Ortiz' });
  const lee = await seedLeader(page, { name: 'Lee Park' });
  await deposit(page, dana, isoDay(-2), 2);
  await deposit(page, dana, isoDay(-1), 1);
  await deposit(page, dana, isoDay(0), 3);
  await deposit(page, sam, isoDay(0), 2);
  const goodwill = new GoodwillPage(page);

  // Three lines from this week: the axis still runs over the year, one dot per day.
  await page.evaluate((id) => (window.location.hash = `#/goodwill/${id}`), dana);
  const chart = goodwill.balanceCard().getByRole('img', { name: /Goodwill balance with Dana/ });
  await expect(chart).toBeVisible();
  await expect(chart).toHaveAccessibleName(/last 12 months.*\+6 today, with lines on 3 days/);
  await expect(chart.locator('.goodwill-dot')).toHaveCount(3);
  // Month ticks across the year (labels that would collide are left out).
  const labels = chart.locator('.recharts-xAxis-tick-labels .recharts-cartesian-axis-tick-value');
  await expect
    .poll(async () => (await labels.allTextContents()).filter(Boolean).length)
    .toBeGreaterThanOrEqual(6);
  expect(new Set(await labels.allTextContents()).size).toBeGreaterThanOrEqual(6);
  // The dots sit at the right end of a year-long axis, not spread over one week.
  const box = await chart.boundingBox();
  const dotXs = await chart
    .locator('.goodwill-dot')
    .evaluateAll((dots) => dots.map((d) => Number(d.getAttribute('cx'))));
  for (const x of dotXs) expect(x).toBeGreaterThan((box?.width ?? 0) * 0.8);
  await expectAccessible(page, 'goodwill chart');
  await shot(page, 'goodwill-chart-light');
  await switchTheme(page, 'dark');
  await shot(page, 'goodwill-chart-dark');
  await switchTheme(page, 'light');

  // One line: one dot, the same year-long axis.
  await page.evaluate((id) => (window.location.hash = `#/goodwill/${id}`), sam);
  const one = goodwill.balanceCard().getByRole('img', { name: /Goodwill balance with Sam/ });
  await expect(one.locator('.goodwill-dot')).toHaveCount(1);
  await expect
    .poll(() => one.locator('.recharts-xAxis .recharts-cartesian-axis-tick').count())
    .toBeGreaterThanOrEqual(6);
  await expect(one).toHaveAccessibleName(/with lines on 1 day\./);

  // None: a sentence, no empty chart.
  await page.evaluate((id) => (window.location.hash = `#/goodwill/${id}`), lee);
  await expect(goodwill.balanceCard()).toContainText('No goodwill recorded with Lee Park yet.');
  await expect(goodwill.balanceCard().getByRole('img')).toHaveCount(0);

  // The dashboard's small chart: a step line across the year, a dot on the month that moved.
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Dashboard', exact: true })
    .click();
  const spark = page.getByRole('img', { name: /Goodwill with Sam Ortiz over the last 12 months/ });
  await expect(spark).toHaveAccessibleName(/lines in 1 month$/);
  await expect(spark.locator('.dash-sparkline-dot')).toHaveCount(1);
  const path = await spark.locator('.dash-sparkline-line').getAttribute('d');
  expect(path).toMatch(/^M[\d.]+,[\d.]+ H/);
  await shot(page, 'dashboard-goodwill-light');
  await switchTheme(page, 'dark');
  await shot(page, 'dashboard-goodwill-dark');
});
