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
  // Two workers, files shared between them: every test has its own data folder, core, browser
  // context and port, so they are independent; on a busy 2-core machine the run takes about half
  // as long as with one, since each scenario mostly waits on its browser.
  workers: 2,
  // On CI a test that fails once is run once more and reported as flaky; locally, never.
  retries: process.env.CI ? 1 : 0,
  timeout: 90_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  outputDir: 'test-results/e2e',
  use: { trace: 'off', screenshot: 'only-on-failure' },
});
