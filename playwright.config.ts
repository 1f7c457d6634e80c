// End-to-end tests: the built extension in Debian's Chromium, against the
// playground pages served from 127.0.0.1. Nothing is downloaded: the browser
// is the system one (tests/e2e/browser.ts), and every page is local.
import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  // A flaky test is a bug to find, not to retry.
  retries: 0,
  // Two cores: one worker per core, each with its own browser.
  workers: process.env.CI ? 2 : undefined,
  fullyParallel: true,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  reporter: process.env.CI ? [['list']] : [['list']],
  outputDir: '.output/e2e-results',
  use: { trace: 'off', screenshot: 'only-on-failure' },
  projects: [
    { name: 'e2e', testIgnore: '**/policy-managed.spec.ts' },
    // A machine policy reaches every Chromium on the machine: that spec runs alone, after all the others.
    { name: 'managed-policy', testMatch: '**/policy-managed.spec.ts', dependencies: ['e2e'] },
  ],
});
