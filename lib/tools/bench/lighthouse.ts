/**
 * Lighthouse (mobile) against a built site served by the project's own static server
 * (lib/tools/serve.mjs, as `npm start` serves it): performance score, LCP, TBT and FCP for `/` and
 * one term page, median of `runs` runs each. `/` is scored both ways a newcomer runs it: with the
 * default categories (what `npx lighthouse <url>` does: the accessibility, best-practice and SEO
 * gatherers keep the page loaded longer, so more of its late work lands in the trace) and with
 * `--only-categories=performance`. Same Chrome flags as the README gives a newcomer. Lighthouse 12
 * runs on Node 20 (13 needs 22).
 */
import { spawn, spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { join } from 'node:path'
import { chromiumExecutable } from '../chromium'

export interface LighthouseRow {
  page: string
  /** Which categories Lighthouse ran: all of its defaults, or performance alone. */
  categories: 'default' | 'performance'
  score: number
  lcpMs: number
  tbtMs: number
  fcpMs: number
}

const median = (values: number[]): number =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN

/** A free loopback port (asked of the OS, then released for the server to take). */
function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const address = probe.address()
      probe.close(() =>
        typeof address === 'object' && address ? done(address.port) : fail(new Error('lighthouse: no port')),
      )
    })
  })
}

type Scores = Omit<LighthouseRow, 'page' | 'categories'>

/** One Lighthouse run; the numbers from its JSON report. */
function runOnce(url: string, categories: LighthouseRow['categories']): Scores {
  const run = spawnSync(
    'npx',
    [
      'lighthouse',
      url,
      ...(categories === 'performance' ? ['--only-categories=performance'] : []),
      '--output=json',
      '--quiet',
      '--chrome-flags=--headless=new --no-sandbox',
    ],
    {
      env: { ...process.env, CHROME_PATH: chromiumExecutable() ?? '' },
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    },
  )
  const report: unknown = JSON.parse(run.stdout || '{}')
  const read = (path: string[]): number => {
    let at: unknown = report
    for (const key of path) at = typeof at === 'object' && at !== null ? Reflect.get(at, key) : undefined
    return typeof at === 'number' ? at : NaN
  }
  return {
    score: read(['categories', 'performance', 'score']) * 100,
    lcpMs: read(['audits', 'largest-contentful-paint', 'numericValue']),
    tbtMs: read(['audits', 'total-blocking-time', 'numericValue']),
    fcpMs: read(['audits', 'first-contentful-paint', 'numericValue']),
  }
}

/** The first term's page of the site (a term everyone has: the one graph.json lists first). */
function termPage(dir: string): string {
  const graph: unknown = JSON.parse(readFileSync(join(dir, 'graph.json'), 'utf8'))
  const nodes: unknown = typeof graph === 'object' && graph !== null ? Reflect.get(graph, 'nodes') : undefined
  const first: unknown = Array.isArray(nodes) ? nodes[0] : undefined
  const key: unknown = typeof first === 'object' && first !== null ? Reflect.get(first, 'key') : undefined
  if (typeof key !== 'string') throw new Error(`lighthouse: ${dir}/graph.json has no nodes`)
  return `/term/${key}/`
}

/**
 * Scores `/` (both ways) and a term page (performance only) of the site in `dir`, `runs` times each
 * (median), taking turns so drift in machine load hits all alike.
 */
export async function lighthouseSite(dir: string, runs = 3): Promise<LighthouseRow[]> {
  const port = await freePort()
  const server = spawn('node', ['lib/tools/serve.mjs', dir, String(port)], { stdio: 'ignore' })
  await new Promise((done) => setTimeout(done, 800))
  const url = (page: string) => `http://127.0.0.1:${port}${page}`
  try {
    const term = termPage(dir)
    const rows: Array<{ page: string; categories: LighthouseRow['categories']; results: Scores[] }> = [
      { page: '/', categories: 'default', results: [] },
      { page: '/', categories: 'performance', results: [] },
      { page: term, categories: 'performance', results: [] },
    ]
    for (let i = 0; i < runs; i++)
      for (const row of rows) row.results.push(runOnce(url(row.page), row.categories))
    return rows.map(({ page, categories, results }) => ({
      page,
      categories,
      score: median(results.map((r) => r.score)),
      lcpMs: median(results.map((r) => r.lcpMs)),
      tbtMs: median(results.map((r) => r.tbtMs)),
      fcpMs: median(results.map((r) => r.fcpMs)),
    }))
  } finally {
    server.kill()
  }
}
