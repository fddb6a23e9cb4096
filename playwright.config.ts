import { defineConfig } from '@playwright/test';

// Browser tests against the real portal: the backend serves the built app on
// its own port, so a portal started with scripts/start.sh can keep running.
const PORT = 7017;
const baseURL = `http://127.0.0.1:${PORT}`;

export default defineConfig({
  testDir: 'packages/app/e2e-tests',
  timeout: 90_000,
  expect: { timeout: 30_000 },
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: 1,
  reporter: [
    ['list'],
    ['json', { outputFile: '.run/results/playwright.json' }],
  ],
  outputDir: 'test-results/e2e',
  use: {
    baseURL,
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    browserName: 'chromium',
    viewport: { width: 1440, height: 900 },
    launchOptions: {
      // Debian's Chromium: a browser download is neither possible nor wanted.
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-quic',
      ],
    },
  },
  webServer: {
    command: `node ../../.yarn/releases/yarn-4.13.0.cjs start --config ../../app-config.yaml --config ../../app-config.demo.yaml --config ../app/e2e-tests/app-config.e2e.yaml`,
    cwd: 'packages/demo-backend',
    url: `${baseURL}/.backstage/health/v1/readiness`,
    timeout: 240_000,
    reuseExistingServer: false,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
