import type { Page } from '@playwright/test';
import { expectAccessible, shot } from './fixtures/audit';
import { expect, test, type AppHandle } from './fixtures/app';
import { unlock } from './fixtures/vault';

// Each scenario starts in a copy of the worker's fixture vault, unlocked (first run has its own).
test.use({ vault: 'unlocked' });

const MINUTE = 60_000;

/** Calls `window.api` in the page, the way the UI does (works in both modes). */
async function call<T>(page: Page, area: string, action: string, input?: unknown): Promise<T> {
  const result = await page.evaluate(
    async ([a, b, i]) => {
      const api = (
        window as unknown as {
          api: Record<string, Record<string, (x?: unknown) => Promise<unknown>>>;
        }
      ).api;
      return api[a][b](i);
    },
    [area, action, input] as const,
  );
  const r = result as { ok: boolean; value?: T; error?: { message: string } };
  if (!r.ok) throw new Error(`${area}:${action}: ${r.error?.message ?? 'failed'}`);
  return r.value as T;
}

/**
 * A leader, Dana Reyes, with a weekly 1:1 (reminders 15 and 5 minutes before) that starts on the
 * first whole hour at least 30 minutes from `now`; its agenda has two items and she has one open action.
 */
async function weeklyOneOnOne(
  page: Page,
  now: number,
): Promise<{ start: number; seriesId: string; key: string }> {
  const start = Math.ceil((now + 30 * MINUTE) / (60 * MINUTE)) * 60 * MINUTE;
  const iso = new Date(start).toISOString();
  const leader = await call<{ id: string }>(page, 'leaders', 'create', {
    name: 'Dana Reyes',
    role: 'Head of Product',
  });
  const view = await call<{ series: { id: string } }>(page, 'meetings', 'createSeries', {
    leaderId: leader.id,
    cadence: 'weekly',
    weekday: (new Date(start).getUTCDay() + 6) % 7,
    startDate: iso.slice(0, 10),
    time: iso.slice(11, 16),
    durationMinutes: 30,
    timeZone: 'UTC',
    reminderLeadMinutes: [15, 5],
  });
  const meeting = await call<{ meeting: { id: string; sections: { id: string }[] } }>(
    page,
    'meetings',
    'open',
    { seriesId: view.series.id, key: iso },
  );
  for (const text of ['Hiring plan for Q3', 'Feedback on the launch review']) {
    await call(page, 'meetings', 'agendaAdd', {
      meetingId: meeting.meeting.id,
      sectionId: meeting.meeting.sections[1].id,
      text,
    });
  }
  await call(page, 'actions', 'create', { text: 'Send the roadmap draft', leaderId: leader.id });
  return { start, seriesId: view.series.id, key: iso };
}

/** The notifications the core handed to the system so far: title and body. */
function shown(app: AppHandle): string[][] {
  return (app.bridge?.shell.notifications ?? []).map((n) => [n.title, n.body]);
}

/** Why the fake-clock tests skip in Electron mode. */
const NEEDS_FAKE_CLOCK = 'needs the Chromium bridge, whose core runs on a clock the test drives';

test.describe('reminders on a fake clock', () => {
  test.use({ fakeTime: true });

  test('fire exactly at their lead times, say nothing private while locked, and open their agenda after unlocking', async ({
    app,
  }) => {
    test.skip(!app.bridge?.time, NEEDS_FAKE_CLOCK);
    const time = app.bridge!.time!;
    const { page } = app;
    await call(page, 'settings', 'update', { autoLockMinutes: 240 });
    const { start, seriesId, key } = await weeklyOneOnOne(page, time.now());

    const sidebarNext = page.getByRole('link', { name: /^Next 1:1 with Dana Reyes/ });
    await expect(sidebarNext).toBeVisible();

    await time.tick(start - 15 * MINUTE - time.now() - MINUTE);
    expect(shown(app)).toEqual([]);
    await time.tick(MINUTE);
    await expect
      .poll(() => shown(app))
      .toEqual([['1:1 with Dana Reyes in 15 min', '2 agenda items, 1 open action']]);

    await page.keyboard.press('Control+L');
    await expect(page.getByRole('heading', { name: 'Unlock your vault' })).toBeVisible();
    await time.tick(10 * MINUTE - 1);
    expect(shown(app)).toHaveLength(1);
    await time.tick(1);
    await expect
      .poll(() => shown(app))
      .toEqual([
        ['1:1 with Dana Reyes in 15 min', '2 agenda items, 1 open action'],
        ['1:1 in 5 min', 'Unlock Upward to see the agenda.'],
      ]);
    expect(app.bridge!.shell.notifications[1].route).toBe(
      `/meetings?series=${seriesId}&key=${encodeURIComponent(key)}`,
    );

    // The user clicks the notification: the shell shows the window and sends its route.
    await app.bridge!.emit('navigate', { route: app.bridge!.shell.notifications[1].route });
    await unlock(page);
    await expect(page.getByRole('heading', { level: 1, name: /Dana Reyes/ })).toBeVisible();
    await expect(
      page.getByRole('checkbox', { name: 'Discussed: Hiring plan for Q3' }),
    ).toBeVisible();
    await expect(
      page.getByRole('checkbox', { name: 'Discussed: Feedback on the launch review' }),
    ).toBeVisible();

    await time.tick(2 * 60 * MINUTE);
    expect(shown(app)).toHaveLength(2);
  });

  test('never show a reminder twice, even after a restart', async ({ app }) => {
    test.skip(!app.bridge?.time, NEEDS_FAKE_CLOCK);
    const time = app.bridge!.time!;
    const { page } = app;
    await call(page, 'settings', 'update', { autoLockMinutes: 240 });
    const { start } = await weeklyOneOnOne(page, time.now());
    await time.tick(start - 15 * MINUTE - time.now());
    await expect.poll(() => shown(app)).toHaveLength(1);

    await app.restart();
    await expect(page.getByRole('heading', { name: 'Unlock your vault' })).toBeVisible();
    await time.tick(MINUTE);
    await unlock(page);
    await time.tick(MINUTE);
    expect(shown(app)).toEqual([
      ['1:1 with Dana Reyes in 15 min', '2 agenda items, 1 open action'],
    ]);
    await time.tick(8 * MINUTE);
    await expect
      .poll(() => shown(app).map(([title]) => title))
      .toEqual(['1:1 with Dana Reyes in 15 min', '1:1 with Dana Reyes in 5 min']);
  });

  test('the next 1:1 and the coming reminders are shown where they belong, in both themes', async ({
    app,
  }) => {
    test.skip(!app.bridge?.time, NEEDS_FAKE_CLOCK);
    const { page } = app;
    await weeklyOneOnOne(page, app.bridge!.time!.now());
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Settings', exact: true })
      .click();
    const coming = page.getByRole('region', { name: 'Coming reminders' });
    await expect(coming.getByText('1:1 with Dana Reyes in 15 min').first()).toBeVisible();
    await expect(coming.getByText('1:1 with Dana Reyes in 5 min').first()).toBeVisible();
    for (const theme of ['light', 'dark'] as const) {
      await call(page, 'settings', 'update', { theme });
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      await expectAccessible(page, `settings with coming reminders (${theme})`);
      await shot(page, `reminders-settings-${theme}`);
    }
    await page.getByRole('link', { name: /^Next 1:1 with Dana Reyes/ }).click();
    await expect(page.getByRole('heading', { level: 1, name: /Dana Reyes/ })).toBeVisible();
    await expectAccessible(page, 'meeting opened from the next 1:1 line');
    await shot(page, 'reminders-next-opened-dark');
  });
});

test('the tray names the next 1:1', async ({ app }) => {
  test.skip(app.mode !== 'electron', 'needs the real tray');
  const { page } = app;
  await weeklyOneOnOne(page, Date.now());
  const labels = (): Promise<string[]> =>
    app.electronApp!.evaluate(() =>
      (globalThis as unknown as { __upwardTrayLabels: () => string[] }).__upwardTrayLabels(),
    );
  await expect.poll(async () => (await labels())[0]).toMatch(/^Next 1:1: Dana Reyes, /);
  expect(await labels()).toEqual([
    expect.any(String),
    'Open Upward',
    'New journal entry',
    'Lock now',
    'Quit Upward',
  ]);
  await page.keyboard.press('Control+L');
  await expect
    .poll(async () => (await labels())[0])
    .toMatch(/^Next 1:1: (today|tomorrow|\w+day) at /);
});
