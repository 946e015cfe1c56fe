import { defineConfig, devices } from '@playwright/test'
import { CHROMIUM_ARGS, chromiumExecutable } from './lib/tools/chromium'
import { readEnv } from './lib/format/settings'

const executablePath = chromiumExecutable()
const PORT = Number(readEnv('E2E_PORT'))
// A second site built from e2e/fixtures/xss-glossary.md (npm run build:fixture-site).
const FIXTURE_PORT = PORT + 1
const FIXTURE_BASE = '/fixture-glossary'
// A third, the bundled glossary drawn as a map of its groups (also npm run build:fixture-site).
const MAP_PORT = PORT + 3
const CI = Boolean(readEnv('CI'))

const chromiumProject = {
  ...devices['Desktop Chrome'],
  viewport: { width: 1440, height: 900 },
  launchOptions: {
    ...(executablePath ? { executablePath } : {}),
    args: CHROMIUM_ARGS,
  },
}

/**
 * Set for a loaded two-core machine (a CI runner, a shared box): two workers, each a Chromium
 * beside the static servers, and timeouts that fit a machine several times slower than a quiet one.
 * Stories wait for the state they need (`expect`, `expect.poll`), so the bounds cost time only when
 * a story fails.
 */
export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  workers: 2,
  retries: CI ? 1 : 0,
  forbidOnly: CI,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: 'list',
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    locale: 'zh-CN',
    trace: 'retain-on-failure',
  },
  // Screenshots are not a test: `SCREENSHOTS=1 npx playwright test` writes e2e/screenshots/*.png.
  projects: readEnv('SCREENSHOTS')
    ? [{ name: 'screenshots', use: chromiumProject, testMatch: /screenshots\.spec\.ts/ }]
    : [
        {
          name: 'chromium',
          use: chromiumProject,
          testIgnore: /(screenshots|fixture-site|dev|map)\.spec\.ts/,
        },
        // Starts its own `npm run dev` on a copy of the glossary (E2E_PORT + 2).
        { name: 'dev', use: chromiumProject, testMatch: /dev\.spec\.ts/ },
        {
          name: 'fixture-site',
          // Built with BASE_PATH (lib/tools/build-fixture-site.mjs): pages live under the sub-path.
          use: { ...chromiumProject, baseURL: `http://127.0.0.1:${FIXTURE_PORT}${FIXTURE_BASE}/` },
          testMatch: /fixture-site\.spec\.ts/,
        },
        {
          name: 'map-site',
          use: { ...chromiumProject, baseURL: `http://127.0.0.1:${MAP_PORT}/` },
          testMatch: /map\.spec\.ts/,
        },
      ],
  // Tests the built static exports (`npm run build` and `npm run build:fixture-site` first), served like production.
  webServer: [
    {
      command: `node lib/tools/serve.mjs out ${PORT}`,
      url: `http://127.0.0.1:${PORT}/`,
      reuseExistingServer: !CI,
      timeout: 120_000,
    },
    ...(readEnv('SCREENSHOTS')
      ? []
      : [
          {
            command: `BASE_PATH=${FIXTURE_BASE} node lib/tools/serve.mjs out-fixture ${FIXTURE_PORT}`,
            url: `http://127.0.0.1:${FIXTURE_PORT}${FIXTURE_BASE}/`,
            reuseExistingServer: !CI,
            timeout: 120_000,
          },
          {
            command: `node lib/tools/serve.mjs out-map ${MAP_PORT}`,
            url: `http://127.0.0.1:${MAP_PORT}/`,
            reuseExistingServer: !CI,
            timeout: 120_000,
          },
        ]),
  ],
})
