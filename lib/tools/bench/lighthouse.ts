/**
 * Lighthouse (mobile, performance only) against a built site served by the project's own static
 * server (lib/tools/serve.mjs, as `npm start` serves it): performance score, LCP, TBT and FCP for
 * `/` and one term page, median of `runs` runs each. Lighthouse 12 runs on Node 20 (13 needs 22).
 */
import { spawn, spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { join } from 'node:path'
import { chromiumExecutable } from '../chromium'

export interface LighthouseRow {
  page: string
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

/** One Lighthouse run; the numbers from its JSON report. */
function runOnce(url: string): Omit<LighthouseRow, 'page'> {
  const run = spawnSync(
    'npx',
    [
      'lighthouse',
      url,
      '--only-categories=performance',
      '--output=json',
      '--quiet',
      '--chrome-flags=--headless=new --no-sandbox --disable-gpu',
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

/** Scores `/` and a term page of the site in `dir`, `runs` times each (median). */
export async function lighthouseSite(dir: string, runs = 3): Promise<LighthouseRow[]> {
  const port = await freePort()
  const server = spawn('node', ['lib/tools/serve.mjs', dir, String(port)], { stdio: 'ignore' })
  await new Promise((done) => setTimeout(done, 800))
  try {
    return ['/', termPage(dir)].map((page) => {
      const results = Array.from({ length: runs }, () => runOnce(`http://127.0.0.1:${port}${page}`))
      return {
        page,
        score: median(results.map((r) => r.score)),
        lcpMs: median(results.map((r) => r.lcpMs)),
        tbtMs: median(results.map((r) => r.tbtMs)),
        fcpMs: median(results.map((r) => r.fcpMs)),
      }
    })
  } finally {
    server.kill()
  }
}
