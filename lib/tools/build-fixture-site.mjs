/**
 * Builds the e2e suite's two extra sites, each like `npm run build` does:
 * - out-fixture/: the fixture glossary of HTML-looking text, under a sub-path (as on GitHub Pages),
 *   so the suite checks static term pages and titles built from hostile input, and BASE_PATH;
 * - out-map/: the bundled glossary drawn as a map of its groups (`--map-above`), so the suite
 *   checks the map's stories without building a glossary of thousands of terms.
 * public/ is the builds' input, so it is restored to the bundled glossary afterwards.
 */
import { spawnSync } from 'node:child_process'

export const FIXTURE_BASE = '/fixture-glossary'
/** Map the bundled glossary (51 terms in 8 groups) as a big glossary would be. */
const MAP_ABOVE = '20'
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' }

function run(command, args, extraEnv = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...env, ...extraEnv } })
  return result.status ?? 1
}

/** The prebuild step of `npm run build`: graph.json, then the picture when it is not inlined. */
const prebuild = (glossary, ...extra) => {
  const args = ['--quiet', '--glossary', glossary, '--out', 'public/graph.json', ...extra]
  return (
    run('npm', ['run', '-s', 'extract', '--', ...args]) ||
    run('npx', ['tsx', 'lib/tools/preview-image.ts', 'public'])
  )
}

/** `next build`, then the post-build steps of `npm run build`: link preview images, precompressed copies. */
const build = (outDir, basePath = '') =>
  run('npx', ['next', 'build'], { SITE_OUT_DIR: outDir, BASE_PATH: basePath }) ||
  run('npx', ['tsx', 'lib/tools/og/render-og.ts', outDir]) ||
  run('node', ['lib/tools/compress.mjs', outDir])

const status =
  prebuild('e2e/fixtures/xss-glossary.md') ||
  build('out-fixture', FIXTURE_BASE) ||
  prebuild('glossary', '--map-above', MAP_ABOVE) ||
  build('out-map')
const restored = prebuild(process.env.GLOSSARY || 'glossary')
process.exit(status || restored)
