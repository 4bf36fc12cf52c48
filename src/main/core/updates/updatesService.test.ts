import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../../../shared/domain/settings';
import type { UpdateStatus } from '../../../shared/ipc/areas/updates';
import { createFakeTime } from '../platform/fakeTime';
import { createScriptedUpdates, type ScriptedFeed } from './scriptedUpdater';
import {
  UPDATE_CHECK_INTERVAL_MS,
  autoCheckDue,
  describeUpdateFailure,
  msUntilAutoCheck,
} from './policy';
import { createUpdatesService } from './updatesService';

const DAY = UPDATE_CHECK_INTERVAL_MS;
const HOUR = 60 * 60 * 1000;
const START = Date.UTC(2026, 11, 1, 9, 0);

async function world(
  opts: { on?: boolean; lastCheckAt?: string; noSource?: boolean; feed?: ScriptedFeed } = {},
) {
  const dataDir = await mkdtemp(join(tmpdir(), 'upward-updates-'));
  if (opts.lastCheckAt)
    await writeFile(
      join(dataDir, 'update-check.json'),
      JSON.stringify({ lastCheckAt: opts.lastCheckAt }),
    );
  const time = createFakeTime(START);
  let settings: Settings = { ...DEFAULT_SETTINGS, checkForUpdates: opts.on ?? false };
  const listeners: ((s: Settings) => void)[] = [];
  const scripted = createScriptedUpdates();
  if (opts.feed) scripted.feed = opts.feed;
  const emitted: UpdateStatus[] = [];
  const service = await createUpdatesService({
    dataDir,
    clock: time.clock,
    timers: time.timers,
    appVersion: '1.0.0',
    settings: { get: () => settings, onChange: (fn) => listeners.push(fn) },
    source: opts.noSource ? undefined : scripted.source,
    emit: (s) => emitted.push(s),
  });
  const setOn = (on: boolean): void => {
    settings = { ...settings, checkForUpdates: on };
    listeners.forEach((fn) => fn(settings));
  };
  return { dataDir, time, scripted, service, emitted, setOn };
}

describe('the update policy', () => {
  it('lets an automatic check run once a day at most', () => {
    expect(autoCheckDue(null, START)).toBe(true);
    expect(autoCheckDue(START, START + DAY - 1)).toBe(false);
    expect(autoCheckDue(START, START + DAY)).toBe(true);
    expect(msUntilAutoCheck(START, START + 3 * HOUR)).toBe(DAY - 3 * HOUR);
    expect(msUntilAutoCheck(null, START)).toBe(0);
  });

  it('says what went wrong in words, never the updater’s own message', () => {
    expect(describeUpdateFailure('check', new Error('net::ERR_INTERNET_DISCONNECTED'))).toMatch(
      /seems to be offline/,
    );
    expect(describeUpdateFailure('download', new Error('sha512 checksum mismatch'))).toMatch(
      /did not pass its signature or checksum check.*Nothing was installed/,
    );
    expect(describeUpdateFailure('check', new Error('HttpError: 404 <html>…'))).not.toContain(
      '404',
    );
  });
});

describe('update checks with the setting off', () => {
  it('never build the updater, arm no timer and ask nothing — not at start, not days later', async () => {
    const w = await world();
    expect(w.time.pending()).toBe(0);
    await w.time.tick(10 * DAY);
    expect(w.scripted.created).toBe(0);
    expect(w.scripted.checks).toBe(0);
    expect(w.service.status()).toMatchObject({ enabled: false, state: { phase: 'idle' } });
    await expect(w.service.checkNow()).rejects.toThrow(/Turn on “Check for updates”/);
    await expect(w.service.download()).rejects.toThrow(/no update to download/);
    expect(w.scripted.created).toBe(0);
  });

  it('stop: turning the setting off disarms the daily timer', async () => {
    const w = await world({ on: true });
    await w.time.tick(0);
    expect(w.scripted.checks).toBe(1);
    expect(w.time.pending()).toBe(1);
    w.setOn(false);
    expect(w.time.pending()).toBe(0);
    await w.time.tick(5 * DAY);
    expect(w.scripted.checks).toBe(1);
  });

  it('in a copy that cannot update itself (from source), nothing is ever checked, even with the setting on', async () => {
    const w = await world({ on: true, noSource: true });
    await w.time.tick(2 * DAY);
    expect(w.time.pending()).toBe(0);
    expect(w.service.status().unavailable).toMatch(/installed copy/);
    await expect(w.service.checkNow()).rejects.toThrow(/installed copy/);
  });
});

describe('update checks with the setting on', () => {
  it('check at start when a day has passed, then once a day, and remember the last check on disk', async () => {
    const w = await world({ on: true });
    await w.time.tick(0);
    expect(w.scripted.checks).toBe(1);
    expect(w.service.status()).toMatchObject({ state: { phase: 'up-to-date' } });
    await w.time.tick(DAY - 1);
    expect(w.scripted.checks).toBe(1);
    await w.time.tick(1);
    expect(w.scripted.checks).toBe(2);
    await w.time.tick(3 * DAY + 5);
    expect(w.scripted.checks).toBe(5);
    await w.service.dispose();
    const saved = JSON.parse(await readFile(join(w.dataDir, 'update-check.json'), 'utf8')) as {
      lastCheckAt: string;
    };
    expect(Date.parse(saved.lastCheckAt)).toBe(START + 4 * DAY);
  });

  it('wait for the rest of the day when the last check (from an earlier run) was recent', async () => {
    const w = await world({ on: true, lastCheckAt: new Date(START - 2 * HOUR).toISOString() });
    await w.time.tick(DAY - 2 * HOUR - 1);
    expect(w.scripted.checks).toBe(0);
    await w.time.tick(1);
    expect(w.scripted.checks).toBe(1);
  });

  it('turning the setting on checks once if due; a second toggle the same day does not check again', async () => {
    const w = await world();
    w.setOn(true);
    await w.time.tick(0);
    expect(w.scripted.checks).toBe(1);
    w.setOn(false);
    w.setOn(true);
    await w.time.tick(HOUR);
    expect(w.scripted.checks).toBe(1);
  });

  it('download nothing until the user says yes, and install only on restart', async () => {
    const w = await world({ on: true, feed: { newest: '1.1.0' } });
    await w.time.tick(0);
    expect(w.service.status().state).toEqual({ phase: 'available', version: '1.1.0' });
    // An available update waits for the user: no download, no new check.
    await w.time.tick(3 * DAY);
    expect(w.scripted.downloads).toBe(0);
    expect(w.scripted.checks).toBe(1);
    expect(() => w.service.restartToUpdate()).toThrow(/No update is ready/);
    const after = await w.service.download();
    expect(after.state).toEqual({ phase: 'ready', version: '1.1.0' });
    expect(w.scripted.downloads).toBe(1);
    expect(w.emitted.map((s) => s.state.phase)).toContain('downloading');
    expect(w.scripted.installs).toBe(0);
    w.service.restartToUpdate();
    expect(w.scripted.installs).toBe(1);
  });

  it('a failed check says so in words and tries again a day later', async () => {
    const w = await world({ on: true, feed: { fails: 'net::ERR_NAME_NOT_RESOLVED' } });
    await w.time.tick(0);
    expect(w.service.status().state).toEqual({
      phase: 'error',
      message:
        'Upward could not check for updates: this computer seems to be offline. Try again later.',
    });
    w.scripted.feed = { newest: null };
    await w.time.tick(DAY);
    expect(w.service.status().state).toEqual({ phase: 'up-to-date' });
  });

  it('check now asks at once, whatever the time of the last check', async () => {
    const w = await world({ on: true });
    await w.time.tick(0);
    w.scripted.feed = { newest: '2.0.0' };
    const s = await w.service.checkNow();
    expect(s.state).toEqual({ phase: 'available', version: '2.0.0' });
    expect(w.scripted.checks).toBe(2);
  });
});
