import { defineConfig, devices } from '@playwright/test';
import { existsSync } from 'node:fs';

// Debian's Chromium where it is installed (CI and these machines); Playwright's own browser elsewhere.
const systemChromium = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find(
  (p): p is string => !!p && existsSync(p),
);
// E2E_PORT lets several checkouts run their end-to-end tests side by side; the sub-path build has the next port.
const PORT = Number(process.env.E2E_PORT ?? 4322);
const SUB_PORT = PORT + 1;
/** The folder the second build is served from (npm run build:sub), as a GitHub Pages project site would be. */
const SUB_BASE = '/steady-ground/';
const chromium = {
  ...devices['Desktop Chrome'],
  launchOptions: systemChromium
    ? {
        executablePath: systemChromium,
        args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
          '--disable-component-update', '--disable-sync', '--no-first-run'],
      }
    : {},
};

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  workers: 2,
  retries: 0,
  timeout: 30_000,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'off',
  },
  projects: [
    // The whole suite against the build served from the root.
    { name: 'chromium', testIgnore: /subpath\.spec\.ts$/, use: chromium },
    // What a learner does, against the build served from a folder (SITE_BASE=/steady-ground/).
    { name: 'sub-path', testMatch: /subpath\.spec\.ts$/, use: { ...chromium, baseURL: `http://127.0.0.1:${SUB_PORT}${SUB_BASE}` } },
  ],
  // The tests run against the production build (`npm run build` comes first in `npm test`).
  webServer: [
    {
      command: `npx astro preview --host 127.0.0.1 --port ${PORT}`,
      env: { ASTRO_TELEMETRY_DISABLED: '1' },
      url: `http://127.0.0.1:${PORT}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      command: `npx astro preview --host 127.0.0.1 --port ${SUB_PORT}`,
      env: { ASTRO_TELEMETRY_DISABLED: '1', SITE_BASE: SUB_BASE, SITE_OUT_DIR: 'dist-sub' },
      url: `http://127.0.0.1:${SUB_PORT}${SUB_BASE}`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
  ],
});
