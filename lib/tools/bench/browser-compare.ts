/**
 * The reader's first second, for built sites side by side (e.g. main's build as "before" and this
 * branch's as "after") in one run, each load cold and the sites and their bare Cytoscape pages
 * alternating, so drift in machine load hits all alike:
 *   tsx lib/tools/bench/browser-compare.ts --site before=/tmp/before/out --site after=out
 *     [--runs 7] [--server bench|npm|both] [--phone] [--canvas] [--cpu]
 * Per site and server: the picture on screen (the bench's frame measure and the browser's own first
 * contentful paint) against the bare page's drawn graph, and "see it, click it, read it"
 * (browser-click.ts): navigation → the clicked term's definition on screen, with clicks that left
 * the explorer or were lost counted; and the blocking time of a reader who only looks
 * (browser-blocking.ts). `--server npm` serves the site the way `npm start` does
 * (lib/tools/serve.mjs: precompressed files, cache headers), `bench` with the bench's plain server.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { loadavg, cpus } from 'node:os'
import type { Browser } from 'playwright-core'
import { bareRoutes, BARE_PATH } from './bare-page'
import { serveStatic } from './static-server'
import { DRAWN_SIGNAL, timeToDrawn, type PaintTimes } from './browser-measure'
import {
  BARE_SIGNALS,
  EXPLORER_SIGNALS,
  clickOnce,
  clickTarget,
  type ClickRun,
  type ClickTarget,
} from './browser-click'
import { launch } from './browser-bench'
import { blockingTime, type Blocking } from './browser-blocking'
import { fmt, formatTable } from './table'
import { runMain } from './run-main'

type ServerKind = 'bench' | 'npm'

interface Served {
  url: string
  close(): Promise<void>
}

/** A free loopback port (asked of the OS, then released for the server to take). */
function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const address = probe.address()
      probe.close(() =>
        typeof address === 'object' && address ? done(address.port) : fail(new Error('compare: no port')),
      )
    })
  })
}

async function waitForServer(url: string, child: ChildProcess): Promise<void> {
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) throw new Error(`compare: server for ${url} exited`)
    const ok = await fetch(url).then(
      (r) => r.ok,
      () => false,
    )
    if (ok) return
    await new Promise((done) => setTimeout(done, 100))
  }
  throw new Error(`compare: ${url} did not answer`)
}

/**
 * Serves `dir` with the bench's plain server, or as `npm start` does (lib/tools/serve.mjs in its
 * own process); the bare page is written into the directory for the latter (and removed after), as
 * a file a newcomer would drop into out/.
 */
async function serve(dir: string, kind: ServerKind): Promise<Served> {
  if (kind === 'bench') return serveStatic(dir, bareRoutes())
  const written: string[] = []
  for (const [path, [, body]] of Object.entries(bareRoutes())) {
    const file = join(dir, path)
    mkdirSync(join(file, '..'), { recursive: true })
    writeFileSync(file, body)
    written.push(file)
  }
  const port = await freePort()
  const child = spawn('node', ['lib/tools/serve.mjs', dir, String(port)], { stdio: 'ignore' })
  const url = `http://127.0.0.1:${port}`
  await waitForServer(`${url}/`, child)
  return {
    url,
    close: async () => {
      child.kill()
      for (const file of written) rmSync(file, { force: true })
    },
  }
}

async function drawnOnce(browser: Browser, url: string, viewport: Viewport): Promise<PaintTimes> {
  const context = await browser.newContext({ viewport })
  await context.addInitScript(DRAWN_SIGNAL)
  const page = await context.newPage()
  try {
    return await timeToDrawn(page, url)
  } finally {
    await context.close()
  }
}

/**
 * The picture (or the bare page's graph) timed from the test driver, as a newcomer's Playwright
 * script would: from before `goto` until a `waitForFunction` sees it. The check runs on the page's
 * main thread, so it answers only once the page's own JavaScript lets it: on the explorer that is
 * after the scripts that start right after the picture has painted.
 */
async function driverOnce(browser: Browser, url: string, bare: boolean, viewport: Viewport): Promise<number> {
  const context = await browser.newContext({ viewport })
  const page = await context.newPage()
  try {
    const start = Date.now()
    await page.goto(url, { waitUntil: 'commit' })
    if (bare) await page.waitForFunction(() => (window.cy?.nodes().length ?? 0) > 0)
    else
      await page.waitForFunction(() =>
        [...document.querySelectorAll('[data-graph-preview]')].some((p) => p.getClientRects().length > 0),
      )
    return Date.now() - start
  } finally {
    await context.close()
  }
}

interface Viewport {
  width: number
  height: number
}

interface Samples {
  explorer: PaintTimes[]
  bare: PaintTimes[]
  clicks: ClickRun[]
  /** Clicks by a reader who waits for the canvas (moving the pointer from the start). */
  canvasClicks: ClickRun[]
  bareClicks: ClickRun[]
  blocking: Blocking[]
  driver: number[]
  bareDriver: number[]
}

const median = (values: number[]): number => {
  const sorted = values.filter((v) => !Number.isNaN(v)).sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? NaN
}

/** One row of the comparison. */
export interface CompareRow {
  site: string
  server: ServerKind
  pictureMs: number
  pictureFcpMs: number
  bareDrawnMs: number
  bareFcpMs: number
  drawnMs: number
  clickedMs: number
  selectedMs: number
  readMs: number
  bareReadMs: number
  runs: number
  left: number
  lost: number
  viaPicture: number
  /** The picture and the bare page's graph as a driver-side wait sees them (driverOnce). */
  driverMs: number
  bareDriverMs: number
  /** The clicked term selected on the canvas (its look), after a click on the first view. */
  pickedMs: number
  /** A reader who waits for the canvas and clicks the term on it: selected (panel), and on the canvas. */
  canvasSelectedMs: number
  canvasPickedMs: number
  canvasLost: number
  /** Main-thread CPU until read (explorer, bare) and until a canvas click selected (`--cpu`). */
  cpuReadMs: number
  bareCpuReadMs: number
  cpuSelectedMs: number
  canvasCpuSelectedMs: number
  /** Estimated Total Blocking Time of a reader who only looks (browser-blocking.ts). */
  blockingMs: number
  /** Its worst run's long tasks. */
  longTasks: number[]
}

function rowOf(site: string, server: ServerKind, s: Samples): CompareRow {
  return {
    site,
    server,
    pictureMs: median(s.explorer.map((t) => t.picture)),
    pictureFcpMs: median(s.explorer.map((t) => t.fcp)),
    drawnMs: median(s.explorer.map((t) => t.drawn)),
    bareDrawnMs: median(s.bare.map((t) => t.drawn)),
    bareFcpMs: median(s.bare.map((t) => t.fcp)),
    clickedMs: median(s.clicks.map((c) => c.clicked)),
    selectedMs: median(s.clicks.map((c) => c.selected)),
    readMs: median(s.clicks.map((c) => c.read)),
    bareReadMs: median(s.bareClicks.map((c) => c.read)),
    runs: s.clicks.length,
    left: s.clicks.filter((c) => c.left).length,
    lost: s.clicks.filter((c) => c.lost).length + s.bareClicks.filter((c) => c.lost).length,
    viaPicture: s.clicks.filter((c) => c.via === 'picture').length,
    pickedMs: median(s.clicks.map((c) => c.picked)),
    driverMs: median(s.driver),
    bareDriverMs: median(s.bareDriver),
    canvasSelectedMs: median(s.canvasClicks.map((c) => c.selected)),
    canvasPickedMs: median(s.canvasClicks.map((c) => c.picked)),
    canvasLost: s.canvasClicks.filter((c) => c.lost).length,
    cpuReadMs: median(s.clicks.map((c) => c.cpuRead)),
    bareCpuReadMs: median(s.bareClicks.map((c) => c.cpuRead)),
    cpuSelectedMs: median(s.clicks.map((c) => c.cpuSelected)),
    canvasCpuSelectedMs: median(s.canvasClicks.map((c) => c.cpuSelected)),
    blockingMs: median(s.blocking.map((b) => b.tbtMs)),
    longTasks: [...s.blocking].sort((a, b) => b.tbtMs - a.tbtMs)[0]?.longTasks ?? [],
  }
}

/** Measures every (site, server) pair, alternating them load by load. */
export async function compareSites(
  sites: ReadonlyArray<{ name: string; dir: string }>,
  servers: readonly ServerKind[],
  runs: number,
  viewport: Viewport,
  canvasToo = false,
  cpu = false,
): Promise<CompareRow[]> {
  const browser = await launch()
  const served: Array<{ site: string; server: ServerKind; at: Served; target: ClickTarget; s: Samples }> = []
  try {
    for (const site of sites)
      for (const server of servers)
        served.push({
          site: site.name,
          server,
          at: await serve(site.dir, server),
          target: clickTarget(site.dir),
          s: {
            explorer: [],
            bare: [],
            clicks: [],
            canvasClicks: [],
            bareClicks: [],
            blocking: [],
            driver: [],
            bareDriver: [],
          },
        })
    // Warm-up (the server's disk cache, the browser's JIT), not counted.
    for (const x of served) {
      await drawnOnce(browser, `${x.at.url}/`, viewport)
      await drawnOnce(browser, `${x.at.url}${BARE_PATH}`, viewport)
    }
    for (let i = 0; i < runs; i++) {
      console.error(`compare: round ${i + 1} of ${runs}`)
      const order = i % 2 === 0 ? served : [...served].reverse()
      for (const x of order) {
        const explorer = `${x.at.url}/`
        const bare = `${x.at.url}${BARE_PATH}`
        const pair = async (first: boolean) => {
          if (first) {
            x.s.explorer.push(await drawnOnce(browser, explorer, viewport))
            x.s.clicks.push(
              await clickOnce(browser, explorer, x.target, EXPLORER_SIGNALS, viewport, 'first view', cpu),
            )
            if (canvasToo)
              x.s.canvasClicks.push(
                await clickOnce(browser, explorer, x.target, EXPLORER_SIGNALS, viewport, 'canvas', cpu),
              )
          } else {
            x.s.bare.push(await drawnOnce(browser, bare, viewport))
            x.s.bareClicks.push(
              await clickOnce(browser, bare, x.target, BARE_SIGNALS, viewport, 'first view', cpu),
            )
          }
        }
        await pair(i % 2 === 0)
        await pair(i % 2 !== 0)
        x.s.blocking.push(await blockingTime(browser, explorer))
        x.s.driver.push(await driverOnce(browser, explorer, false, viewport))
        x.s.bareDriver.push(await driverOnce(browser, bare, true, viewport))
      }
    }
    return served.map((x) => rowOf(x.site, x.server, x.s))
  } finally {
    for (const x of served) await x.at.close()
    await browser.close()
  }
}

export function compareTable(rows: readonly CompareRow[], markdown = false): string {
  const header = [
    'site',
    'server',
    'picture ms',
    'picture FCP ms',
    'bare drawn ms',
    'bare FCP ms',
    'picture / bare',
    'FCP / bare FCP',
    'driver-side picture / bare ms',
    'click → read ms',
    'bare read ms',
    'read / bare',
    'clicked ms',
    'selected ms',
    'picked on canvas ms',
    'canvas drawn ms',
    'left / lost / runs',
    'canvas click: selected / picked ms (lost)',
    'CPU to read / bare ms',
    'CPU to selected: first view / canvas ms',
    'blocking ms (CPU ×4)',
    'worst run long tasks ms',
  ]
  const body = rows.map((r) => [
    r.site,
    r.server,
    fmt(r.pictureMs),
    fmt(r.pictureFcpMs),
    fmt(r.bareDrawnMs),
    fmt(r.bareFcpMs),
    fmt(r.pictureMs / r.bareDrawnMs, 2),
    fmt(r.pictureFcpMs / r.bareFcpMs, 2),
    `${fmt(r.driverMs)} / ${fmt(r.bareDriverMs)} = ${fmt(r.driverMs / r.bareDriverMs, 2)}`,
    fmt(r.readMs),
    fmt(r.bareReadMs),
    fmt(r.readMs / r.bareReadMs, 2),
    fmt(r.clickedMs),
    fmt(r.selectedMs),
    fmt(r.pickedMs),
    fmt(r.drawnMs),
    `${r.left} / ${r.lost} / ${r.runs}`,
    `${fmt(r.canvasSelectedMs)} / ${fmt(r.canvasPickedMs)} (${r.canvasLost})`,
    `${fmt(r.cpuReadMs)} / ${fmt(r.bareCpuReadMs)}`,
    `${fmt(r.cpuSelectedMs)} / ${fmt(r.canvasCpuSelectedMs)}`,
    fmt(r.blockingMs),
    r.longTasks.join(' ') || '–',
  ])
  return formatTable(header, body, markdown)
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      site: { type: 'string', multiple: true },
      runs: { type: 'string', default: '7' },
      server: { type: 'string', default: 'both' },
      phone: { type: 'boolean', default: false },
      // Also time a reader who waits for the canvas and clicks the term on it.
      canvas: { type: 'boolean', default: false },
      // Also trace the clicks for their main-thread CPU time (load-independent; adds tracing overhead).
      cpu: { type: 'boolean', default: false },
      markdown: { type: 'boolean', default: false },
    },
  })
  const sites = (values.site ?? ['after=out']).map((s) => {
    const at = s.indexOf('=')
    return at > 0 ? { name: s.slice(0, at), dir: s.slice(at + 1) } : { name: s, dir: s }
  })
  const servers: ServerKind[] =
    values.server === 'both' ? ['bench', 'npm'] : values.server === 'npm' ? ['npm'] : ['bench']
  const runs = Number(values.runs)
  if (!Number.isInteger(runs) || runs < 1) {
    console.error(`compare: --runs must be a positive number, got "${values.runs}"`)
    return 2
  }
  const viewport = values.phone ? { width: 390, height: 844 } : { width: 1280, height: 800 }
  const rows = await compareSites(sites, servers, runs, viewport, values.canvas, values.cpu)
  console.log(`\n${compareTable(rows, values.markdown)}\n`)
  console.log(
    `load average: ${loadavg()
      .map((l) => l.toFixed(1))
      .join(', ')} on ${cpus().length} cores`,
  )
  return 0
}

if (process.argv[1]?.endsWith('browser-compare.ts')) {
  runMain(main)
}
