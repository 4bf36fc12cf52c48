import { defineConfig } from '@playwright/test';
import { detectMode } from './e2e/fixtures/mode';

const mode = detectMode();
// Say which mode the run uses: the real Electron app, or the built UI in Chromium with the core behind a bridge.
process.stdout.write(
  `\nUpward e2e mode: ${mode === 'electron' ? 'Electron (real app)' : 'Chromium + core bridge (no Electron binary found)'}\n\n`,
);

export default defineConfig({
  testDir: './e2e',
  testMatch: /.*\.spec\.ts/,
  fullyParallel: false,
  workers: 1,
  // On CI a test that fails once is run once more and reported as flaky; locally, never.
  retries: process.env.CI ? 1 : 0,
  timeout: 90_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  outputDir: 'test-results/e2e',
  use: { trace: 'off', screenshot: 'only-on-failure' },
});
