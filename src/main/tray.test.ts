import { mkdtemp, readFile, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  FakeMenu,
  FakeNotification,
  FakeTray,
  createFakeApp,
  createFakePowerMonitor,
  fakeNativeImage,
} from './testing/fakeElectron';
import {
  addWeeklyOneOnOne,
  createReminderWorld,
  min,
  type ReminderWorld,
} from './core/services/reminders/testWorld';

vi.mock('electron', () => ({
  Tray: FakeTray,
  Menu: FakeMenu,
  nativeImage: fakeNativeImage,
  Notification: FakeNotification,
}));

const { startTray, trayIconPath } = await import('./tray');
const { createNotifier } = await import('./trayNotifications');
const { watchPower } = await import('./power');
const { applyLaunchAtLogin, autostartEntry, autostartFile } = await import('./loginItem');

const START = '2026-03-09T08:00:00.000Z';
let world: ReminderWorld | null = null;
afterEach(async () => {
  await world?.core.dispose();
  world = null;
});

/** A running core with one weekly 1:1 and the tray started on it, recording what the shell was asked to do. */
async function setup(
  platform = 'linux',
): Promise<{ w: ReminderWorld; tray: FakeTray; did: string[]; sent: unknown[] }> {
  world = await createReminderWorld(START);
  await addWeeklyOneOnOne(world);
  const did: string[] = [];
  const sent: unknown[] = [];
  const w = world;
  const appTray = startTray({
    core: w.core,
    resourcesDir: '/app/resources',
    platform,
    showWindow: () => did.push('show'),
    send: (name, payload) => sent.push({ name, payload }),
    quit: () => did.push('quit'),
  });
  await appTray.refresh();
  return { w, tray: FakeTray.created.at(-1)!, did, sent };
}

const labels = (tray: FakeTray): unknown[] => tray.menu().template.map((i) => i.label ?? '—');

describe('the tray', () => {
  it('names the next 1:1 with its leader while unlocked, and offers Open, New journal entry, Lock now and Quit', async () => {
    const { tray } = await setup();
    expect(labels(tray)).toEqual([
      expect.stringMatching(/^Next 1:1: Dana Reyes, today at \d/),
      '—',
      'Open Upward',
      'New journal entry',
      'Lock now',
      '—',
      'Quit Upward',
    ]);
    expect(tray.menu().template[0]).toMatchObject({ enabled: false });
    expect(tray.tooltip).toMatch(/^Upward — next 1:1: Dana Reyes/);
  });

  it('drops the leader’s name as soon as the vault locks, and shows it again after unlocking', async () => {
    const { w, tray } = await setup();
    await w.lock();
    await vi.waitFor(() => expect(labels(tray)[0]).toMatch(/^Next 1:1: today at \d/));
    expect(JSON.stringify(tray.menus.at(-1)!.template)).not.toContain('Dana');
    await w.unlock();
    await vi.waitFor(() => expect(labels(tray)[0]).toMatch(/^Next 1:1: Dana Reyes/));
  });

  it('moves on to the following 1:1 once this one has begun', async () => {
    const { w, tray } = await setup();
    await w.pass(min(61));
    await vi.waitFor(() =>
      expect(labels(tray)[0]).toMatch(/^Next 1:1: Dana Reyes, \S+, .*16.* at \d/),
    );
  });

  it('locks the vault, opens the window, starts a journal entry and quits from the menu', async () => {
    const { w, tray, did, sent } = await setup();
    tray.menu().click('Open Upward');
    tray.menu().click('New journal entry');
    expect(sent).toEqual([{ name: 'navigate', payload: { route: '/journal/new' } }]);
    tray.menu().click('Lock now');
    await vi.waitFor(async () =>
      expect((await w.call<{ state: string }>('vault:status')).state).toBe('locked'),
    );
    await vi.waitFor(() => expect(() => tray.menu().click('Lock now')).toThrow(/disabled/));
    tray.menu().click('Quit Upward');
    expect(did).toEqual(['show', 'show', 'quit']);
  });

  it('uses a template image on macOS, an .ico on Windows and a PNG on Linux', async () => {
    expect(trayIconPath('/r', 'darwin')).toBe('/r/trayTemplate.png');
    expect(trayIconPath('/r', 'win32')).toBe('/r/tray.ico');
    expect(trayIconPath('/r', 'linux')).toBe('/r/tray.png');
    const { tray, did } = await setup('darwin');
    expect(tray.image).toMatchObject({ path: '/app/resources/trayTemplate.png', template: true });
    tray.emit('click');
    expect(did).toEqual([]);
  });

  it('opens the app with a click on the icon on Windows', async () => {
    const { tray, did } = await setup('win32');
    tray.emit('click');
    expect(did).toEqual(['show']);
  });
});

describe('notifications', () => {
  it('open the route of the reminder when clicked', () => {
    const opened: string[] = [];
    const notifier = createNotifier({ onClick: (route) => opened.push(route) });
    notifier.show({
      id: 'r1',
      title: '1:1 in 15 min',
      body: 'Unlock Upward to see the agenda.',
      route: '/meetings?series=s&key=k',
    });
    const shown = FakeNotification.shown.at(-1)!;
    expect(shown.options).toMatchObject({
      title: '1:1 in 15 min',
      body: 'Unlock Upward to see the agenda.',
    });
    shown.click();
    expect(opened).toEqual(['/meetings?series=s&key=k']);
  });

  it('are skipped quietly where the system cannot show them', () => {
    FakeNotification.supported = false;
    const before = FakeNotification.shown.length;
    createNotifier({ onClick: () => undefined }).show({
      id: 'r',
      title: 't',
      body: 'b',
      route: '/',
    });
    FakeNotification.supported = true;
    expect(FakeNotification.shown.length).toBe(before);
  });
});

describe('power events', () => {
  it('lock the vault on sleep and screen lock, and catch up reminders on waking', () => {
    const monitor = createFakePowerMonitor();
    const did: string[] = [];
    watchPower(monitor as unknown as Parameters<typeof watchPower>[0], {
      suspend: () => did.push('lock:suspend'),
      lockScreen: () => did.push('lock:screen'),
      resume: () => did.push('resume'),
    });
    monitor.fire('suspend');
    monitor.fire('lock-screen');
    monitor.fire('resume');
    expect(did).toEqual(['lock:suspend', 'lock:screen', 'resume']);
  });
});

describe('launch at login', () => {
  it('uses the system login items on macOS and Windows', async () => {
    const app = createFakeApp();
    await applyLaunchAtLogin(true, {
      platform: 'darwin',
      app,
      execPath: '/x',
      configDir: '/nowhere',
    });
    await applyLaunchAtLogin(false, {
      platform: 'win32',
      app,
      execPath: '/x',
      configDir: '/nowhere',
    });
    expect(app.loginItems).toEqual([{ openAtLogin: true }, { openAtLogin: false }]);
  });

  it('writes and removes an autostart entry on Linux', async () => {
    const configDir = await mkdtemp(join(tmpdir(), 'upward-autostart-'));
    const env = {
      platform: 'linux',
      app: createFakeApp({ appPath: '/home/me/My Apps/upward' }),
      execPath: '/usr/lib/electron/electron',
      configDir,
    };
    await applyLaunchAtLogin(true, env);
    const text = await readFile(autostartFile(configDir), 'utf8');
    expect(text).toContain('Exec=/usr/lib/electron/electron "/home/me/My Apps/upward"');
    expect(text).toContain('Name=Upward');
    await applyLaunchAtLogin(false, env);
    await expect(stat(autostartFile(configDir))).rejects.toThrow();
    expect(autostartEntry(['/opt/Upward/upward'])).toContain('Exec=/opt/Upward/upward\n');
  });
});
