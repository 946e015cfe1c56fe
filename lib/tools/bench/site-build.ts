/**
 * Builds the static site for one glossary (`GLOSSARY=<file> npm run build`) and copies out/
 * to lib/tools/bench/.tmp/site-<name>, since every build overwrites out/ and public/graph.json.
 * Build the bundled glossary last so out/ ends as the normal site.
 */
import { spawnSync } from 'node:child_process'
import { cpSync, existsSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { TMP } from './extract-bench'

function siteDir(name: string): string {
  return join(TMP, `site-${name}`)
}

/** Returns the site directory, building it unless `reuse` is set and a copy already exists. */
export function buildSite(name: string, glossary: string, reuse: boolean): string {
  const dir = siteDir(name)
  if (reuse && existsSync(join(dir, 'index.html'))) return dir
  console.error(`browser-bench: building the site for ${name} (${glossary})…`)
  const started = performance.now()
  const build = spawnSync('npm', ['run', 'build'], {
    env: { ...process.env, GLOSSARY: glossary, NEXT_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  })
  if (build.status !== 0) {
    throw new Error(
      `browser-bench: build for ${name} failed:\n${(build.stdout + build.stderr).split('\n').slice(-20).join('\n')}`,
    )
  }
  rmSync(dir, { recursive: true, force: true })
  cpSync('out', dir, { recursive: true })
  console.error(`browser-bench: built ${name} in ${((performance.now() - started) / 1000).toFixed(0)} s`)
  return dir
}
