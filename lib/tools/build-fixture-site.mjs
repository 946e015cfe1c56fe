/**
 * Builds the e2e suite's two extra sites with `npm run build` itself (its prebuild extracts the
 * glossary into public/, its post-build steps write link previews and compressed copies):
 * - out-fixture/: the fixture glossary of HTML-looking text, under a sub-path (as on GitHub Pages),
 *   so the suite checks static term pages and titles built from hostile input, and BASE_PATH;
 * - out-map/: the bundled glossary drawn as a map of its groups (MAP_ABOVE), so the suite checks
 *   the map's stories without building a glossary of thousands of terms.
 * public/ is the builds' input, so it is restored to the bundled (or GLOSSARY) glossary afterwards.
 */
import { spawnSync } from 'node:child_process'

const FIXTURE_BASE = '/fixture-glossary'
/** Map the bundled glossary (51 terms in 8 groups) as a big glossary would be. */
const MAP_ABOVE = '20'

/** Runs an npm script with `extraEnv` over this process's environment; its exit status. */
function npm(script, extraEnv = {}) {
  const env = { ...process.env, ...extraEnv }
  return spawnSync('npm', ['run', '-s', script], { stdio: 'inherit', env }).status ?? 1
}

const status =
  npm('build', {
    GLOSSARY: 'e2e/fixtures/xss-glossary.md',
    SITE_OUT_DIR: 'out-fixture',
    BASE_PATH: FIXTURE_BASE,
    MAP_ABOVE: '',
  }) || npm('build', { GLOSSARY: 'glossary', SITE_OUT_DIR: 'out-map', BASE_PATH: '', MAP_ABOVE })
const restored = npm('prebuild')
process.exit(status || restored)
