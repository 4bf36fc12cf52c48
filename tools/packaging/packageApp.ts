/**
 * Builds the packaged app's layout with electron-builder's directory target against a stand-in
 * Electron distribution (no Electron binary needed), and boots it under Node (bootPackaged.ts).
 */
import { spawn } from 'node:child_process';
import { cp, mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { extractAll } from '@electron/asar';
import { Arch, Platform, build } from 'electron-builder';
import type { BootReport } from './bootPackaged';

const here = fileURLToPath(new URL('.', import.meta.url));

/** The repository's root. */
export const projectDir = resolve(here, '..', '..');

// @electron/fuses finds the fuse wire after this sentinel; the stand-in carries Electron's defaults.
const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
const ELECTRON_DEFAULT_FUSES = '10110001';

/** Writes a stand-in for an unpacked Electron distribution: an executable with a fuse wire. */
export async function writeStandInElectron(dir: string): Promise<void> {
  await mkdir(join(dir, 'resources'), { recursive: true });
  const wire = Buffer.concat([
    Buffer.from(`#!/bin/sh\n# Stand-in for Electron in packaging tests.\nexit 0\n# `),
    Buffer.from(FUSE_SENTINEL),
    Buffer.from([1, ELECTRON_DEFAULT_FUSES.length]),
    Buffer.from(ELECTRON_DEFAULT_FUSES),
    Buffer.from('\n'),
  ]);
  await writeFile(join(dir, 'electron'), wire, { mode: 0o755 });
  await writeFile(join(dir, 'LICENSE'), 'Stand-in\n');
}

/** Packages the built app (`out/`) for Linux as a directory, as `npm run dist` would, and returns it. */
export async function packageLinuxDir(workDir: string): Promise<string> {
  const electronDist = join(workDir, 'electron-dist');
  await writeStandInElectron(electronDist);
  const output = join(workDir, 'dist');
  await build({
    projectDir,
    targets: Platform.LINUX.createTarget('dir', Arch.x64),
    publish: 'never',
    config: { electronDist, directories: { output } },
  });
  const dirs = (await readdir(output)).filter(
    (d) => d.startsWith('linux') && d.endsWith('unpacked'),
  );
  if (dirs.length !== 1)
    throw new Error(`Expected one unpacked app in ${output}, found ${dirs.join(', ')}`);
  return join(output, dirs[0]);
}

/** The size in bytes of a file, or of everything in a folder. */
export async function sizeOf(path: string): Promise<number> {
  const s = await stat(path).catch(() => null);
  if (!s) return 0;
  if (!s.isDirectory()) return s.size;
  const entries = await readdir(path);
  const sizes = await Promise.all(entries.map((e) => sizeOf(join(path, e))));
  return sizes.reduce((a, b) => a + b, 0);
}

/**
 * Lays the packaged resources out for Node: app.asar extracted into a folder of the same name
 * (the paths the main bundle computes are then exactly those it computes inside Electron), and
 * everything else in resources/ copied beside it.
 */
export async function layOutForNode(packagedDir: string, bootDir: string): Promise<string> {
  const from = join(packagedDir, 'resources');
  const to = join(bootDir, 'resources');
  await mkdir(to, { recursive: true });
  for (const entry of await readdir(from)) {
    if (entry === 'app.asar') extractAll(join(from, entry), join(to, 'app.asar'));
    else await cp(join(from, entry), join(to, entry), { recursive: true });
  }
  return to;
}

/** Boots the main bundle of a laid-out package in a child Node process and returns its report. */
export async function bootLayout(opts: {
  resourcesDir: string;
  workDir: string;
  /** Boot as a source checkout would run (for proving the checks catch source-tree paths). */
  unpackaged?: boolean;
  /** A file the app is started with, as a double-click on Windows and Linux does. */
  openFile?: string;
  /** Boot as a user who turned update checks on. */
  updatesOn?: boolean;
}): Promise<BootReport & { exitCode: number | null; output: string }> {
  const appPath = join(opts.resourcesDir, 'app.asar');
  const pkg = JSON.parse(await readFile(join(appPath, 'package.json'), 'utf8')) as {
    main: string;
    version: string;
  };
  await mkdir(opts.workDir, { recursive: true });
  const reportPath = join(opts.workDir, `boot-${Date.now()}-${Math.random()}.json`);
  const userData = join(opts.workDir, 'user-data');
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', '--import', join(here, 'registerHook.mjs'), join(here, 'bootPackaged.ts')],
    {
      cwd: projectDir,
      env: {
        PATH: process.env.PATH,
        HOME: opts.workDir,
        XDG_CONFIG_HOME: join(opts.workDir, 'config'),
        UPWARD_BOOT_MAIN: join(appPath, pkg.main),
        UPWARD_BOOT_APP_PATH: appPath,
        UPWARD_BOOT_RESOURCES: opts.resourcesDir,
        UPWARD_BOOT_VERSION: pkg.version,
        UPWARD_BOOT_USER_DATA: userData,
        UPWARD_BOOT_PACKAGED: opts.unpackaged ? '0' : '1',
        UPWARD_BOOT_REPORT: reportPath,
        ...(opts.openFile ? { UPWARD_BOOT_OPEN_FILE: opts.openFile } : {}),
        ...(opts.updatesOn ? { UPWARD_BOOT_UPDATES_ON: '1' } : {}),
        UPWARD_BOOT_LAYOUT: opts.resourcesDir,
        UPWARD_BOOT_STAND_IN_URL: pathToFileURL(
          join(projectDir, 'src/main/testing/electronStandIn.ts'),
        ).href,
        // The test hooks a packaged app must ignore.
        UPWARD_DATA_DIR: join(opts.workDir, 'hook-data-dir'),
        ELECTRON_RENDERER_URL: 'http://localhost:9/',
        UPWARD_E2E: '1',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stdout.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr.on('data', (d: Buffer) => (output += d.toString()));
  // A boot that never ends (something left running after quit) is ended after a minute.
  const killer = setTimeout(() => child.kill('SIGKILL'), 60_000);
  const exitCode = await new Promise<number | null>((r) => child.on('close', (code) => r(code)));
  clearTimeout(killer);
  const raw = await readFile(reportPath, 'utf8').catch(() => null);
  if (raw === null) throw new Error(`The boot wrote no report (exit ${exitCode}):\n${output}`);
  return { ...(JSON.parse(raw) as BootReport), exitCode, output };
}
