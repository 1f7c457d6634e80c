// The scripted tour `npm start` runs when there is no display: the built
// extension in headless Chromium through every playground page, with a
// summary and screenshots written to playground-report/.
import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: 'tests/tour',
  testMatch: '**/*.tour.ts',
  retries: 0,
  workers: 1,
  timeout: 120_000,
  reporter: [['line']],
  outputDir: '.output/tour-results',
});
