/**
 * `npm start`: build the site if it has not been built (or the glossary changed since), then serve
 * the static export in this same process (lib/tools/serve.mjs), so a signal to `npm start` ends
 * the server too: no child is left behind. `next start` refuses `output: 'export'`.
 * Environment: PORT (3000), HOST (127.0.0.1; 0.0.0.0 exposes the site to the network),
 * GLOSSARY (glossary/), SITE_OUT_DIR (out).
 */
import { spawn } from 'node:child_process'
import { existsSync, statSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { serve, shutdown } from './serve.mjs'
import { signalGroup, whenOrphaned } from './signals.mjs'

const dir = process.env.SITE_OUT_DIR || 'out'
const port = process.env.PORT || '3000'
const host = process.env.HOST || '127.0.0.1'
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'

/** Newest modification time under a path (files only, shallow enough for glossary/). */
function newest(path) {
  if (!existsSync(path)) return 0
  const stat = statSync(path)
  if (!stat.isDirectory()) return stat.mtimeMs
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newest(join(path, name))))
}

/**
 * Runs `npm run build` in its own process group and passes SIGINT/SIGTERM on to the whole group
 * (npm, its shell and next build), so an interrupted start leaves no build running.
 */
function build() {
  return new Promise((resolve) => {
    const child = spawn(npm, ['run', 'build'], {
      stdio: 'inherit',
      detached: true,
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
    })
    const forward = (signal) => signalGroup(child.pid, signal)
    const watch = whenOrphaned(() => forward('SIGTERM'))
    for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, forward)
    child.on('exit', (code, signal) => {
      for (const s of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.off(s, forward)
      clearInterval(watch)
      resolve(signal ? 1 : (code ?? 1))
    })
  })
}

const index = join(dir, 'index.html')
const built = existsSync(index) && existsSync(join(dir, 'graph.json'))
const stale = built && newest(process.env.GLOSSARY || 'glossary') > statSync(index).mtimeMs
if (!built || stale) {
  console.log(stale ? 'Glossary changed since the last build: rebuilding…' : 'No build yet: building…')
  const status = await build()
  if (status !== 0) process.exit(status)
}
const server = await serve({ dir, port, host, prefix: 'start' })
whenOrphaned(() => shutdown(server))
