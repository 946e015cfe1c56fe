/**
 * `npm run dev`: extract the glossary, start `next dev`, and extract again whenever a file
 * under the glossary (its *.md files or concepts.txt) is saved. Diagnostics print here as
 * `file:line:` lines; the open explorer sees the new build-report.json and graph.json,
 * reloads the graph (the view is in the URL, so nothing is lost) or shows the errors over
 * the page. GLOSSARY=<file|dir> and PORT work as for the build.
 * SIGINT, SIGTERM or SIGHUP (to this process, or to `npm run dev`, noticed by being orphaned)
 * stops everything it started: `next dev` with its workers (their own process group), the warm
 * extractor and the watcher.
 */
import { spawn } from 'node:child_process'
import { existsSync, statSync, watch } from 'node:fs'
import { dirname } from 'node:path'
import { warmExtractor } from './dev-extract.mjs'
import { reapGroup, signalGroup, whenOrphaned } from './signals.mjs'

const glossary = process.env.GLOSSARY || 'glossary'
const port = process.env.PORT || '3000'
const host = process.env.HOST || '127.0.0.1'
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' }

if (!existsSync(glossary)) {
  console.error(`dev: no such file or directory: ${glossary}`)
  process.exit(2)
}

// One warm extractor for the whole session (lib/tools/dev-extract.mjs): a save re-extracts in 0.1–0.7 s.
const extractor = warmExtractor(['--glossary', glossary, '--out', 'public/graph.json'])
let running = false
let again = false
let stopping = false

/** One extraction at a time; a save during an extraction runs one more afterwards. */
function extract(then) {
  if (stopping) return
  if (running) {
    again = true
    return
  }
  running = true
  const started = Date.now()
  extractor.run().then((code) => {
    if (stopping) return
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
const watcher = watch(watched, { recursive: true }, (_event, name) => {
  if (name && !/\.(md|txt)$/.test(String(name))) return
  clearTimeout(timer)
  timer = setTimeout(extract, 150)
})

let next
// The first page must not show the graph of an older build: start Next after the first extraction.
extract(() => {
  if (next || stopping) return
  // Its own process group, so that one signal reaches next dev and every worker it forks.
  next = spawn(
    process.execPath,
    ['node_modules/next/dist/bin/next', 'dev', '--port', port, '--hostname', host],
    { stdio: ['ignore', 'inherit', 'inherit'], env, detached: true },
  )
  next.on('exit', async (code) => {
    // Workers outliving their parent would keep the port: end the rest of the group too.
    await reapGroup(next?.pid)
    process.exit(stopping ? 0 : (code ?? 1))
  })
})

/** Stops the watcher, a running extraction and next dev's group; exits once Next has gone. */
function stop(signal) {
  if (stopping) return
  stopping = true
  clearTimeout(timer)
  watcher.close()
  void extractor.close()
  if (!next || next.exitCode !== null || next.signalCode !== null) process.exit(0)
  signalGroup(next.pid, signal)
  // Next normally exits within a second; one that does not is killed.
  setTimeout(() => signalGroup(next?.pid, 'SIGKILL'), 5000).unref()
}
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => stop(signal))
whenOrphaned(() => stop('SIGTERM'))
