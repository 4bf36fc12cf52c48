import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { validateWorkflow } from '@action-validator/core';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const source = await readFile(join(root, '.github', 'workflows', 'ci.yml'), 'utf8');

interface Step {
  uses?: string;
  run?: string;
  if?: string;
  with?: Record<string, unknown>;
}
interface Job {
  if?: string;
  needs?: string | string[];
  strategy?: { matrix?: { os?: string[] } };
  steps: Step[];
}
const workflow = load(source) as { on: Record<string, unknown>; jobs: Record<string, Job> };

describe('the CI workflow', () => {
  it('is a valid GitHub Actions workflow (schema check, offline)', () => {
    expect(validateWorkflow(source).errors).toEqual([]);
    // The validator does reject a broken one.
    const broken = source.replace('runs-on: ${{ matrix.os }}', 'runs_on: ${{ matrix.os }}');
    expect(validateWorkflow(broken).errors.length).toBeGreaterThan(0);
  });

  it('runs the whole test suite with Electron on macOS, Windows and Linux', () => {
    const test = workflow.jobs.test;
    expect(test.strategy?.matrix?.os).toEqual(['macos-latest', 'windows-latest', 'ubuntu-latest']);
    const runs = test.steps.map((s) => s.run ?? '');
    // A plain `npm ci`: Electron's binary is downloaded, so the e2e suite runs the real app.
    expect(runs).toContain('npm ci --no-audit --no-fund');
    expect(runs.join('\n')).not.toContain('ELECTRON_SKIP_BINARY_DOWNLOAD');
    expect(runs).toContain('npm test');
    expect(runs).toContain('xvfb-run --auto-servernum npm test');
    const setup = test.steps.find((s) => s.uses?.startsWith('actions/setup-node'));
    expect(setup?.with?.['node-version-file']).toBe('.nvmrc');
  });

  it('builds the installers on each OS only for a version tag, after the tests', () => {
    expect(workflow.on.push).toMatchObject({ tags: ['v*'] });
    const installers = workflow.jobs.installers;
    expect(installers.if).toBe("startsWith(github.ref, 'refs/tags/v')");
    expect(installers.needs).toBe('test');
    expect(installers.strategy?.matrix?.os).toHaveLength(3);
    const dist = installers.steps.find((s) => s.run?.startsWith('npm run dist'));
    expect(dist).toBeDefined();
    // Installed copies look for updates in the releases of the repository that built them.
    expect(dist?.run).toBe(
      'npm run dist -- -c.publish.owner="$RELEASE_OWNER" -c.publish.repo="$RELEASE_REPO"',
    );
    expect((dist as Step & { env?: Record<string, string> }).env).toMatchObject({
      RELEASE_OWNER: '${{ github.repository_owner }}',
      RELEASE_REPO: '${{ github.event.repository.name }}',
    });
    // The release carries the update feed files next to the installers.
    const upload = installers.steps.find((s) => s.uses?.startsWith('actions/upload-artifact'));
    expect(String(upload?.with?.path)).toContain('dist/latest*.yml');
    expect(workflow.jobs.release.if).toBe("startsWith(github.ref, 'refs/tags/v')");
  });

  it('keeps no secret in the repository', () => {
    for (const m of source.matchAll(/(CSC_KEY_PASSWORD|APPLE_[A-Z_]+|WIN_CSC_[A-Z_]+): (.*)/g))
      expect(m[2]).toMatch(/^\$\{\{ secrets\.[A-Z0-9_]+ \}\}$/);
  });
});
