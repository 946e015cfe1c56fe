/**
 * `npm run dev`: extract the glossary, start `next dev`, and extract again whenever a file
 * under the glossary (its *.md files or concepts.txt) is saved. Diagnostics print here as
 * `file:line:` lines; the open explorer sees the new build-report.json and graph.json,
 * reloads the graph (the view is in the URL, so nothing is lost) or shows the errors over
 * the page. GLOSSARY=<file|dir> and PORT work as for the build.
 */
import { spawn } from 'node:child_process'
import { existsSync, statSync, watch } from 'node:fs'
import { dirname } from 'node:path'
import { warmExtractor } from './dev-extract.mjs'

const glossary = process.env.GLOSSARY || 'glossary'
const port = process.env.PORT || '3000'
const host = process.env.HOST || '127.0.0.1'
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' }

if (!existsSync(glossary)) {
  console.error(`dev: no such file or directory: ${glossary}`)
  process.exit(2)
}

// One warm extractor for the whole session (lib/tools/dev-extract.mjs): a save re-extracts in ~0.1 s.
const extractor = warmExtractor(['--glossary', glossary, '--out', 'public/graph.json'])
let running = false
let again = false

/** One extraction at a time; a save during an extraction runs one more afterwards. */
function extract(then) {
  if (running) {
    again = true
    return
  }
  running = true
  const started = Date.now()
  extractor.run().then((code) => {
    console.log(
      `dev: extracted ${glossary} in ${Date.now() - started} ms${code ? ` (exit ${code}: see the errors above)` : ''}`,
    )
    running = false
    then?.()
    if (again) {
      again = false
      extract()
    }
  })
}

// Editors save in bursts (temp file, rename, chmod): wait for the burst to end.
let timer
const watched = statSync(glossary).isDirectory() ? glossary : dirname(glossary)
watch(watched, { recursive: true }, (_event, name) => {
  if (name && !/\.(md|txt)$/.test(String(name))) return
  clearTimeout(timer)
  timer = setTimeout(extract, 150)
})

let next
// The first page must not show the graph of an older build: start Next after the first extraction.
extract(() => {
  if (next) return
  next = spawn(
    process.execPath,
    ['node_modules/next/dist/bin/next', 'dev', '--port', port, '--hostname', host],
    {
      stdio: 'inherit',
      env,
    },
  )
  next.on('exit', (code) => process.exit(code ?? 0))
})
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    if (next) next.kill(signal)
    else process.exit(0)
  })
}
