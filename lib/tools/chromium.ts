/**
 * How this project starts Chromium, shared by the e2e config and the browser benchmark.
 * Playwright cannot download browsers on these machines, so Debian's Chromium is used when
 * present (PLAYWRIGHT_CHROMIUM_PATH overrides); elsewhere Playwright's own browser.
 */
import { existsSync } from 'node:fs'
import { readEnv } from '../format/settings'

/** Root needs --no-sandbox; the rest keep Chromium off a closed network and the absent GPU. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
]

/** The Chromium binary to launch, or undefined to let Playwright use its own. */
export function chromiumExecutable(): string | undefined {
  const path = readEnv('PLAYWRIGHT_CHROMIUM_PATH')
  return existsSync(path) ? path : undefined
}
