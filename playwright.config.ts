import { defineConfig } from '@playwright/test';

// Browser-mode specs drive the real studio server (started by e2e/global-setup.ts) in Debian's
// Chromium; the Electron spec launches the desktop app itself, so its project opens no browser.
export default defineConfig({
  testDir: 'e2e',
  outputDir: 'e2e/.artifacts/test-results',
  globalSetup: './e2e/global-setup.ts',
  workers: 1,
  fullyParallel: false,
  timeout: 120_000,
  expect: { timeout: 15_000 },
  reporter: [['list']],
  projects: [
    {
      name: 'browser',
      testIgnore: /electron\.spec\.ts$/,
      use: {
        browserName: 'chromium',
        locale: 'en-US',
        viewport: { width: 1400, height: 900 },
        screenshot: 'only-on-failure',
        // Tracing snapshots the DOM around every action; on a dashboard redrawing ten times a
        // second that stalls actions for minutes. PW_TRACE=1 turns it on for a debugging session.
        trace: process.env['PW_TRACE'] ? 'on' : 'off',
        launchOptions: {
          executablePath: '/usr/bin/chromium',
          args: [
            '--no-sandbox',
            '--headless',
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
          ],
        },
      },
    },
    {
      name: 'electron',
      testMatch: /electron\.spec\.ts$/,
    },
  ],
});
