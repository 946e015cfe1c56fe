/**
 * `npm start`: build the site if it has not been built (or the glossary changed since),
 * then serve the static export on http://localhost:$PORT (default 3000).
 * `next start` refuses `output: 'export'`, so lib/tools/serve.mjs serves out/ instead.
 */
import { spawnSync, spawn } from 'node:child_process'
import { existsSync, statSync, readdirSync } from 'node:fs'
import { join } from 'node:path'

const port = process.env.PORT || '3000'
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'

/** Newest modification time under a path (files only, shallow enough for glossary/). */
function newest(path) {
  if (!existsSync(path)) return 0
  const stat = statSync(path)
  if (!stat.isDirectory()) return stat.mtimeMs
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newest(join(path, name))))
}

const built = existsSync('out/index.html') && existsSync('out/graph.json')
const stale = built && newest(process.env.GLOSSARY || 'glossary') > statSync('out/index.html').mtimeMs
if (!built || stale) {
  console.log(stale ? 'Glossary changed since the last build: rebuilding…' : 'No build yet: building…')
  const result = spawnSync(npm, ['run', 'build'], {
    stdio: 'inherit',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  })
  if (result.status !== 0) process.exit(result.status ?? 1)
}

const server = spawn(process.execPath, ['lib/tools/serve.mjs', 'out', port, '0.0.0.0'], { stdio: 'inherit' })
server.on('exit', (code) => process.exit(code ?? 0))
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal))
