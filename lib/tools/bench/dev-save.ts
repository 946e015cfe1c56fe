/**
 * Dev-save benchmark: `npm run dev` on a copy of the bundled glossary with the explorer open in
 * headless Chromium (`/?term=rl`, as an author checking a term). Each run appends a new term to
 * the glossary file, as an editor's save would, and times from the write until that term is a
 * node of the open page's graph (window.cy): the watcher, the extraction, the page noticing the new
 * build-report.json and its reload, everything an author waits for. One save first warms Next's
 * dev server up (it compiles on the first reload) and is not counted.
 *
 *   tsx lib/tools/bench/dev-save.ts [--runs 5] [--root <repository>] [--port 3100]
 */
import { spawn } from 'node:child_process'
import {
  copyFileSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { chromium, type Page } from 'playwright-core'
import { CHROMIUM_ARGS, chromiumExecutable } from '../chromium'
import { runMain } from './run-main'

export interface DevSaveResult {
  /** Milliseconds from each save to its node in the open page, in run order. */
  savesMs: number[]
  /** Of those, from the save until the extractor had rewritten build-report.json. */
  extractedMs: number[]
  /** `npm run dev` started → the first page answered. */
  startMs: number
}

/** What the extractor writes into public/. */
const PUBLIC_OUTPUTS = ['graph.json', 'graph-view.json', 'graph.gexf', 'graph.graphml', 'build-report.json']

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms))

/** Appends a bullet at the end of the glossary's "## Z" section (it ends with a notes section). */
function addEntry(file: string, line: string): void {
  const text = readFileSync(file, 'utf8')
  const z = text.indexOf('\n## Z')
  const notes = z < 0 ? -1 : text.indexOf('\n# ', z)
  const at = notes < 0 ? text.length : notes
  writeFileSync(file, `${text.slice(0, at).trimEnd()}\n${line}\n${text.slice(at)}`)
}

/** True once the open page's graph has a node labelled `label` (false while the page reloads). */
async function hasNode(page: Page, label: string): Promise<boolean> {
  // A string, not a function: tsx would wrap a callback in __name(), which the page lacks.
  const script = `Boolean(window.cy && window.cy.nodes().some((n) => n.data('label') === ${JSON.stringify(label)}))`
  return page.evaluate(script).then(
    (found) => found === true,
    () => false,
  )
}

async function waitFor(check: () => Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const deadline = performance.now() + timeoutMs
  while (!(await check())) {
    if (performance.now() > deadline) throw new Error(`dev-save: timed out waiting for ${what}`)
    await sleep(20)
  }
}

/** Runs `npm run dev` from `root` on `port` and times `runs` saves (plus one warm-up). */
export async function benchDevSave(runs = 5, root = process.cwd(), port = 3100): Promise<DevSaveResult> {
  const dir = mkdtempSync(join(tmpdir(), 'dev-save-'))
  for (const name of readdirSync(join(root, 'glossary')))
    copyFileSync(join(root, 'glossary', name), join(dir, name))
  const file = join(dir, 'glossary.md')
  const origin = `http://127.0.0.1:${port}`
  // npm run dev writes its graph into public/, which the built site and the e2e suite read: put
  // back what was there.
  const outputs = PUBLIC_OUTPUTS.map((name) => join(root, 'public', name)).filter((path) => existsSync(path))
  const saved = new Map(outputs.map((path) => [path, readFileSync(path)]))
  const started = performance.now()
  const dev = spawn(process.execPath, ['lib/tools/dev.mjs'], {
    cwd: root,
    env: { ...process.env, GLOSSARY: dir, PORT: String(port) },
    stdio: 'ignore',
    // Its own process group: dev.mjs, its extractor and next dev end together.
    detached: true,
  })
  const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: CHROMIUM_ARGS })
  try {
    await waitFor(
      async () => (await fetch(`${origin}/`).catch(() => undefined))?.status === 200,
      180_000,
      'next dev to answer',
    )
    const startMs = performance.now() - started
    const page = await browser.newPage()
    await page.goto(`${origin}/?term=rl`)
    await waitFor(() => hasNode(page, 'RL'), 120_000, 'the explorer to draw the graph')
    const savesMs: number[] = []
    const extractedMs: number[] = []
    const report = join(root, 'public', 'build-report.json')
    for (let run = 0; run <= runs; run++) {
      const label = `Zeta Save ${run + 1}`
      const before = readFileSync(report, 'utf8')
      let extracted = NaN
      const t0 = performance.now()
      addEntry(file, `- ${label}，一个在保存后应当出现在图中的测试条目，基于RL`)
      await waitFor(
        async () => {
          if (Number.isNaN(extracted) && readFileSync(report, 'utf8') !== before)
            extracted = performance.now() - t0
          return hasNode(page, label)
        },
        60_000,
        `"${label}" in the open page`,
      )
      const total = performance.now() - t0
      if (run > 0) {
        savesMs.push(total)
        extractedMs.push(extracted)
      }
      console.error(
        `dev-save: ${label}: ${Math.round(total)} ms, extracted after ${Math.round(extracted)} ms${run === 0 ? ' (warm-up)' : ''}`,
      )
      // Let the reloaded page settle (canvas drawn, polling again) before the next save.
      await sleep(1500)
    }
    return { savesMs, extractedMs, startMs }
  } finally {
    await browser.close()
    if (dev.pid) {
      try {
        process.kill(-dev.pid, 'SIGTERM')
      } catch {
        // Already gone.
      }
    }
    rmSync(dir, { recursive: true, force: true })
    for (const [path, bytes] of saved) writeFileSync(path, bytes)
  }
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      runs: { type: 'string', default: '5' },
      root: { type: 'string', default: '.' },
      port: { type: 'string', default: '3100' },
    },
  })
  const result = await benchDevSave(Number(values.runs), resolve(values.root), Number(values.port))
  const sorted = [...result.savesMs].sort((a, b) => a - b)
  console.log(
    JSON.stringify({
      startMs: Math.round(result.startMs),
      savesMs: result.savesMs.map(Math.round),
      extractedMs: result.extractedMs.map(Math.round),
      medianMs: Math.round(sorted[Math.floor(sorted.length / 2)] ?? NaN),
    }),
  )
  return 0
}

if (process.argv[1] && resolve(process.argv[1]) === resolve('lib/tools/bench/dev-save.ts')) {
  runMain(main)
}
