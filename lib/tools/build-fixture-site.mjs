/**
 * Builds a second site, from the e2e fixture glossary (HTML-looking text), into out-fixture/,
 * so the e2e suite can check static term pages and titles built from hostile input.
 * public/graph.json is the build's input, so it is restored to the bundled glossary afterwards.
 */
import { spawnSync } from 'node:child_process'

const FIXTURE = 'e2e/fixtures/xss-glossary.md'
export const FIXTURE_BASE = '/fixture-glossary'
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' }

function run(command, args, extraEnv = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...env, ...extraEnv } })
  return result.status ?? 1
}

const extract = (glossary) =>
  run('npm', ['run', '-s', 'extract', '--', '--quiet', '--glossary', glossary, '--out', 'public/graph.json'])

let status = extract(FIXTURE)
// Built for a sub-path, as on GitHub Pages, so the e2e suite checks BASE_PATH too.
if (status === 0)
  status = run('npx', ['next', 'build'], { SITE_OUT_DIR: 'out-fixture', BASE_PATH: FIXTURE_BASE })
// The post-build steps of `npm run build`: link preview images, then precompressed copies.
if (status === 0) status = run('npx', ['tsx', 'lib/tools/og/render-og.ts', 'out-fixture'])
if (status === 0) status = run('node', ['lib/tools/compress.mjs', 'out-fixture'])
const restored = extract(process.env.GLOSSARY || 'glossary')
process.exit(status || restored)
