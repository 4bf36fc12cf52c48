/**
 * The packaged app, proven to boot: electron-builder packages the built app (`npm run build`)
 * against a stand-in Electron, and the packaged main bundle is booted under Node with a fake
 * `electron`. Runs in `npm test` after the build (`npm run test:package`).
 */
import { existsSync } from 'node:fs';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { listPackage } from '@electron/asar';
import { getCurrentFuseWire } from '@electron/fuses';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listChannels } from '../../src/shared/ipc/contract';
import { shellResourceFiles } from '../../src/main/launchConfig';
import { spellcheckOn } from '../../src/main/spellcheck';
import { NO_FEED, PLACEHOLDER_OWNER, feedHosts, readFeedConfig } from '../../src/main/updater';
import { bootLayout, layOutForNode, packageLinuxDir, projectDir, sizeOf } from './packageApp';

const MB = 1024 * 1024;
let work = '';
let packaged = '';
let resources = '';
let boot: Awaited<ReturnType<typeof bootLayout>>;

beforeAll(async () => {
  if (!existsSync(join(projectDir, 'out', 'main', 'index.js')))
    throw new Error('Build the app first: npm run build');
  work = await mkdtemp(join(tmpdir(), 'upward-package-'));
  packaged = await packageLinuxDir(work);
  resources = await layOutForNode(packaged, join(work, 'boot'));
  boot = await bootLayout({
    resourcesDir: resources,
    workDir: join(work, 'run'),
    openFile: join(work, 'from another computer.upward'),
  });
}, 180_000);

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

describe('the packaged app', () => {
  it('ships only what runs, within 15 MB', async () => {
    const asar = join(packaged, 'resources', 'app.asar');
    const files = listPackage(asar, { isPack: false }).map((f) => f.split(sep).join('/'));
    const pkg = JSON.parse(await readFile(join(projectDir, 'package.json'), 'utf8')) as {
      dependencies?: Record<string, string>;
    };
    const runtime = Object.keys(pkg.dependencies ?? {});
    const shippedModules = new Set(
      files
        .map((f) => /^\/node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(f)?.[1])
        .filter((m): m is string => !!m),
    );
    // Only runtime dependencies (and what they need) are packaged; renderer libraries never are.
    for (const m of [
      'react',
      'lucide-react',
      '@tiptap/core',
      'recharts',
      'parse5',
      'docx',
      'fflate',
    ])
      expect(shippedModules.has(m) && !runtime.includes(m), `${m} is packaged`).toBe(false);
    // electron-updater is bundled into the main process's code, not shipped as node_modules.
    expect(shippedModules.has('electron-updater')).toBe(false);
    expect(files.filter((f) => f.endsWith('.map'))).toEqual([]);
    expect(files.filter((f) => f.startsWith('/src/') || f.startsWith('/e2e/'))).toEqual([]);
    expect(files).toContain('/out/main/index.js');
    expect(files).toContain('/out/preload/index.cjs');
    expect(files).toContain('/out/renderer/index.html');

    const own =
      (await sizeOf(asar)) +
      (await sizeOf(join(packaged, 'resources', 'app.asar.unpacked'))) +
      (await sizeOf(join(packaged, 'resources', 'assets')));
    console.log(`Packaged app's own files: ${(own / MB).toFixed(2)} MB`);
    expect(own).toBeLessThanOrEqual(15 * MB);
  });

  it('has its fuses set: no run-as-node, no NODE_OPTIONS or --inspect, only its checked asar', async () => {
    const wire = await getCurrentFuseWire(join(packaged, 'upward'));
    const state = (i: number): string =>
      String.fromCharCode(wire[i as keyof typeof wire] as number);
    // 0 RunAsNode, 1 cookie encryption, 2 NODE_OPTIONS, 3 --inspect, 4 asar integrity, 5 only asar.
    expect([0, 1, 2, 3, 4, 5].map(state).join('')).toBe('010011');
  });

  it('has every image the shell reads by path beside the asar, on every platform', () => {
    for (const platform of ['linux', 'win32', 'darwin'])
      for (const file of shellResourceFiles(platform))
        expect(existsSync(join(packaged, 'resources', 'assets', file)), file).toBe(true);
  });

  it('boots with no missing module, hardened, every IPC channel bound, the tray up, and quits cleanly', () => {
    expect(boot.error, boot.output).toBeNull();
    expect(boot.windows).toHaveLength(1);
    const [win] = boot.windows;
    expect(win.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      devTools: false,
      spellcheck: spellcheckOn(process.platform),
      preload: join(resources, 'app.asar', 'out', 'preload', 'index.cjs'),
    });
    // The test hooks in the environment were ignored: the built page, not a dev server, told
    // about its first screen (no vault yet: only the theme; the app draws first run).
    expect(win.loaded).toBe(
      `${new URL(`file://${join(resources, 'app.asar', 'out', 'renderer', 'index.html')}`).href}?theme=system`,
    );
    // The session was locked down before the page started loading.
    const load = boot.steps.indexOf('window:loadURL');
    for (const step of [
      'session:setPermissionRequestHandler',
      'session:onBeforeRequest',
      'session:setSpellCheckerEnabled',
      'session:setSpellCheckerDictionaryDownloadURL',
    ]) {
      expect(boot.steps.indexOf(step), step).toBeGreaterThanOrEqual(0);
      expect(boot.steps.indexOf(step), step).toBeLessThan(load);
    }
    expect(boot.webRequestAllowed).toBe(false);
    expect(boot.ipcChannels).toEqual(
      listChannels()
        .map((c) => c.name)
        .sort(),
    );
    expect(boot.statusAnswer).toMatchObject({ ok: true });
    // Started for a double-clicked encrypted copy: the window is offered its import.
    expect(boot.openedAnswer).toEqual({
      ok: true,
      value: { name: 'from another computer.upward' },
    });
    expect(boot.trays).toHaveLength(1);
    // The first image the shell names for this platform is the tray's (the others are its @2x).
    const trayImage = shellResourceFiles(process.platform).find((f) => f.startsWith('tray'));
    expect(boot.trays[0].image).toBe(join(resources, 'assets', trayImage ?? ''));
    expect(boot.trays[0].menuLabels.length).toBeGreaterThan(0);
    expect(boot.menuRoles).not.toContain('toggleDevTools');
    expect(boot.menuRoles).not.toContain('viewMenu');
    expect(boot.quitClean).toBe(true);
    expect(boot.exitCode, boot.output).toBe(0);
  });

  it('with update checks off (the default), builds no updater and makes no request', () => {
    expect(boot.partitions).toEqual([]);
    expect(boot.netRequests).toEqual([]);
    expect(boot.updateStatus).toMatchObject({
      ok: true,
      value: { enabled: false, state: { phase: 'idle' } },
    });
    expect(boot.pageSessionAllowsFeed).toBe(false);
  });

  it('names its release feed in app-update.yml, from electron-builder.yml’s publish', async () => {
    const yml = join(packaged, 'resources', 'app-update.yml');
    expect(await readFile(yml, 'utf8')).toMatch(/provider: github/);
    // Until the host sets the owner (the CI workflow does), the package cannot check.
    expect(await readFile(yml, 'utf8')).toContain(`owner: ${PLACEHOLDER_OWNER}`);
    expect(readFeedConfig(yml)).toBeNull();
  });

  it('with update checks on, asks only the release feed, in the updater’s own guarded session', async () => {
    const layout = join(work, 'updates-on', 'resources');
    await cp(resources, layout, { recursive: true });
    // As the CI workflow's `-c.publish.owner` builds it.
    const yml = join(layout, 'app-update.yml');
    await writeFile(
      yml,
      (await readFile(yml, 'utf8')).replace(`owner: ${PLACEHOLDER_OWNER}`, 'owner: upward-app'),
    );
    const feed = readFeedConfig(yml);
    expect(feed).toMatchObject({ provider: 'github', owner: 'upward-app', repo: 'upward' });
    const r = await bootLayout({
      resourcesDir: layout,
      workDir: join(work, 'run-updates'),
      updatesOn: true,
    });
    expect(r.error, r.output).toBeNull();
    // The shell guards the partition first; electron-updater then asks for the same one.
    expect(r.partitions.length).toBeGreaterThan(0);
    for (const p of r.partitions)
      expect(p).toEqual({ partition: 'electron-updater', options: { cache: false } });
    expect(r.netRequests.length).toBeGreaterThan(0);
    for (const req of r.netRequests) {
      expect(req.partition).toBe('electron-updater');
      expect(req.allowed, req.url).toBe(true);
      expect(feedHosts(feed!)).toContain(new URL(req.url).hostname);
    }
    expect(r.netRequests[0].url).toMatch(/^https:\/\/github\.com\/upward-app\/upward\/releases/);
    // No network here: the check fails, in words, and nothing was downloaded.
    expect(r.updateStatus).toMatchObject({
      ok: true,
      value: {
        enabled: true,
        state: {
          phase: 'error',
          message:
            'Upward could not check for updates: this computer seems to be offline. Try again later.',
        },
      },
    });
    expect(r.pageSessionAllowsFeed).toBe(false);
    expect(r.quitClean).toBe(true);
    expect(r.exitCode, r.output).toBe(0);
  });

  it('with update checks on but no feed set (the placeholder), never checks', async () => {
    const r = await bootLayout({
      resourcesDir: resources,
      workDir: join(work, 'run-updates-placeholder'),
      updatesOn: true,
    });
    expect(r.error, r.output).toBeNull();
    expect(r.partitions).toEqual([]);
    expect(r.netRequests).toEqual([]);
    expect(r.updateStatus).toMatchObject({
      ok: true,
      value: { enabled: true, unavailable: NO_FEED },
    });
  });

  it('reads only files that are in the package, and keeps its data in the user data folder', () => {
    expect(boot.pathsRead.length).toBeGreaterThan(0);
    for (const path of boot.pathsRead) {
      expect(path.startsWith(resources + sep), `${path} is outside the package`).toBe(true);
      expect(existsSync(path), `${path} is not packaged`).toBe(true);
    }
    expect(existsSync(join(work, 'run', 'hook-data-dir'))).toBe(false);
  });
});

describe('the boot check fails', () => {
  it('when the main bundle needs a module that is not packaged (a runtime library left in devDependencies)', async () => {
    const broken = await layOutForNode(packaged, join(work, 'missing-module'));
    const main = join(broken, 'app.asar', 'out', 'main', 'index.js');
    await writeFile(main, `import 'zod';\n${await readFile(main, 'utf8')}`);
    const r = await bootLayout({ resourcesDir: broken, workDir: join(work, 'run-missing') });
    expect(r.error).toContain('"zod", which is not packaged');
  });

  it('when a file the app reads is not packaged', async () => {
    const broken = join(work, 'missing-file', 'resources');
    await cp(resources, broken, { recursive: true });
    const tray = shellResourceFiles(process.platform).find((f) => f.startsWith('tray')) ?? '';
    await rm(join(broken, 'assets', tray));
    const r = await bootLayout({ resourcesDir: broken, workDir: join(work, 'run-file') });
    const missing = r.pathsRead.filter((p) => !existsSync(p));
    expect(missing).toEqual([join(broken, 'assets', tray)]);
  });

  it('when a path assumes the source tree', async () => {
    const r = await bootLayout({
      resourcesDir: resources,
      workDir: join(work, 'run-source'),
      unpackaged: true,
    });
    const missing = r.pathsRead.filter((p) => !existsSync(p));
    const tray = shellResourceFiles(process.platform).find((f) => f.startsWith('tray')) ?? '';
    expect(missing).toContain(join(resources, 'app.asar', 'resources', tray));
  });
});
